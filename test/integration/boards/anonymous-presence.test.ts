// Anonymous mode holds on the wire for presence: another participant is told only who is here, whatever a
// participant's client sends, also on a board made anonymous before its SQL row said so; with names back,
// presence says again what people are doing. Every participant is a stock y-websocket client.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { boardDocName } from '../../../src/lib/boards/doc';
import { forgetControl } from '../../../src/lib/server/boards/control';
import { db } from '../../../src/lib/server/db/current';
import {
	anonymousWorkshop,
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	startSync,
	type Person,
	type SyncHarness
} from './support';
import { readWire } from './wire';

let database: TestDatabase;
let harness: SyncHarness;
let orgId: string;
let teamId: string;
let facilitator: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('anonymous boards on the wire', () => {
	it('relays only who is here on an anonymous board, whatever a participant’s client sends, and all of it again once names are back', async () => {
		const { board, session, bo } = await anonymousWorkshop(facilitator, teamId);
		const cy = await boards.joinSession({ code: session.code, name: 'Cy' });
		// Cy's client is old or modified: it announces what it looks at and types in, and more.
		const sender = connect(harness.url, boardDocName(board.id), guestCookie(cy.token));
		const watcher = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await Promise.all([sender.synced, watcher.synced]);
		const user = { id: cy.guest.guestId, name: 'Cy', color: '#0b57d0', facilitator: false };
		// what the others get: the server writes who Cy is (sync/presence.ts), whatever her client claims
		const relayed = { id: cy.guest.guestId, name: 'Cy', role: 'guest', facilitator: false };
		sender.provider.awareness.setLocalState({
			user: { ...user, typing: 'note-1' },
			focus: 'note-1',
			typing: 'note-1',
			cursor: 'note-1'
		});

		await vi.waitFor(() =>
			expect(watcher.provider.awareness.getStates().get(sender.doc.clientID)).toEqual({ user: relayed })
		);
		// Someone who arrives later gets the same.
		const late = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await late.synced;
		await vi.waitFor(() =>
			expect(late.provider.awareness.getStates().get(sender.doc.clientID)).toEqual({ user: relayed })
		);
		const presence = [...readWire(watcher.wire).presence, ...readWire(late.wire).presence];
		expect(presence.some((p) => p.clientId === sender.doc.clientID)).toBe(true);
		for (const p of presence) expect(p.json).not.toContain('note-1');

		// With names back, presence says again what people are doing.
		await boards.setAnonymous(facilitator.actor, board.id, false);
		sender.provider.awareness.setLocalState({ user, focus: 'note-2', typing: null });
		await vi.waitFor(() =>
			expect(watcher.provider.awareness.getStates().get(sender.doc.clientID)).toEqual({
				user: relayed,
				focus: 'note-2',
				typing: null
			})
		);
		for (const c of [sender, watcher, late]) c.destroy();
	});
	it('filters presence on a board made anonymous before its SQL row said so, once the board page has loaded', async () => {
		const { board, session, bo } = await anonymousWorkshop(facilitator, teamId);
		// As an older version left it: anonymous in the control doc only.
		await db().updateTable('boards').set({ anonymous: 0 }).where('id', '=', board.id).execute();
		forgetControl(board.id);
		await boards.initialControlState(board.id);
		const cy = await boards.joinSession({ code: session.code, name: 'Cy' });
		const sender = connect(harness.url, boardDocName(board.id), guestCookie(cy.token));
		const watcher = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await Promise.all([sender.synced, watcher.synced]);
		const user = { id: cy.guest.guestId, name: 'Cy', color: '#0b57d0', facilitator: false };
		// what the others get: the server writes who Cy is (sync/presence.ts), whatever her client claims
		const relayed = { id: cy.guest.guestId, name: 'Cy', role: 'guest', facilitator: false };
		sender.provider.awareness.setLocalState({ user, focus: 'note-1', typing: 'note-1' });
		await vi.waitFor(() =>
			expect(watcher.provider.awareness.getStates().get(sender.doc.clientID)).toEqual({ user: relayed })
		);
		for (const c of [sender, watcher]) c.destroy();
	});
});
