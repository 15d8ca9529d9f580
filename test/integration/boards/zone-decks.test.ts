// Question cards per zone on a real board: a board from the learning-environment template carries each
// factor's own deck in its control doc, and drawing in a zone gives that zone's next card — only for the
// board's facilitators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { readControl } from '../../../src/lib/server/boards/control';
import { zoneDecks } from '../../../src/lib/boards/doc';
import { makeOrg, makePerson, makeTeam, startSync, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let manager: Person;
let member: Person;
let teamA: string;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamA = await makeTeam(orgId, 'Borgerservice');
	manager = await makePerson(orgId, 'member', [[teamA, 'manager']]);
	member = await makePerson(orgId, 'member', [[teamA, 'member']]);
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('question cards per zone', () => {
	it('draws in a zone from that zone’s own deck, in the board’s language', async () => {
		const board = await boards.createBoard(
			manager.actor,
			{ title: 'Læringsmiljø', teamId: teamA, template: 'learning-environment' },
			'da'
		);
		const template = boards.builtInContent('learning-environment', 'da');
		const zones = (await boards.boardSnapshot(manager.actor, board.id)).zones.sort((a, b) => a.order - b.order);
		expect(zones).toHaveLength(4);
		const decks = await readControl(board.id, zoneDecks);
		zones.forEach((zone, i) => {
			expect(decks[zone.id]).toEqual({ cards: template.zones[i].questions, drawn: 0 });
		});

		// Drawing twice in the third zone gives its first two cards; the other zones are untouched.
		const third = zones[2];
		await boards.drawZoneQuestion(manager.actor, board.id, third.id, 1);
		await boards.drawZoneQuestion(manager.actor, board.id, third.id, 1);
		const after = await readControl(board.id, zoneDecks);
		expect(after[third.id].drawn).toBe(2);
		const drawn = after[third.id].cards[after[third.id].drawn - 1];
		expect(template.zones[2].questions).toContain(drawn);
		for (const other of [zones[0], zones[1], zones[3]]) {
			expect(after[other.id].drawn).toBe(0);
			expect(template.zones[zones.indexOf(other)].questions).not.toContain(drawn);
		}
		// Putting one back, and a zone without a deck.
		await boards.drawZoneQuestion(manager.actor, board.id, third.id, -1);
		expect((await readControl(board.id, zoneDecks))[third.id].drawn).toBe(1);
		await expect(boards.drawZoneQuestion(manager.actor, board.id, 'no-zone', 1)).rejects.toMatchObject({ status: 404 });
		// A participant may not draw.
		await expect(boards.drawZoneQuestion(member.actor, board.id, third.id, 1)).rejects.toMatchObject({
			status: expect.any(Number)
		});
		expect((await readControl(board.id, zoneDecks))[third.id].drawn).toBe(1);
	});
});
