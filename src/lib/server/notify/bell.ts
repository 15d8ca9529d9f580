// The bell in the header, live: `live/notifications/<orgId>/<userId>` is a server-authored document holding
// one person's unread count (src/lib/notify/bell.ts). Only that person, signed in to that organisation, may
// open it; guests and everyone else are refused at the upgrade. The count is written after every change to
// the person's notifications, through the app's live writer (none in tests without a sync server: skipped).
import { registerDocType } from '../sync/index';
import { liveWriter, writeLive } from '../live';
import { log } from '../log';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { BELL_PREFIX, bellDocName, writeUnread } from '$lib/notify/bell';
import { db } from '../db/current';

/** Declares the bell's document type for the sync server. Returns a function that removes the registration. */
export function registerBellDocs(): () => void {
	return registerDocType(BELL_PREFIX, (principal, id) => {
		if (principal.kind !== 'user') return 'none';
		const [orgId, userId, ...rest] = id.split('/');
		const { actor } = principal;
		return rest.length === 0 && orgId === actor.orgId && userId === actor.userId ? 'read' : 'none';
	});
}

/** What the header needs before its live document syncs: the count now and the document to follow. */
export async function bell(actor: Actor): Promise<{ unread: number; doc: string }> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return { unread: await countUnread(actor.orgId, actor.userId), doc: bellDocName(actor.orgId, actor.userId) };
}

/** Writes the person's unread count into their bell. Never throws: the change itself is already committed. */
export async function publishUnread(orgId: string, userId: string): Promise<void> {
	if (!liveWriter()) return;
	try {
		const unread = await countUnread(orgId, userId);
		await writeLive(bellDocName(orgId, userId), (doc) => writeUnread(doc, unread));
	} catch (error) {
		log.warn('notification bell not updated', { user: userId, error: String(error) });
	}
}

/** Internal: what the bell shows — the person's unread notifications in the app. */
export async function countUnread(orgId: string, userId: string): Promise<number> {
	const row = await db()
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.where('in_app', '=', 1)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}
