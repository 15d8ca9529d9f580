// What each actions page shows, with what this viewer may do there (`permissions`): one call per page, so a
// route never asks the policy itself. Dates are today's in the organisation's time zone, texts in the reader's
// language.
import type { Actor } from '../actor';
import { NotFound } from '../errors';
import { listTeamMembers } from '../orgs/index';
import { authorize, can } from '../policy';
import { todayIn } from '$lib/actions/labels';
import { currentLocale } from '$lib/actions/locale';
import type { Status } from '$lib/actions/live';
import { getCatalogueAction, isCustomId, listCatalogue } from './catalogue';
import { dimensionBeforeAfter, listMyFollowUps, listReviews, nudgeOwner, planBeforeAfter } from './follow-up';
import { listPlans } from './overview';
import { moveItem } from './plan-changes';
import { toCard } from './plan-rows';
import { getItem, getPlan, planAccess, refreshLivePlan } from './plans';
import { pendingBoardDecisions } from './boards';
import { recommendForDecisions, recommendForTeam } from './recommendations';
import { Filters } from './schemas';

const permissionsOn = (access: Awaited<ReturnType<typeof planAccess>>) => ({
	edit: access.canEdit,
	remove: access.canRemove
});

/** Plans the actor may add to, for the "add to which team" choices. */
async function editablePlans(actor: Actor) {
	return (await listPlans(actor, todayIn())).filter((p) => p.canEdit).map((p) => ({ id: p.id, name: p.name }));
}

/** The actions page: the plans the actor may open and their own actions that want attention today. */
export async function actionsHome(actor: Actor) {
	const today = todayIn();
	return {
		plans: await listPlans(actor, today),
		followUps: (await listMyFollowUps(actor, today, currentLocale())).map((f) => ({
			id: f.item.id,
			title: f.item.title,
			teamName: f.teamName,
			reviewDate: f.item.reviewDate,
			nudgedBy: f.item.nudgedBy,
			reasons: f.reasons
		})),
		permissions: { overview: can(actor, 'action.overview', { orgId: actor.orgId }) }
	};
}

/** The catalogue, filtered by the query string. */
export async function cataloguePage(actor: Actor, query: URLSearchParams) {
	const filters = Filters.parse(Object.fromEntries(query));
	return {
		filters,
		catalogue: await listCatalogue(actor, currentLocale(), filters),
		teams: await editablePlans(actor),
		archived: query.has('archived'),
		permissions: { manage: can(actor, 'action.catalogue.manage', { orgId: actor.orgId }) }
	};
}

/** Only the organisation's own actions have a page of their own (its editing page): ours are content. */
export async function customActionPage(actor: Actor, id: string) {
	if (!isCustomId(id)) throw new NotFound('custom action');
	const action = await getCatalogueAction(actor, id, currentLocale());
	authorize(actor, 'action.catalogue.manage', { orgId: actor.orgId });
	return { action };
}

/** The form for a new own action: for those who manage the catalogue. */
export function newCustomActionPage(actor: Actor) {
	authorize(actor, 'action.catalogue.manage', { orgId: actor.orgId });
	return {};
}

/**
 * The boards module's hand-over (`?board=&note=&title=&team=`): the decision, the catalogue actions that fit
 * it, and the teams whose plan it may go on.
 */
export async function fromBoardPage(actor: Actor, query: URLSearchParams) {
	const decision = {
		board: query.get('board') ?? '',
		note: query.get('note') ?? '',
		title: (query.get('title') ?? '').slice(0, 200),
		team: query.get('team') ?? ''
	};
	const { factor, effort, driver } = Filters.parse(Object.fromEntries(query));
	const filters = { factor, effort, driver };
	return {
		decision,
		filters,
		teams: await editablePlans(actor),
		suggestions: decision.title
			? ((await recommendForDecisions(actor, [decision.title], currentLocale(), filters))[0]?.actions ?? [])
			: []
	};
}

/** One action with its catalogue entry, the team's members (owners), reviews and before/after. */
export async function itemPage(actor: Actor, itemId: string) {
	const locale = currentLocale();
	const item = await getItem(actor, itemId, locale);
	const access = await planAccess(actor, item.teamId);
	return {
		item,
		team: access.team,
		catalogue: item.catalogueId ? await getCatalogueAction(actor, item.catalogueId, locale).catch(() => null) : null,
		members: (await listTeamMembers(actor, item.teamId, { active: true })).map((p) => ({ id: p.id, name: p.name })),
		reviews: await listReviews(actor, item.id),
		beforeAfter: await dimensionBeforeAfter(actor, item.id),
		permissions: permissionsOn(access)
	};
}

/** A team's plan as a board or a list. Opening it also mends its live document (e.g. after a crash). */
export async function planPage(actor: Actor, teamId: string, view: string | null) {
	const access = await planAccess(actor, teamId);
	const items = await getPlan(actor, teamId, currentLocale());
	await refreshLivePlan(actor, teamId);
	return {
		team: access.team,
		view: view === 'list' ? ('list' as const) : ('board' as const),
		cards: items.map(toCard),
		items,
		beforeAfter: await planBeforeAfter(actor, teamId, items),
		members: (await listTeamMembers(actor, teamId, { active: true })).map((p) => ({ id: p.id, name: p.name })),
		today: todayIn(),
		permissions: permissionsOn(access)
	};
}

/** Moves an action on the team's plan page; someone who may not see that plan is refused first. */
export async function moveOnPlan(actor: Actor, teamId: string, itemId: string, status: Status) {
	await planAccess(actor, teamId);
	await moveItem(actor, itemId, status);
}

/** Catalogue actions for the team's lowest survey dimensions, and its boards' decisions not yet on the plan. */
export async function recommendationsPage(actor: Actor, teamId: string, query: URLSearchParams) {
	const { factor, effort, driver } = Filters.parse(Object.fromEntries(query));
	const filters = { factor, effort, driver };
	const locale = currentLocale();
	const access = await planAccess(actor, teamId);
	const decisions = await pendingBoardDecisions(actor, teamId);
	const matches = await recommendForDecisions(
		actor,
		decisions.map((d) => d.title),
		locale,
		filters
	);
	return {
		team: access.team,
		filters,
		recommendations: await recommendForTeam(actor, teamId, locale, filters),
		decisions: decisions.map((d, i) => ({ ...d, fits: matches[i]?.actions[0]?.title ?? null })),
		permissions: permissionsOn(access)
	};
}

/** Nudges the action's owner from its page; answers with the owner's name for the page's notice. */
export async function nudgeItemOwner(actor: Actor, itemId: string): Promise<string> {
	const item = await getItem(actor, itemId, currentLocale());
	await nudgeOwner(actor, itemId);
	return item.ownerName ?? '';
}
