import * as orgs from '$lib/server/orgs/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page((actor, { params }) => orgs.teamOverview(actor, params.team));

/** Only the team's managers (and admins) get as far as its forms: others are refused before a form is read. */
const managing = {
	access: (actor: Actor, { params }: { params: Record<string, string> }) => orgs.manageableTeam(actor, params.team)
};

export const actions = {
	rename: action(
		orgs.TeamInput,
		async (actor, input, { params }) => {
			await orgs.renameTeam(actor, params.team, input);
			return { saved: true };
		},
		managing
	),
	member: action(
		orgs.TeamMemberInput,
		async (actor, input, { params }) => {
			await orgs.setTeamMember(actor, params.team, input);
			return { saved: true };
		},
		managing
	),
	remove: action(
		orgs.TeamPersonInput,
		async (actor, input, { params }) => {
			await orgs.removeTeamMember(actor, params.team, input.userId);
			return { saved: true };
		},
		managing
	)
};
