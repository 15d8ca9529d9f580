import { fail, redirect } from '@sveltejs/kit';
import { getOrganisation, updateOrganisation } from '$lib/server/orgs/index';
import { OrgSettingsInput } from '$lib/server/auth/schemas';
import { deleteOrganisation, getRetention, setRetention, DeleteOrgInput, RetentionInput } from '$lib/server/privacy/index';
import { deleteSession } from '$lib/server/auth/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { authorize } from '$lib/server/policy';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		authorize(actor, 'org.manage', { orgId: actor.orgId });
		const org = await getOrganisation(actor);
		return { org: { name: org.name, minGroupSize: org.min_group_size }, retention: await getRetention(actor) };
	});
};

export const actions = {
	org: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, OrgSettingsInput);
		if (!input.ok) return fail(400, { ...input.failure, which: 'org' });
		return act(form, async () => {
			await updateOrganisation(actor, input.value);
			return { saved: 'org' };
		});
	},
	retention: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, RetentionInput);
		if (!input.ok) return fail(400, { ...input.failure, which: 'retention' });
		return act(form, async () => {
			await setRetention(actor, input.value);
			return { saved: 'retention' };
		});
	},
	deleteOrg: async ({ locals, request, cookies }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, DeleteOrgInput);
		if (!input.ok) return fail(400, { ...input.failure, which: 'delete' });
		return act(form, async () => {
			await deleteOrganisation(actor, input.value);
			// The session pointed at the organisation; sign in again (to another organisation, if any).
			if (locals.sessionToken) await deleteSession(locals.sessionToken);
			clearSessionCookie(cookies);
			redirect(303, '/signin?orgDeleted');
		});
	}
};
