// What a board leaves behind: action items made from its notes and decisions, once, and exports with every
// note and vote in which HTML and formulas stay text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { addDecision, addNote, controlDoc, controlDocName, listZones } from '../../../src/lib/boards/doc';
import { toCsv, toMarkdown, type ExportLabels } from '../../../src/lib/boards/export';
import { makeTwoTeamOrg, startSync, writeBoard, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamA: string;
let manager: Person;
let member: Person;
let outsider: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	({ teamA, manager, member, outsider } = await makeTwoTeamOrg());
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

const labels: ExportLabels = {
	zone: 'Zone',
	note: 'Note',
	author: 'Author',
	votes: 'Votes',
	group: 'Group',
	comments: 'Comments',
	decisions: 'Decisions',
	kind: 'Type',
	decision: 'Decision',
	comment: 'Comment',
	anonymous: 'Anonymous',
	noZone: 'Without zone',
	action: 'Action',
	votesInRound: (round: number) => `Votes, round ${round}`
};

describe('notes to actions and export', () => {
	it('makes action items linked to their notes and decisions, once', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Actions',
			teamId: teamA,
			template: 'start-stop-continue'
		});
		let noteId = '';
		let decisionId = '';
		await writeBoard(harness.sync, board.id, (b) => {
			noteId = addNote(b, { text: 'Weekly buddy hour', zoneId: listZones(b)[0].id });
			decisionId = addDecision(b, { text: 'Try peer feedback in May' });
		});
		const made = await boards.makeActions(manager.actor, board.id, [noteId, decisionId, 'not-there']);
		expect(made.map((a) => a.title).sort()).toEqual(['Try peer feedback in May', 'Weekly buddy hour']);
		const snap = await boards.boardSnapshot(member.actor, board.id);
		expect(snap.notes.find((n) => n.id === noteId)!.actionId).toBe(made.find((a) => a.source_id === noteId)!.id);
		expect(await boards.listBoardActions(member.actor, board.id)).toHaveLength(2);
		await expect(boards.makeActions(manager.actor, board.id, [noteId])).rejects.toMatchObject({
			key: 'error_boards_select'
		});
		await expect(boards.listBoardActions(outsider.actor, board.id)).rejects.toMatchObject({ status: 404 });
	});

	it('exports every note with its votes, and HTML in a note stays text', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Export',
			teamId: teamA,
			template: 'impact-effort'
		});
		const ids: string[] = [];
		await writeBoard(harness.sync, board.id, (b) => {
			const zones = listZones(b);
			for (let i = 0; i < 12; i++)
				ids.push(addNote(b, { text: `Idea ${i}`, zoneId: zones[i % zones.length].id, authorName: 'Ann' }));
			ids.push(addNote(b, { text: '<script>alert(1)</script> & <b>bold</b>', zoneId: zones[0].id }));
			ids.push(addNote(b, { text: '=HYPERLINK("http://evil")', zoneId: zones[1].id }));
			addDecision(b, { text: 'Pick the quick wins' });
		});
		await harness.sync.writeDoc(controlDocName(board.id), (doc) => {
			controlDoc(doc).votes.set(ids[0], 4);
			controlDoc(doc).votes.set(ids[12], 2);
		});
		const snap = await boards.boardSnapshot(member.actor, board.id);
		const md = toMarkdown(snap, labels);
		const csv = toCsv(snap, labels);
		for (let i = 0; i < 12; i++) {
			expect(md).toContain(`Idea ${i} (`);
			expect(csv).toContain(`"Idea ${i}"`);
		}
		expect(md).toContain('Idea 0 (Author: Ann, Votes: 4)');
		expect(csv).toContain('"Note","High impact, low effort","","Idea 0","Ann","4"');
		expect(md).not.toContain('<script>');
		expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
		expect(csv).toContain('"<script>alert(1)</script> & <b>bold</b>","Anonymous","2"');
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(md).toContain('Pick the quick wins');
		expect(csv).toContain('"Decision","","","Pick the quick wins"');
	});
});
