// A workshop may vote more than once (one question, then the next): every round's results are kept,
// shown per round, and reach the summary and both exports. Boards stored before rounds existed read
// their one tally as round 1.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import {
	addNote,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	listZones,
	mineDoc,
	mineDocName
} from '../../../src/lib/boards/doc';
import { toCsv, toMarkdown, type ExportLabels } from '../../../src/lib/boards/export';
import { readDoc } from '../../../src/lib/server/boards/live';
import {
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	startSync,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let facilitator: Person;
let teamId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
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

/** One participant's dots, written into their private doc as their browser would. */
async function castVotes(
	boardId: string,
	guest: { guest: { guestId: string }; token: string },
	dots: Record<string, number>
) {
	const mine = connect(harness.url, mineDocName(boardId, guest.guest.guestId), guestCookie(guest.token));
	await mine.synced;
	for (const [noteId, n] of Object.entries(dots)) mineDoc(mine.doc).votes.set(noteId, n);
	await vi.waitFor(async () =>
		expect(await readDoc(mineDocName(boardId, guest.guest.guestId), (doc) => mineDoc(doc).votes.size)).toBe(
			Object.keys(dots).length
		)
	);
	mine.destroy();
}

describe('vote rounds', () => {
	it('keeps the first vote’s totals when a second vote is held, per round in the snapshot and both exports', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Two votes',
			teamId,
			template: 'start-stop-continue'
		});
		const session = await boards.openSession(facilitator.actor, board.id);
		const ann = await boards.joinSession({ code: session.code, name: 'Ann' });
		let first = '';
		let second = '';
		await harness.sync.writeDoc(boardDocName(board.id), (doc) => {
			const b = boardDoc(doc);
			const zoneId = listZones(b)[0].id;
			first = addNote(b, { text: 'Buddy scheme', zoneId, authorName: 'Ann' });
			second = addNote(b, { text: 'Peer feedback', zoneId, authorName: 'Ann' });
		});

		await boards.stepQuestion(facilitator.actor, board.id, 1);
		await boards.setPhase(facilitator.actor, board.id, 'vote');
		await castVotes(board.id, ann, { [first]: 3 });
		await boards.closeVoting(facilitator.actor, board.id);

		await boards.stepQuestion(facilitator.actor, board.id, 1);
		await boards.setPhase(facilitator.actor, board.id, 'write');
		await boards.setPhase(facilitator.actor, board.id, 'vote');
		await castVotes(board.id, ann, { [second]: 2 });
		await boards.setPhase(facilitator.actor, board.id, 'decide');

		const snap = await boards.boardSnapshot(facilitator.actor, board.id);
		expect(snap.rounds).toHaveLength(2);
		expect(snap.rounds[0].totals.get(first)).toBe(3);
		expect(snap.rounds[1].totals.get(second)).toBe(2);
		expect(snap.rounds[0].totals.has(second)).toBe(false);
		expect(snap.rounds[0].question).not.toBe('');
		expect(snap.rounds[1].question).not.toBe(snap.rounds[0].question);

		const md = toMarkdown(snap, labels);
		expect(md).toContain('Buddy scheme (Author: Ann, Votes, round 1: 3, Votes, round 2: 0)');
		expect(md).toContain('Peer feedback (Author: Ann, Votes, round 1: 0, Votes, round 2: 2)');
		const csv = toCsv(snap, labels);
		expect(csv).toContain('"Type","Zone","Group","Note","Author","Votes, round 1","Votes, round 2"');
		expect(csv).toContain('"Buddy scheme","Ann","3","0"');
		expect(csv).toContain('"Peer feedback","Ann","0","2"');
	});

	it('reads a board stored with one tally (before rounds) as round 1, and keeps it when the next vote closes', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Old board',
			teamId,
			template: 'start-stop-continue'
		});
		const session = await boards.openSession(facilitator.actor, board.id);
		const bo = await boards.joinSession({ code: session.code, name: 'Bo' });
		let old = '';
		let fresh = '';
		await harness.sync.writeDoc(boardDocName(board.id), (doc) => {
			const b = boardDoc(doc);
			const zoneId = listZones(b)[0].id;
			old = addNote(b, { text: 'Voted long ago', zoneId });
			fresh = addNote(b, { text: 'Voted today', zoneId });
		});
		// The layout before rounds: one map of totals in the control doc.
		await harness.sync.writeDoc(controlDocName(board.id), (doc) => controlDoc(doc).votes.set(old, 4));
		const before = await boards.boardSnapshot(facilitator.actor, board.id);
		expect(before.rounds.map((r) => [...r.totals])).toEqual([[[old, 4]]]);
		expect(toMarkdown(before, labels)).toContain('Voted long ago (Author: Anonymous, Votes: 4)');

		await boards.setPhase(facilitator.actor, board.id, 'vote');
		await castVotes(board.id, bo, { [fresh]: 1 });
		await boards.closeVoting(facilitator.actor, board.id);
		const after = await boards.boardSnapshot(facilitator.actor, board.id);
		expect(after.rounds.map((r) => [...r.totals])).toEqual([[[old, 4]], [[fresh, 1]]]);
	});
});
