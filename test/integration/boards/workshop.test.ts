// Hidden notes and votes are really hidden (never in the shared doc, never openable by others), reveal
// and tally move them, and guests only reach their own board while they may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import {
	addNote,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	listNotes,
	mineDoc,
	mineDocName,
	readMeta,
	voteTotals
} from '../../../src/lib/boards/doc';
import { db } from '../../../src/lib/server/db/current';
import { hashToken, nowIso } from '../../../src/lib/server/ids';
import {
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	markerReached,
	serverHas,
	startSync,
	upgradeStatus,
	waitFor,
	type Person,
	type SyncHarness
} from './support';

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

async function workshop() {
	const board = await boards.createBoard(facilitator.actor, {
		title: 'Workshop',
		teamId,
		template: 'start-stop-continue'
	});
	const session = await boards.openSession(facilitator.actor, board.id);
	const ann = await boards.joinSession({ code: session.code, name: 'Ann' });
	const bo = await boards.joinSession({ code: session.code, name: 'Bo' });
	return { board, session, ann, bo };
}

describe('silent writing', () => {
	it('keeps a hidden note out of every other client’s docs until the facilitator reveals it', async () => {
		const { board, ann, bo } = await workshop();
		await boards.setPhase(facilitator.actor, board.id, 'write');
		const annBoard = connect(harness.url, boardDocName(board.id), guestCookie(ann.token));
		const annMine = connect(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(ann.token));
		const boBoard = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		const facBoard = connect(harness.url, boardDocName(board.id), facilitator.cookie);
		const facControl = connect(harness.url, controlDocName(board.id), facilitator.cookie);
		await Promise.all([annBoard.synced, annMine.synced, boBoard.synced, facBoard.synced, facControl.synced]);
		const zoneId = [...boardDoc(annBoard.doc).zones.keys()][0];
		addNote(mineDoc(annMine.doc), { text: 'Secret idea about buddies', zoneId, authorName: 'Ann' });
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => listNotes(mineDoc(doc)).some((n) => n.text.startsWith('Secret idea')),
			'the server to hold Ann’s hidden note'
		);
		await markerReached(harness.sync, [boBoard, facBoard, annBoard]);

		for (const client of [boBoard, facBoard, annBoard]) {
			const bytes = Buffer.from(Y.encodeStateAsUpdate(client.doc)).toString('utf8');
			expect(bytes).not.toContain('Secret idea');
		}
		// Nobody else may open Ann's private doc, not Bo and not the facilitator.
		expect(await upgradeStatus(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(bo.token))).toBe(403);
		expect(await upgradeStatus(harness.url, mineDocName(board.id, ann.guest.guestId), facilitator.cookie)).toBe(403);

		await boards.reveal(facilitator.actor, board.id);
		await waitFor(
			() => listNotes(boardDoc(boBoard.doc)).some((n) => n.text === 'Secret idea about buddies'),
			'reveal reaches Bo'
		);
		const revealed = listNotes(boardDoc(boBoard.doc)).find((n) => n.text === 'Secret idea about buddies')!;
		expect(revealed.authorName).toBe('Ann');
		expect(revealed.authorId).toBe(ann.guest.guestId);
		await waitFor(() => readMeta(controlDoc(facControl.doc)).phase === 'group', 'phase reaches the facilitator');
		await waitFor(() => mineDoc(annMine.doc).notes.size === 0, 'private doc emptied');
		for (const c of [annBoard, annMine, boBoard, facBoard, facControl]) c.destroy();
	});

	it('reveals notes without names in anonymous mode, whatever the private doc claims', async () => {
		const { board, ann } = await workshop();
		await boards.setAnonymous(facilitator.actor, board.id, true);
		await boards.setPhase(facilitator.actor, board.id, 'write');
		const annMine = connect(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(ann.token));
		await annMine.synced;
		addNote(mineDoc(annMine.doc), {
			text: 'Anonymous worry',
			zoneId: 'nowhere',
			authorName: 'Somebody Else',
			authorId: 'x'
		});
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => listNotes(mineDoc(doc)).some((n) => n.text === 'Anonymous worry'),
			'the server to hold the note'
		);
		await boards.reveal(facilitator.actor, board.id);
		const snapshot = await boards.boardSnapshot(facilitator.actor, board.id);
		const n = snapshot.notes.find((x) => x.text === 'Anonymous worry')!;
		expect(n.authorName).toBe('');
		expect(n.authorId).toBe('');
		expect(snapshot.zones.map((z) => z.id)).toContain(n.zoneId);
		annMine.destroy();
	});
});

