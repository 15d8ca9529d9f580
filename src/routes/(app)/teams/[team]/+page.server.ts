import { fail } from '@sveltejs/kit';
import { getTeam, listMembers, listTeamMembers, removeTeamMember, renameTeam, setTeamMember } from '$lib/server/orgs/index';
import { PersonInput, TeamInput, TeamMemberInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const team = await getTeam(actor, params.team);
		const members = await listTeamMembers(actor, team.id);
		const canManage = can(actor, 'team.members.manage', { orgId: actor.orgId, teamId: team.id });
		const everyone = canManage ? await listMembers(actor) : [];
		return {
			team: { id: team.id, name: team.name },
			members,
			canManage,
			candidates: everyone.filter((p) => !members.some((tm) => tm.id === p.id)).map((p) => ({ id: p.id, name: p.name }))
		};
	});
};

export const actions = {
	rename: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, TeamInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await renameTeam(actor, params.team, input.value);
			return { saved: true };
		});
	},
	member: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, TeamMemberInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await setTeamMember(actor, params.team, input.value);
			return { saved: true };
		});
	},
	remove: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, PersonInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await removeTeamMember(actor, params.team, input.value.userId);
			return { saved: true };
		});
	}
};
