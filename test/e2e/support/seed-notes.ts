// Writes many notes onto a board as a real sync client would (the person's session cookie, the stock
// y-websocket provider), for the big-board spec and the boards benchmark; resolves once a second client
// sees them all on the server.
import { expect } from '@playwright/test';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addNote, boardDoc, boardDocName, listZones } from '../../../src/lib/boards/doc';

/** Notes "Idea number 0…count-1", dealt to the board's zones in turn (note i goes to zone i % zones). */
export async function seedNotes(baseURL: string, boardId: string, cookie: string, count: number) {
	class CookieSocket extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { headers: { cookie } });
		}
	}
	const open = (doc: Y.Doc) =>
		new WebsocketProvider(baseURL.replace(/^http/, 'ws') + '/sync', boardDocName(boardId), doc, {
			WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true
		});
	const doc = new Y.Doc();
	const writer = open(doc);
	await new Promise<void>((resolve) => writer.on('sync', (s: boolean) => s && resolve()));
	const b = boardDoc(doc);
	const zones = listZones(b);
	doc.transact(() => {
		for (let i = 0; i < count; i++)
			addNote(b, {
				text: `Idea number ${i}: learn from each other`,
				zoneId: zones[i % zones.length].id,
				authorName: 'Bench',
				order: i
			});
	});
	const check = new Y.Doc();
	const reader = open(check);
	await expect.poll(() => boardDoc(check).notes.size, { timeout: 30_000 }).toBe(count);
	writer.destroy();
	reader.destroy();
}
