// The notification centre: one store for every nudge and notice, read and marked read by its recipient alone,
// and the bell's live document, which only its owner may open and which holds nothing but the unread count.
// Real y-websocket clients against the app's own sync wiring.
import http from 'node:http';
import { closableServer } from '../support/http-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { connect, upgradeStatus, waitFor, type Client } from '../sync/support/harness';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { createSession, SESSION_COOKIE } from '../../../src/lib/server/auth/index';
import * as boards from '../../../src/lib/server/boards/index';
import {
	bell,
	listNotifications,
	markRead,
	notificationCentre,
	recordNudges,
	setNudgePrefs,
	unreadCount,
	type Nudge
} from '../../../src/lib/server/notify/index';
import { bellDocName, readUnread } from '../../../src/lib/notify/bell';
import { NotFound } from '../../../src/lib/server/errors';
import { app } from '../../../src/lib/server/app/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let sync: AppSync;
let server: http.Server;
let closable: ReturnType<typeof closableServer>;
let url: string;
const clients: Client[] = [];
let orgId: string;
let teamId: string;
let anna: Actor, bo: Actor, manager: Actor, elsewhere: Actor;

const en = { locale: 'en' as const, timeZone: 'UTC' };
let n = 0;
const nudgeFor = (who: Actor, over: Partial<Nudge> = {}): Nudge => ({
	orgId: who.orgId,
	userId: who.userId,
	kind: 'bites_credential',
	key: `test:${++n}`,
	messageKey: 'bites_mc_awarded_notice',
	params: { title: `Credential ${n}` },
	link: '/bites/credentials',
	...over
});
const cookieOf = async (who: Actor) => `${SESSION_COOKIE}=${(await createSession(who.userId, who.orgId)).token}`;

beforeAll(async () => {
	database = await createTestDatabase();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	server = http.createServer();
	closable = closableServer(server);
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`;
	orgId = (await makeOrg()).id;
	teamId = (await makeTeam(orgId)).id;
	anna = await makePerson(orgId, { name: 'Anna' });
	bo = await makePerson(orgId, { name: 'Bo' });
	manager = await makePerson(orgId, { teams: [[teamId, 'manager']] });
	elsewhere = await makePerson((await makeOrg()).id);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await sync.close();
	await closable.close();
	app().sync = undefined;
	await database.close();
});

describe('the one store', () => {
	it('records a nudge once, lists it newest first with its link, and marks one or all read', async () => {
		const first = nudgeFor(anna, { params: { title: 'First aid' } });
		expect(await recordNudges([first], new Date('2026-03-01T09:00:00Z'))).toHaveLength(1);
		// The same key again (a second run, a second instance) makes no second row.
		expect(await recordNudges([first], new Date('2026-03-01T09:01:00Z'))).toHaveLength(0);
		await recordNudges(
			[
				nudgeFor(anna, {
					kind: 'bites_review',
					messageKey: 'bites_nudge_review',
					params: { count: '3' },
					link: '/bites/review'
				})
			],
			new Date('2026-03-02T09:00:00Z')
		);
		const list = await listNotifications(anna, en);
		expect(list.map((x) => [x.text, x.link, x.read])).toEqual([
			['You have 3 questions to review today. It takes a few minutes.', '/bites/review', false],
			['You were awarded the micro-credential First aid.', '/bites/credentials', false]
		]);
		expect(await unreadCount(anna)).toBe(2);
		// Nobody else sees them, or marks them read.
		expect(await listNotifications(bo, en)).toEqual([]);
		await expect(markRead(bo, list[0].id)).rejects.toBeInstanceOf(NotFound);
		await expect(markRead(elsewhere, list[0].id)).rejects.toBeInstanceOf(NotFound);

		await markRead(anna, list[1].id);
		expect((await listNotifications(anna, en)).map((x) => x.read)).toEqual([false, true]);
		await markRead(anna);
		expect(await unreadCount(anna)).toBe(0);
		const page = await notificationCentre(anna);
		expect(page.unread).toBe(0);
		expect(page.notifications).toHaveLength(2);
	});

	it('leaves out a kind the person turned off in the app and by email', async () => {
		await setNudgePrefs(bo, [{ kind: 'learning_upcoming', inApp: false, email: false }]);
		expect(await recordNudges([nudgeFor(bo, { kind: 'learning_upcoming' })])).toHaveLength(0);
		expect(await unreadCount(bo)).toBe(0);
	});
});

describe('the bell', () => {
	it('shows its owner the unread count as it changes, and nothing else', async () => {
		const owner = connect(url, bellDocName(orgId, bo.userId), { headers: { cookie: await cookieOf(bo) } });
		clients.push(owner);
		await owner.synced;
		expect((await bell(bo)).doc).toBe(bellDocName(orgId, bo.userId));

		await recordNudges([nudgeFor(bo), nudgeFor(bo)]);
		await waitFor(() => readUnread(owner.doc) === 2, 5000, 'two unread');
		const [latest] = await listNotifications(bo, en);
		await markRead(bo, latest.id);
		await waitFor(() => readUnread(owner.doc) === 1, 5000, 'one unread');
		await markRead(bo);
		await waitFor(() => readUnread(owner.doc) === 0, 5000, 'none unread');
		// A count and no content: no text, link or id of a notification reaches the document.
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(owner.doc));
		expect([...copy.share.keys()]).toEqual(['bell']);
		expect(copy.getMap('bell').toJSON()).toEqual({ unread: 0 });
	});

	it('refuses anyone but its owner: a colleague, the owner in another organisation, a guest, nobody', async () => {
		const doc = bellDocName(orgId, anna.userId);
		const board = await boards.createBoard(manager, { title: 'Retro', teamId });
		const session = await boards.openSession(manager, board.id);
		const guest = await boards.joinSession({ code: session.code, name: 'Gus' });

		expect(await upgradeStatus(url, doc, '', { cookie: await cookieOf(anna) })).toBe(101);
		expect(await upgradeStatus(url, doc, '', { cookie: await cookieOf(bo) })).toBe(403);
		expect(await upgradeStatus(url, doc, '', { cookie: await cookieOf(manager) })).toBe(403);
		expect(
			await upgradeStatus(url, bellDocName(elsewhere.orgId, anna.userId), '', { cookie: await cookieOf(anna) })
		).toBe(403);
		expect(await upgradeStatus(url, `${doc}/more`, '', { cookie: await cookieOf(anna) })).toBe(403);
		expect(await upgradeStatus(url, doc, '', { cookie: `${boards.GUEST_COOKIE}=${guest.token}` })).toBe(403);
		expect(await upgradeStatus(url, doc, '')).toBe(401);

		// A stock client of a colleague never syncs with it, while the owner's does.
		const intruder = connect(url, doc, { headers: { cookie: await cookieOf(bo) } });
		const owner = connect(url, doc, { headers: { cookie: await cookieOf(anna) } });
		clients.push(intruder, owner);
		await recordNudges([nudgeFor(anna)]);
		await waitFor(() => readUnread(owner.doc) === 1, 5000, 'the owner’s count');
		expect(intruder.provider.synced).toBe(false);
		expect(readUnread(intruder.doc)).toBeNull();
	});
});
