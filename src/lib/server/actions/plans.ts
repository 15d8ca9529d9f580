// A team's action plan as people read it: the plan in board order, one item, and what the actor may do
// with it. Changes are in plan-changes.ts, the rows behind them in plan-rows.ts.
import { authorize, can } from '../policy';
import { NotFound } from '../errors';
import { getTeam } from '../orgs/index';
import type { Actor } from '../actor';
import type { Locale } from '$lib/actions/catalogue/index';
import { STATUSES } from '$lib/actions/live';
import type { PlanItem } from '$lib/actions/plan-item';
import { publishPlan } from './live';
import { canView, rowOf, teamRows, toItems } from './plan-rows';

export type { PlanItem };

/** The team's plan in board order (status column, then position). */
export async function getPlan(actor: Actor, teamId: string, locale: Locale): Promise<PlanItem[]> {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	const items = await toItems(actor, await teamRows(actor.orgId, teamId), locale);
	return items.sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.position - b.position);
}

/** What the actor may do with the team's plan; another organisation's team is not found, and a
 *  plan the actor may not see is forbidden. Routes ask this before they read any form. */
export async function planAccess(actor: Actor, teamId: string) {
	const team = await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	return {
		team: { id: team.id, name: team.name },
		canEdit: can(actor, 'action.plan.edit', { orgId: actor.orgId, teamId }),
		canRemove: can(actor, 'action.plan.remove', { orgId: actor.orgId, teamId })
	};
}

/** Brings the plan's live document up to date with SQL (e.g. on opening the plan after a restart). */
export async function refreshLivePlan(actor: Actor, teamId: string): Promise<void> {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	await publishPlan(actor, teamId);
}

export async function getItem(actor: Actor, itemId: string, locale: Locale): Promise<PlanItem> {
	const row = await rowOf(actor, itemId);
	if (!canView(actor, row.team_id)) throw new NotFound('action');
	const [item] = await toItems(actor, [row], locale);
	return item;
}
