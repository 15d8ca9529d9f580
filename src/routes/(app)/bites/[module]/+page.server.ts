import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({ state: await bites.play(actor, params.module, { origin: url.origin }) }));
};

function cardOf(form: FormData) {
	const id = form.get('cardId');
	if (typeof id !== 'string' || !id) error(400);
	return id;
}

export const actions = {
	answer: async ({ locals, params, request, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const choices = form.getAll('choice').filter((v): v is string => typeof v === 'string');
		return act(form, async () => {
			await bites.answer(actor, params.module, cardOf(form), choices, { origin: url.origin });
			return { answered: true };
		});
	},
	next: async ({ locals, params, request, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, () => bites.next(actor, params.module, cardOf(form), { origin: url.origin }));
	},
	back: async ({ locals, params, request, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, () => bites.back(actor, params.module, cardOf(form), { origin: url.origin }));
	},
	restart: async ({ locals, params, url }) => {
		const actor = requireActor(locals);
		return act(null, () => bites.restart(actor, params.module, { origin: url.origin }));
	}
};
