// Reminders for actions, through the notify module (in the app, and by email when SMTP is set, as each
// person chose): the owner hears when an action's review date has come with no answer since, and when a
// colleague asks them to follow up. Texts are written in the owner's language.
import type { Selectable } from 'kysely';
import type { ActionItemsTable } from '../db/schema';
import { db } from '../db/current';
import { loadActor, getProfile } from '../auth/index';
import { getTeam } from '../orgs/index';
import { runNudges, asLocale, type Nudge } from '../notify/index';
import type { Actor } from '../actor';
import { builtinText } from '$lib/actions/catalogue/index';
import { isCustomId } from './catalogue';

export const ACTION_NUDGE_KINDS = ['actions_review', 'actions_nudge'] as const;

type ItemFacts = Pick<
	Selectable<ActionItemsTable>,
	'id' | 'org_id' | 'team_id' | 'owner_id' | 'catalogue_id' | 'title'
>;

/** The action's title and team as its owner reads them. */
async function wording(item: ItemFacts, owner: Actor) {
	const profile = await getProfile(owner);
	const locale = asLocale(profile.locale);
	const builtin =
		item.catalogue_id && !isCustomId(item.catalogue_id) ? builtinText(item.catalogue_id, locale) : undefined;
	const team = await getTeam(owner, item.team_id).catch(() => null);
	return { title: builtin?.title ?? item.title, team: team?.name ?? '' };
}

/** Scheduler source: actions whose review date has come (UTC day of `now`) without an answer on or after it. */
export async function actionNudges(now: Date): Promise<Nudge[]> {
	const today = now.toISOString().slice(0, 10);
	const due = await db()
		.selectFrom('action_items')
		.select(['id', 'org_id', 'team_id', 'owner_id', 'catalogue_id', 'title', 'review_date'])
		.where('owner_id', 'is not', null)
		.where('review_date', '<=', today)
		.where('status', '!=', 'dropped')
		.execute();
	if (!due.length) return [];
	const answered = await db()
		.selectFrom('action_reviews')
		.select(['item_id', 'reviewed_at'])
		.where(
			'item_id',
			'in',
			due.map((d) => d.id)
		)
		.execute();
	const out: Nudge[] = [];
	for (const item of due) {
		if (answered.some((a) => a.item_id === item.id && a.reviewed_at.slice(0, 10) >= item.review_date!)) continue;
		const owner = await loadActor(item.owner_id!, item.org_id);
		// The owner left the team or the organisation: nobody to remind until the team picks a new owner.
		if (!owner || !(item.team_id in owner.teams)) continue;
		out.push({
			orgId: item.org_id,
			userId: owner.userId,
			kind: 'actions_review',
			key: `actions_review:${item.id}:${item.review_date}`,
			messageKey: 'actions_notify_review',
			params: await wording(item, owner),
			link: `/actions/items/${item.id}`
		});
	}
	return out;
}

/** A colleague's nudge, delivered at once (in the app, and by email when the owner wants that). */
export async function deliverNudge(from: Actor, item: ItemFacts, nudgedAt: string): Promise<boolean> {
	if (!item.owner_id) return false;
	const owner = await loadActor(item.owner_id, item.org_id);
	if (!owner) return false;
	const nudge: Nudge = {
		orgId: item.org_id,
		userId: owner.userId,
		kind: 'actions_nudge',
		key: `actions_nudge:${item.id}:${nudgedAt}`,
		messageKey: 'actions_notify_nudge',
		params: { name: from.name, ...(await wording(item, owner)) },
		link: `/actions/items/${item.id}`
	};
	const { created } = await runNudges([async () => [nudge]]);
	return created > 0;
}
