import { error, redirect } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { act, guard } from '$lib/server/respond';

export const load = async ({ params, cookies, url }) => {
	const secret = cookies.get(bites.LEARNER_COOKIE);
	const learner = await guard(() => bites.external.learner(params.collection, secret));
	if (!learner) redirect(303, `/public/bites/${params.collection}`);
	return guard(async () => ({ state: await bites.external.play(params.collection, secret, params.module, { origin: url.origin }), token: params.collection }));
};

function cardOf(form: FormData) {
	const id = form.get('cardId');
	if (typeof id !== 'string' || !id) error(400);
	return id;
}

export const actions = {
	answer: async ({ params, request, cookies, url }) => {
		const form = await request.formData();
		const choices = form.getAll('choice').filter((v): v is string => typeof v === 'string');
		return act(form, async () => {
			await bites.external.answer(params.collection, cookies.get(bites.LEARNER_COOKIE), params.module, cardOf(form), choices, { origin: url.origin });
			return { answered: true };
		});
	},
	next: async ({ params, request, cookies, url }) => {
		const form = await request.formData();
		return act(form, () => bites.external.next(params.collection, cookies.get(bites.LEARNER_COOKIE), params.module, cardOf(form), { origin: url.origin }));
	},
	back: async ({ params, request, cookies, url }) => {
		const form = await request.formData();
		return act(form, () => bites.external.back(params.collection, cookies.get(bites.LEARNER_COOKIE), params.module, cardOf(form), { origin: url.origin }));
	},
	restart: async ({ params, cookies, url }) => {
		return act(null, () => bites.external.restart(params.collection, cookies.get(bites.LEARNER_COOKIE), params.module, { origin: url.origin }));
	}
};
