import { fail } from '@sveltejs/kit';
import { getOrganisation, updateOrganisation } from '$lib/server/orgs/index';
import { OrgSettingsInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { authorize } from '$lib/server/policy';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		authorize(actor, 'org.manage', { orgId: actor.orgId });
		const org = await getOrganisation(actor);
		return { org: { name: org.name, minGroupSize: org.min_group_size } };
	});
};

export const actions = {
	default: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, OrgSettingsInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await updateOrganisation(actor, input.value);
			return { saved: true };
		});
	}
};
