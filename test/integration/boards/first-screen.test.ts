// A board too big to carry whole in its page (SERVER_RENDER_MAX) comes as its first screen (issue 22, point 2): the
// page's load sends each zone's first notes and how many it leaves out, not the doc's copy; the browser shows them
// read-only, and the whole board, writable, once its socket has synced. The app's BoardLive over real y-websocket
// sockets, with what the page's load returned.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { addNote, listZones } from '../../../src/lib/boards/doc';
import { FIRST_NOTES } from '../../../src/lib/boards/note-order';
import type { BoardLive } from '../../../src/lib/boards/live.svelte';
import {
	makeOrg,
	makePerson,
	makeTeam,
	openBoardLive,
	startSync,
	whenLive,
	writeBoard,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let facilitator: Person;
let boardId: string;
let teamId: string;
const open: BoardLive[] = [];
const NOTES = 1000;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
	boardId = await boardOf(NOTES, 'Big retro');
});
afterAll(async () => {
	for (const live of open) live.destroy();
	await harness.stop();
	await database.close();
});

/** A new start / stop / continue board with `notes` notes, spread over its three zones in turn; its id. */
async function boardOf(notes: number, title: string) {
	const board = await boards.createBoard(facilitator.actor, { title, teamId, template: 'start-stop-continue' });
	await writeBoard(harness.sync, board.id, (b) => {
		const zones = listZones(b);
		for (let i = 0; i < notes; i++)
			addNote(b, {
				text: `Idea number ${i}: learn from each other`,
				zoneId: zones[i % 3].id,
				authorName: 'Ann',
				order: i
			});
	});
	return board.id;
}

const pageOf = (id: string) => boards.boardPage(facilitator.actor, id, { origin: 'http://localhost', full: true });
const page = () => pageOf(boardId);

describe('a board too big to send whole', () => {
	it('comes in its page as the first screen and counts of the rest, not as the copy of its doc', async () => {
		const data = await page();
		expect(data.initial).toBeUndefined();
		const first = data.firstScreen!;
		expect(first.zones).toHaveLength(3);
		expect(first.notes.length).toBe(3 * FIRST_NOTES);
		expect(Object.values(first.omitted!).reduce((a, b) => a + b, 0)).toBe(NOTES - 3 * FIRST_NOTES);
		expect(first.notes.map((n) => n.text)).toContain('Idea number 0: learn from each other');
		expect(first.notes.map((n) => n.text)).not.toContain(`Idea number ${NOTES - 1}: learn from each other`);
		// the page's data: a few tens of KB instead of the doc's ~0.4 MB copy
		expect(JSON.stringify(first).length).toBeLessThan(40_000);
	});

	it('shows the first screen read-only until its socket has synced, then the whole board, writable', async () => {
		const { firstScreen, initialControl } = await page();
		const me = {
			id: facilitator.actor.userId,
			name: facilitator.actor.name,
			facilitator: true,
			ownerKey: boards.noteOwnerKey(boardId, facilitator.actor.userId)
		};
		const live = openBoardLive(harness.url, boardId, facilitator.cookie, me, { firstScreen, initialControl });
		open.push(live);
		expect(live.notes).toHaveLength(3 * FIRST_NOTES);
		expect(Object.values(live.omitted).reduce((a, b) => a + b, 0)).toBe(NOTES - 3 * FIRST_NOTES);
		expect(live.readOnly).toBe(true);
		expect(live.addNote('Written too early', firstScreen!.zones[0].id)).toBeNull();

		await whenLive(live);
		await vi.waitFor(() => expect(live.notes).toHaveLength(NOTES), { timeout: 10_000 });
		expect(live.omitted).toEqual({});
		expect(live.readOnly).toBe(false);
		expect(live.notes.map((n) => n.text)).toContain(`Idea number ${NOTES - 1}: learn from each other`);
		const id = live.addNote('Walking meetings', firstScreen!.zones[0].id);
		expect(id).not.toBeNull();
		await vi.waitFor(async () => {
			const again = await page();
			expect(
				Object.values(again.firstScreen!.omitted!).reduce((a, b) => a + b, 0) + again.firstScreen!.notes.length
			).toBe(NOTES + 1);
		});
	});
});

describe('which boards come as their first screen', () => {
	it('a 500-note board does (its copy would be ~0.2 MB of the page); a 100-note board carries its whole copy', async () => {
		const big = await pageOf(await boardOf(500, 'Board of 500'));
		expect(big.initial).toBeUndefined();
		expect(big.firstScreen!.notes).toHaveLength(3 * FIRST_NOTES);
		const small = await pageOf(await boardOf(100, 'Board of 100'));
		expect(small.firstScreen).toBeUndefined();
		expect(small.initial!.length).toBeGreaterThan(0);
	});
});
