import { fail } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { authorize } from '$lib/server/policy';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		authorize(actor, 'bites.settings', { orgId: actor.orgId });
		return { settings: await bites.readSettings(actor) };
	});
};

export const actions = {
	save: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.SettingsInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.saveSettings(actor, input.value);
			return { saved: true };
		});
	}
};
