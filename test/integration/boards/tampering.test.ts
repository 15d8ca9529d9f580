// A participant with a modified client: whatever they write, they cannot change the facilitation state
// (phase, timer, lock, question deck, tally, anyone's progress, follow-me), and nothing hidden — other
// people's notes during silent writing, other people's dots before voting closes — ever reaches their
// socket. Real y-websocket clients against the app's sync wiring; "the wire" is every byte the server sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { db } from '../../../src/lib/server/db/current';
import { newId, nowIso } from '../../../src/lib/server/ids';
import * as boards from '../../../src/lib/server/boards/index';
import {
	addNote,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	listNotes,
	listZones,
	mineDoc,
	mineDocName,
	readMeta,
	readProgress,
	voteTotals
} from '../../../src/lib/boards/doc';
import {
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	markerReached,
	clientUpdatesHandled,
	serverHas,
	startSync,
	upgradeStatus,
	waitFor,
	type Client,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamId: string;
let facilitator: Person;
let member: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
	member = await makePerson(orgId, 'member', [[teamId, 'member']]);
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

async function workshop() {
	const board = await boards.createBoard(facilitator.actor, {
		title: 'Workshop',
		teamId,
		template: 'start-stop-continue'
	});
	const session = await boards.openSession(facilitator.actor, board.id);
	const ann = await boards.joinSession({ code: session.code, name: 'Ann' });
	const bo = await boards.joinSession({ code: session.code, name: 'Bo' });
	return { board, ann, bo };
}

/** The server's own view of the control doc (not any client's). */
const serverControl = <T>(boardId: string, read: (c: ReturnType<typeof controlDoc>) => T) => {
	let out!: T;
	return harness.sync.writeDoc(controlDocName(boardId), (doc) => (out = read(controlDoc(doc)))).then(() => out);
};
const wireText = (c: Client) => Buffer.concat(c.wire).toString('utf8');

describe('facilitation state', () => {
	it('is readable by everyone on the board and writable by nobody but the server', async () => {
		const { board, ann } = await workshop();
		const path = `${board.id}/control`;
		expect(
			await boards.boardPermission(
				{ kind: 'guest', guestId: ann.guest.guestId, orgId: ann.guest.orgId, boardId: board.id },
				path
			)
		).toBe('read');
		expect(await boards.boardPermission({ kind: 'user', actor: member.actor }, path)).toBe('read');
		expect(await boards.boardPermission({ kind: 'user', actor: facilitator.actor }, path)).toBe('read');
		const other = await boards.createBoard(facilitator.actor, { title: 'Other', teamId });
		expect(await upgradeStatus(harness.url, controlDocName(other.id), guestCookie(ann.token))).toBe(403);
	});

	it('a participant cannot change the phase, timer, lock, questions, tally, progress or follow-me focus', async () => {
		const { board, ann, bo } = await workshop();
		await boards.setPhase(facilitator.actor, board.id, 'write');
		await boards.reportProgress({ boardId: board.id, participantId: bo.guest.guestId, name: 'Bo' }, { done: true });
		const before = await serverControl(board.id, (c) => Y.encodeStateAsUpdate(c.doc));

		const annControl = connect(harness.url, controlDocName(board.id), guestCookie(ann.token));
		const annBoard = connect(harness.url, boardDocName(board.id), guestCookie(ann.token));
		const boControl = connect(harness.url, controlDocName(board.id), guestCookie(bo.token));
		await Promise.all([annControl.synced, annBoard.synced, boControl.synced]);
		expect(readMeta(controlDoc(boControl.doc)).phase).toBe('write');

		// Ann's modified client writes everything a facilitator could decide, into the control doc …
		const handled = clientUpdatesHandled(harness.sync);
		const c = controlDoc(annControl.doc);
		annControl.doc.transact(() => {
			c.meta.set('phase', 'vote');
			c.meta.set('timerEndsAt', Date.now() + 3600_000);
			c.meta.set('locked', true);
			c.meta.set('anonymous', true);
			c.meta.set('questionsShown', 3);
			c.meta.set('followFocus', 'somewhere');
			c.questions.insert(0, ['A question Ann made up']);
			c.votes.set('any-note', 99);
			const fake = c.progress.get(bo.guest.guestId);
			if (fake instanceof Y.Map) fake.set('done', false);
		});
		// … and into the shared doc, where facilitation state lived before the control doc existed.
		annBoard.doc.transact(() => {
			annBoard.doc.getMap('meta').set('phase', 'vote');
			annBoard.doc.getMap('votes').set('any-note', 99);
		});
		// Both forged updates have reached the server (kept, dropped or refused) before the state is compared.
		await waitFor(() => clientUpdatesHandled(harness.sync) >= handled + 2, 'the server to deal with both forgeries');

		const after = await serverControl(board.id, (c) => Y.encodeStateAsUpdate(c.doc));
		expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
		const meta = await serverControl(board.id, readMeta);
		expect(meta).toMatchObject({
			phase: 'write',
			timerEndsAt: 0,
			locked: false,
			anonymous: false,
			questionsShown: 0,
			followFocus: ''
		});
		// Bo (and everyone else) still sees the facilitator's state, not Ann's.
		const boView = controlDoc(boControl.doc);
		expect(readMeta(boView).phase).toBe('write');
		expect(readMeta(boView).timerEndsAt).toBe(0);
		expect(voteTotals(boView).size).toBe(0);
		expect(boView.questions.toArray()).not.toContain('A question Ann made up');
		expect(readProgress(boView.progress.get(bo.guest.guestId)!).done).toBe(true);
		expect(wireText(boControl)).not.toContain('A question Ann made up');
		expect((await boards.boardSnapshot(facilitator.actor, board.id)).votes.size).toBe(0);
		// The facilitation functions themselves want a facilitator (a guest has no actor at all).
		await expect(boards.setPhase(member.actor, board.id, 'vote')).rejects.toMatchObject({ status: 403 });
		await expect(boards.setFollowFocus(member.actor, board.id, 'x')).rejects.toMatchObject({ status: 403 });
		for (const client of [annControl, annBoard, boControl]) client.destroy();
	});

	it('counts a participant’s dots from their private ballot, not from what their client claims', async () => {
		const { board, ann } = await workshop();
		let noteId = '';
		await harness.sync.writeDoc(boardDocName(board.id), (doc) => {
			const b = boardDoc(doc);
			noteId = addNote(b, { text: 'Buddy scheme', zoneId: listZones(b)[0].id });
		});
		await boards.setPhase(facilitator.actor, board.id, 'vote');
		const annMine = connect(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(ann.token));
		await annMine.synced;
		mineDoc(annMine.doc).votes.set(noteId, 2);
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => mineDoc(doc).votes.get(noteId) === 2,
			'Ann’s dots'
		);
		await boards.reportProgress({ boardId: board.id, participantId: ann.guest.guestId, name: 'Ann' }, {});
		expect(await serverControl(board.id, (c) => readProgress(c.progress.get(ann.guest.guestId)!).votesUsed)).toBe(2);
		annMine.destroy();
	});
});

