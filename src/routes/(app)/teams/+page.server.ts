import { fail, redirect } from '@sveltejs/kit';
import { createTeam, listTeams } from '$lib/server/orgs/index';
import { TeamInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => ({
		teams: await listTeams(actor),
		canCreate: can(actor, 'team.create', { orgId: actor.orgId })
	}));
};

export const actions = {
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, TeamInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const team = await createTeam(actor, input.value);
			redirect(303, `/teams/${team.id}`);
		});
	}
};
