// The plan's live document through the app's real sync wiring: session cookies, the live/actions
// document type, and stock y-websocket clients watching the projection the module writes.
import http from 'node:http';
import { closableServer } from '../support/http-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { connect, metric, upgradeStatus, waitFor, type Client } from '../sync/support/harness';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { createSession, SESSION_COOKIE } from '../../../src/lib/server/auth/index';
import { makeWorld, type World } from './support/world';
import type { Actor } from '../../../src/lib/server/actor';
import {
	createActionFromBoard,
	createOwnAction,
	moveItem,
	recordReview,
	refreshLivePlan,
	removeItem
} from '../../../src/lib/server/actions/index';
import { liveDocName, readCards } from '../../../src/lib/actions/live';
import * as boards from '../../../src/lib/server/boards/index';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let sync: AppSync;
let server: http.Server;
let closable: ReturnType<typeof closableServer>;
let url: string;
let w: World;
const clients: Client[] = [];

async function cookieOf(actor: Actor) {
	const { token } = await createSession(actor.userId, actor.orgId);
	return `${SESSION_COOKIE}=${token}`;
}

async function watch(actor: Actor, teamId: string) {
	const client = connect(url, liveDocName(teamId), { headers: { cookie: await cookieOf(actor) } });
	clients.push(client);
	await client.synced;
	return client;
}

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	// As the runtime does: server-authored documents go through this sync server.
	app().sync = sync;
	server = http.createServer();
	closable = closableServer(server);
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`;
}, 60_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	app().sync = undefined;
	await sync.close();
	await closable.close();
	await database.close();
});

describe('the action plan, live', () => {
	it('shows another viewer a board decision turned into an action, and every change to it, at once', async () => {
		const viewer = await watch(w.member, w.teamA);
		const board = await boards.createBoard(w.facilitator, { title: 'Workshop', teamId: w.teamA });
		const { id } = await createActionFromBoard(w.facilitator, {
			teamId: w.teamA,
			boardId: board.id,
			noteId: 'note-7',
			title: 'Ten minutes of learning at the Monday meeting'
		});
		await waitFor(() => readCards(viewer.doc).some((c) => c.id === id), 5000, 'the new card');
		expect(readCards(viewer.doc).find((c) => c.id === id)).toMatchObject({
			title: 'Ten minutes of learning at the Monday meeting',
			source: 'board',
			boardId: board.id,
			status: 'planned'
		});

		await moveItem(w.manager, id, 'doing');
		await waitFor(() => readCards(viewer.doc).find((c) => c.id === id)?.status === 'doing', 5000, 'the move');

		await recordReview(w.manager, id, { didIt: 'yes', helped: 'somewhat', comment: null });
		await waitFor(
			() => readCards(viewer.doc).find((c) => c.id === id)?.review?.helped === 'somewhat',
			5000,
			'the review'
		);

		await removeItem(w.manager, id);
		await waitFor(() => !readCards(viewer.doc).some((c) => c.id === id), 5000, 'the removal');
	});

	it('gives built-in actions their title in every language, so each viewer reads their own', async () => {
		const viewer = await watch(w.manager, w.teamA);
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Own words stay as written' });
		await waitFor(() => readCards(viewer.doc).some((c) => c.id === id));
		expect(readCards(viewer.doc).find((c) => c.id === id)!.titles).toBeNull();
	});

	it('lets a member of another team, or of another organisation, not even open the plan', async () => {
		expect(await upgradeStatus(url, liveDocName(w.teamA), '', { cookie: await cookieOf(w.otherMember) })).toBe(403);
		expect(await upgradeStatus(url, liveDocName(w.teamA), '', { cookie: await cookieOf(w.outsider) })).toBe(403);
		expect(await upgradeStatus(url, liveDocName(w.teamA))).toBe(401);
		expect(await upgradeStatus(url, liveDocName(w.teamA), '', { cookie: await cookieOf(w.admin) })).toBe(101);
	});

	it('keeps viewers read-only: a forged card never reaches anyone else', async () => {
		const forger = await watch(w.member, w.teamA);
		const witness = await watch(w.manager, w.teamA);
		const dropped = metric(sync.metrics(), 'samspil_sync_readonly_updates_dropped_total');
		forger.doc.getMap('cards').set('forged', { id: 'forged', title: 'Forged', status: 'done' });
		// The server has dropped the forgery, then a real card reaches the witness after it.
		await waitFor(() => metric(sync.metrics(), 'samspil_sync_readonly_updates_dropped_total') > dropped);
		const id = await createOwnAction(w.manager, w.teamA, { title: 'A real one after the forgery' });
		await waitFor(() => readCards(witness.doc).some((c) => c.id === id));
		expect(readCards(witness.doc).some((c) => c.id === 'forged')).toBe(false);
	});

	it('rebuilds the document from the database when the plan is opened', async () => {
		await sync.writeDoc(liveDocName(w.teamB), (doc) =>
			doc.getMap('cards').set('stale', { id: 'stale', title: 'Stale', status: 'planned' })
		);
		const id = await createOwnAction(w.otherManager, w.teamB, { title: 'Real' });
		await refreshLivePlan(w.otherMember, w.teamB);
		const viewer = await watch(w.otherMember, w.teamB);
		expect(readCards(viewer.doc).map((c) => c.id)).toEqual([id]);
	});
});
