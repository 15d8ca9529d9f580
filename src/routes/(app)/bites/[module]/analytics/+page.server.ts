import * as bites from '$lib/server/bites/index';
import { listTeams } from '$lib/server/orgs/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const team = url.searchParams.get('team') || undefined;
		const stats = await bites.moduleAnalytics(actor, params.module, team);
		const teams = (await listTeams(actor)).filter((t) => can(actor, 'bites.analytics', { orgId: actor.orgId, teamId: t.id })).map((t) => ({ id: t.id, name: t.name }));
		return { stats, teams, team: team ?? '' };
	});
};