describe('what a participant can read off the wire', () => {
	it('carries no other participant’s hidden note before the reveal, and no ballot before voting closes', async () => {
		const { board, ann, bo } = await workshop();
		await boards.setPhase(facilitator.actor, board.id, 'write');
		// Bo listens to every document he may open, from before Ann writes until the end.
		const boBoard = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		const boControl = connect(harness.url, controlDocName(board.id), guestCookie(bo.token));
		const boMine = connect(harness.url, mineDocName(board.id, bo.guest.guestId), guestCookie(bo.token));
		const annMine = connect(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(ann.token));
		await Promise.all([boBoard.synced, boControl.synced, boMine.synced, annMine.synced]);
		// Ann's private doc is refused to Bo, whatever he asks for.
		expect(await upgradeStatus(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(bo.token))).toBe(403);
		expect(
			await upgradeStatus(harness.url, `${mineDocName(board.id, ann.guest.guestId)}/x`, guestCookie(bo.token))
		).toBe(403);

		const zoneId = listZones(boardDoc(boBoard.doc))[0].id;
		addNote(mineDoc(annMine.doc), { text: 'Ann’s unrevealed worry about rotas', zoneId, authorName: 'Ann' });
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => listNotes(mineDoc(doc)).some((n) => n.text.includes('unrevealed worry')),
			'the server to hold Ann’s note'
		);
		await markerReached(harness.sync, [boBoard, boControl, boMine]);
		const bo$ = () => [boBoard, boControl, boMine].map(wireText).join('');
		expect(bo$()).not.toContain('unrevealed worry');

		await boards.reveal(facilitator.actor, board.id);
		await waitFor(
			() => listNotes(boardDoc(boBoard.doc)).some((n) => n.text.includes('unrevealed worry')),
			'the reveal reaches Bo'
		);
		const noteId = listNotes(boardDoc(boBoard.doc)).find((n) => n.text.includes('unrevealed worry'))!.id;

		await boards.setPhase(facilitator.actor, board.id, 'vote');
		const wireBeforeVote = boControl.wire.length;
		mineDoc(annMine.doc).votes.set(noteId, 3);
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => mineDoc(doc).votes.get(noteId) === 3,
			'Ann’s dots'
		);
		await boards.reportProgress({ boardId: board.id, participantId: ann.guest.guestId, name: 'Ann' }, {});
		await waitFor(
			() => controlDoc(boControl.doc).progress.get(ann.guest.guestId)?.get('votesUsed') === 3,
			'Ann’s count'
		);
		// Until voting closes Bo learns how many dots Ann spent (by design), never on which note.
		expect(voteTotals(controlDoc(boControl.doc)).size).toBe(0);
		const sinceVote = Buffer.concat(boControl.wire.slice(wireBeforeVote)).toString('latin1');
		expect(sinceVote).not.toContain(noteId);

		await boards.closeVoting(facilitator.actor, board.id);
		await waitFor(() => voteTotals(controlDoc(boControl.doc)).get(noteId) === 3, 'the tally reaches Bo');
		for (const client of [boBoard, boControl, boMine, annMine]) client.destroy();
	});
});