describe('dot voting', () => {
	it('keeps ballots private until voting closes, then tallies them within each budget', async () => {
		const { board, ann, bo } = await workshop();
		const facBoard = connect(harness.url, boardDocName(board.id), facilitator.cookie);
		const facControl = connect(harness.url, controlDocName(board.id), facilitator.cookie);
		await Promise.all([facBoard.synced, facControl.synced]);
		const zoneId = [...boardDoc(facBoard.doc).zones.keys()][0];
		const noteA = addNote(boardDoc(facBoard.doc), { text: 'Buddy scheme', zoneId });
		const noteB = addNote(boardDoc(facBoard.doc), { text: 'Peer feedback', zoneId });
		await boards.setVoteBudget(facilitator.actor, board.id, 3);
		await boards.setPhase(facilitator.actor, board.id, 'vote');
		const annMine = connect(harness.url, mineDocName(board.id, ann.guest.guestId), guestCookie(ann.token));
		const boMine = connect(harness.url, mineDocName(board.id, bo.guest.guestId), guestCookie(bo.token));
		await Promise.all([annMine.synced, boMine.synced]);
		mineDoc(annMine.doc).votes.set(noteA, 2);
		mineDoc(annMine.doc).votes.set(noteB, 1);
		// Bo tries to cheat with more dots than the budget allows.
		mineDoc(boMine.doc).votes.set(noteA, 10);
		await serverHas(
			harness.sync,
			mineDocName(board.id, ann.guest.guestId),
			(doc) => mineDoc(doc).votes.size === 2,
			'Ann’s dots'
		);
		await serverHas(
			harness.sync,
			mineDocName(board.id, bo.guest.guestId),
			(doc) => mineDoc(doc).votes.size === 1,
			'Bo’s dots'
		);
		await markerReached(harness.sync, [facControl]);
		expect(voteTotals(controlDoc(facControl.doc)).size).toBe(0);

		await boards.closeVoting(facilitator.actor, board.id);
		await waitFor(() => voteTotals(controlDoc(facControl.doc)).size > 0, 'tally');
		const totals = voteTotals(controlDoc(facControl.doc));
		expect(totals.get(noteA)).toBe(5);
		expect(totals.get(noteB)).toBe(1);
		await waitFor(() => mineDoc(annMine.doc).votes.size === 0, 'ballot cleared');
		for (const c of [facBoard, facControl, annMine, boMine]) c.destroy();
	});
});

describe('guests', () => {
	it('a removed guest is disconnected and cannot come back with the old token', async () => {
		const { board, ann, bo } = await workshop();
		const annBoard = connect(harness.url, boardDocName(board.id), guestCookie(ann.token));
		const boBoard = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await Promise.all([annBoard.synced, boBoard.synced]);
		await boards.removeGuest(facilitator.actor, board.id, ann.guest.guestId);
		expect(await annBoard.closed).toBe(4401);
		expect(await upgradeStatus(harness.url, boardDocName(board.id), guestCookie(ann.token))).toBe(401);
		expect(await boards.guestFromToken(ann.token)).toBeNull();
		// Bo stays.
		expect(boBoard.provider.wsconnected).toBe(true);
		annBoard.destroy();
		boBoard.destroy();
	});

	it('a guest cannot open another board, even one of the same organisation', async () => {
		const { ann } = await workshop();
		const other = await boards.createBoard(facilitator.actor, { title: 'Other', teamId });
		expect(await upgradeStatus(harness.url, boardDocName(other.id), guestCookie(ann.token))).toBe(403);
		expect(await upgradeStatus(harness.url, 'live/team/' + teamId, guestCookie(ann.token))).toBe(403);
	});

	it('ending the workshop closes the session: guests lose access and members may only read', async () => {
		const { board, ann, session } = await workshop();
		await boards.endWorkshop(facilitator.actor, board.id);
		expect(await upgradeStatus(harness.url, boardDocName(board.id), guestCookie(ann.token))).toBe(401);
		await expect(boards.joinSession({ code: session.code, name: 'Late' })).rejects.toMatchObject({
			key: 'error_boards_code_unknown'
		});
		expect(await boards.boardPermission({ kind: 'user', actor: facilitator.actor }, board.id)).toBe('read');
		expect((await boards.getBoard(facilitator.actor, board.id)).status).toBe('archived');
	});

	it('gives each guest an unguessable token (256 random bits), keeps only its hash, and lets it lapse with the session', async () => {
		const { board, session, ann, bo } = await workshop();
		for (const token of [ann.token, bo.token]) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		expect(ann.token).not.toBe(bo.token);
		const row = await db()
			.selectFrom('board_guests')
			.select(['token_hash', 'expires_at'])
			.where('id', '=', ann.guest.guestId)
			.executeTakeFirstOrThrow();
		expect(row.token_hash).toBe(hashToken(ann.token));
		expect(row.token_hash).not.toContain(ann.token);
		// Short-lived: the guest's token ends when the workshop session does, at most 12 hours after it opened.
		expect(row.expires_at).toBe(session.expiresAt);
		expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(12 * 3600_000);
		expect(await boards.guestFromToken(ann.token)).not.toBeNull();
		await db()
			.updateTable('board_guests')
			.set({ expires_at: nowIso(Date.now() - 1000) })
			.where('id', '=', ann.guest.guestId)
			.execute();
		expect(await boards.guestFromToken(ann.token)).toBeNull();
		expect(await upgradeStatus(harness.url, boardDocName(board.id), guestCookie(ann.token))).toBe(401);
		// A session past its time takes no new guests.
		await db()
			.updateTable('board_sessions')
			.set({ expires_at: nowIso(Date.now() - 1000) })
			.where('id', '=', session.id)
			.execute();
		await expect(boards.joinSession({ code: session.code, name: 'Late' })).rejects.toMatchObject({
			key: 'error_boards_code_unknown'
		});
	});

	it('join codes are six unambiguous characters, and a wrong code is refused', async () => {
		for (let i = 0; i < 50; i++) expect(boards.newJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
		await expect(boards.joinSession({ code: 'ZZZZZZ', name: 'X' })).rejects.toMatchObject({
			key: 'error_boards_code_unknown'
		});
	});
});
