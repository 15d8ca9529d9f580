// The notification centre's one store: every nudge and notice a person gets in the app (learning and action
// nudges, the bites' daily review, a credential awarded, ...) is a row in `notifications`, written by
// `recordNudges` and read here, each with a link to its thing. Rendered in the reader's language and time zone
// when read. After every change the person's bell (bell.ts) hears their new unread count.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { formatParams, translateIn, type Locale } from './language';
import { prefFor } from './prefs';
import { mailerConfigured } from './mailer';
import { countUnread, publishUnread } from './bell';

export interface Nudge {
	orgId: string;
	userId: string;
	/** the preference it falls under, e.g. learning_upcoming */
	kind: string;
	/** what makes it unique: the same key is never nudged twice */
	key: string;
	messageKey: string;
	params: Record<string, string>;
	/** a path in the app: the thing it is about */
	link: string;
}

export interface NotificationView {
	id: string;
	kind: string;
	text: string;
	link: string;
	createdAt: string;
	read: boolean;
}

export function renderText(row: { message_key: string; params: string }, locale: Locale, timeZone: string): string {
	let params: Record<string, string> = {};
	try {
		params = JSON.parse(row.params);
	} catch {
		/* a row we wrote ourselves; never malformed in practice */
	}
	return translateIn(locale, row.message_key, formatParams(params, locale, timeZone));
}

/**
 * Internal (modules and the scheduler): records each nudge once, as its person chose (in the app, by email
 * — queued by the scheduler's run — both or neither). Safe to run twice at once: the dedupe key is unique in
 * the table, so only one run creates a nudge. Returns the nudges it created.
 */
export async function recordNudges(nudges: Nudge[], now = new Date()): Promise<Nudge[]> {
	const created: Nudge[] = [];
	for (const nudge of nudges) {
		const pref = await prefFor(nudge.orgId, nudge.userId, nudge.kind);
		if (!pref.inApp && !pref.email) continue;
		const result = await db()
			.insertInto('notifications')
			.values({
				id: newId(),
				org_id: nudge.orgId,
				user_id: nudge.userId,
				kind: nudge.kind,
				message_key: nudge.messageKey,
				params: JSON.stringify(nudge.params),
				link: nudge.link,
				dedupe_key: `${nudge.orgId}:${nudge.userId}:${nudge.key}`,
				in_app: pref.inApp ? 1 : 0,
				email_state: pref.email && mailerConfigured() ? 'pending' : 'off',
				emailed_at: null,
				read_at: null,
				created_at: now.toISOString()
			})
			.onConflict((oc) => oc.column('dedupe_key').doNothing())
			.executeTakeFirst();
		if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) created.push(nudge);
	}
	const people = new Map(created.map((n) => [`${n.orgId}:${n.userId}`, n]));
	for (const n of people.values()) await publishUnread(n.orgId, n.userId);
	return created;
}

/** The actor's notifications in this organisation, newest first. */
export async function listNotifications(
	actor: Actor,
	view: { locale: Locale; timeZone: string },
	limit = 50
): Promise<NotificationView[]> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('notifications')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('in_app', '=', 1)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		text: renderText(r, view.locale, view.timeZone),
		link: r.link,
		createdAt: r.created_at,
		read: !!r.read_at
	}));
}

export async function unreadCount(actor: Actor): Promise<number> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return countUnread(actor.orgId, actor.userId);
}

/** Marks one notification (or, without an id, all of them) as read. */
export async function markRead(actor: Actor, id?: string) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	let q = db()
		.updateTable('notifications')
		.set({ read_at: nowIso() })
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('read_at', 'is', null);
	if (id) {
		const mine = await db()
			.selectFrom('notifications')
			.select('id')
			.where('id', '=', id)
			.where('org_id', '=', actor.orgId)
			.where('user_id', '=', actor.userId)
			.executeTakeFirst();
		if (!mine) throw new NotFound('notification');
		q = q.where('id', '=', id);
	}
	await q.execute();
	await publishUnread(actor.orgId, actor.userId);
}