describe('boards made before the control doc', () => {
	it('get their phase, question deck and vote totals copied into the control doc once', async () => {
		const id = newId();
		await db()
			.insertInto('boards')
			.values({
				id,
				org_id: facilitator.actor.orgId,
				team_id: teamId,
				title: 'Old board',
				status: 'active',
				locked: 0,
				template: null,
				note_count: 0,
				decision_count: 0,
				created_by: facilitator.actor.userId,
				created_at: nowIso(),
				updated_at: nowIso(),
				ended_at: null
			})
			.execute();
		let noteId = '';
		await harness.sync.writeDoc(boardDocName(id), (doc) => {
			noteId = addNote(boardDoc(doc), { text: 'From the old days', zoneId: '' });
			doc.getMap('meta').set('title', 'Old board');
			doc.getMap('meta').set('phase', 'discuss');
			doc.getArray('questions').push(['An old question']);
			doc.getMap('votes').set(noteId, 4);
		});
		const snapshot = await boards.boardSnapshot(facilitator.actor, id);
		expect(snapshot.phase).toBe('discuss');
		expect(snapshot.votes.get(noteId)).toBe(4);
		expect(await serverControl(id, (c) => c.questions.toArray())).toEqual(['An old question']);
		// From then on the shared doc's copies are ignored.
		await harness.sync.writeDoc(boardDocName(id), (doc) => doc.getMap('meta').set('phase', 'vote'));
		await boards.setPhase(facilitator.actor, id, 'decide');
		expect((await boards.boardSnapshot(facilitator.actor, id)).phase).toBe('decide');
	});
});
