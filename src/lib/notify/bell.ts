// The bell's live document `live/notifications/<orgId>/<userId>`: a server-authored projection holding one
// person's unread count in one organisation, and nothing else (no text, no links: what the notifications say
// stays behind the page's own authorisation). The server writes it after every change to the person's
// notifications; the header reads it. One layout, used by the server, the header and the tests.
import type * as Y from 'yjs';

export const BELL_PREFIX = 'live/notifications';

export function bellDocName(orgId: string, userId: string): string {
	return `${BELL_PREFIX}/${orgId}/${userId}`;
}

function bellMap(doc: Y.Doc): Y.Map<number> {
	return doc.getMap<number>('bell');
}

export function writeUnread(doc: Y.Doc, unread: number): void {
	const map = bellMap(doc);
	if (map.get('unread') !== unread) map.set('unread', unread);
}

/** The count, or null before the server has written one. */
export function readUnread(doc: Y.Doc): number | null {
	const n = bellMap(doc).get('unread');
	return typeof n === 'number' ? n : null;
}
