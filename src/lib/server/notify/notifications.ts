// A person's in-app notifications, rendered in their language and time zone when they are read.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { formatParams, translateIn, type Locale } from './language';

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

export async function listNotifications(actor: Actor, view: { locale: Locale; timeZone: string }, limit = 50): Promise<NotificationView[]> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('notifications')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('in_app', '=', 1)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ id: r.id, kind: r.kind, text: renderText(r, view.locale, view.timeZone), link: r.link, createdAt: r.created_at, read: !!r.read_at }));
}

export async function unreadCount(actor: Actor): Promise<number> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	const row = await db()
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('in_app', '=', 1)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Marks one notification (or, without an id, all of them) as read. */
export async function markRead(actor: Actor, id?: string) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	let q = db().updateTable('notifications').set({ read_at: nowIso() }).where('org_id', '=', actor.orgId).where('user_id', '=', actor.userId).where('read_at', 'is', null);
	if (id) {
		const mine = await db().selectFrom('notifications').select('id').where('id', '=', id).where('org_id', '=', actor.orgId).where('user_id', '=', actor.userId).executeTakeFirst();
		if (!mine) throw new NotFound('notification');
		q = q.where('id', '=', id);
	}
	await q.execute();
}
