// The manager's overview: every plan the actor leads (all teams for admins and facilitators), the
// overdue actions among them, and how the actions spread over the four factors.
import { authorize, can, managesTeam } from '../policy';
import { listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import { FACTORS, builtinEntry, type Factor, type Locale } from '$lib/actions/catalogue/index';
import { STATUSES, isOverdue, type Status } from '$lib/actions/live';
import type { PlanItem } from './plans';
import { rowsForTeams, toItems } from './plan-rows';
import { findCatalogueAction, isCustomId } from './catalogue';

export interface TeamSummary {
	id: string;
	name: string;
	counts: Record<Status, number>;
	overdue: number;
	/** the actor may open and change this team's plan */
	canEdit: boolean;
}

export interface FactorCount {
	factor: Factor | 'none';
	planned: number;
	doing: number;
	done: number;
}

export interface Overview {
	teams: TeamSummary[];
	overdue: (PlanItem & { teamName: string })[];
	byFactor: FactorCount[];
}

/** `today` is YYYY-MM-DD. */
export async function getOverview(actor: Actor, today: string, locale: Locale): Promise<Overview> {
	authorize(actor, 'action.overview', { orgId: actor.orgId });
	const wide = actor.role === 'admin' || actor.role === 'facilitator';
	const teams = (await listTeams(actor)).filter((t) => wide || managesTeam(actor, t.id));
	const items = await toItems(
		actor,
		await rowsForTeams(
			actor.orgId,
			teams.map((t) => t.id)
		),
		locale
	);
	const names = new Map(teams.map((t) => [t.id, t.name]));

	const summaries: TeamSummary[] = teams.map((t) => {
		const mine = items.filter((i) => i.teamId === t.id);
		const counts = Object.fromEntries(STATUSES.map((s) => [s, mine.filter((i) => i.status === s).length])) as Record<
			Status,
			number
		>;
		return {
			id: t.id,
			name: t.name,
			counts,
			overdue: mine.filter((i) => isOverdue(i, today)).length,
			canEdit: can(actor, 'action.plan.edit', { orgId: actor.orgId, teamId: t.id })
		};
	});

	const overdue = items
		.filter((i) => isOverdue(i, today))
		.map((i) => ({ ...i, teamName: names.get(i.teamId) ?? '' }))
		.sort((a, b) => a.dueDate!.localeCompare(b.dueDate!));

	const byFactor = new Map<Factor | 'none', FactorCount>(
		[...FACTORS, 'none' as const].map((f) => [f, { factor: f, planned: 0, doing: 0, done: 0 }])
	);
	for (const item of items) {
		if (item.status === 'dropped') continue;
		for (const f of await factorsOf(actor, item, locale)) byFactor.get(f)![item.status]++;
	}
	return { teams: summaries, overdue, byFactor: [...byFactor.values()] };
}

/** An action counts once for each factor it serves; the team's own actions count as "no factor". */
async function factorsOf(actor: Actor, item: PlanItem, locale: Locale): Promise<(Factor | 'none')[]> {
	if (!item.catalogueId) return ['none'];
	if (!isCustomId(item.catalogueId)) return builtinEntry(item.catalogueId)?.factors ?? ['none'];
	return (await findCatalogueAction(actor.orgId, item.catalogueId, locale))?.factors ?? ['none'];
}

export interface PlanSummary {
	id: string;
	name: string;
	counts: Record<Status, number>;
	overdue: number;
	canEdit: boolean;
}

/** The plans the actor may open (their own teams; every team for admins and facilitators). */
export async function listPlans(actor: Actor, today: string): Promise<PlanSummary[]> {
	const teams = (await listTeams(actor)).filter((t) =>
		can(actor, 'action.plan.view', { orgId: actor.orgId, teamId: t.id })
	);
	const rows = await rowsForTeams(
		actor.orgId,
		teams.map((t) => t.id)
	);
	return teams.map((t) => {
		const mine = rows.filter((r) => r.team_id === t.id);
		return {
			id: t.id,
			name: t.name,
			counts: Object.fromEntries(STATUSES.map((s) => [s, mine.filter((r) => r.status === s).length])) as Record<
				Status,
				number
			>,
			overdue: mine.filter((r) => isOverdue({ dueDate: r.due_date, status: r.status }, today)).length,
			canEdit: can(actor, 'action.plan.edit', { orgId: actor.orgId, teamId: t.id })
		};
	});
}
