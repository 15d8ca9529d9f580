// The app's wiring: session cookies and the live/team document type, against real accounts.
import http from 'node:http';
import { closableServer } from '../support/http-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { connect, upgradeStatus, waitFor, type Client } from './support/harness';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { registerDocType, resolveDocPermission } from '../../../src/lib/server/sync/index';
import { createSession, loadActor, SESSION_COOKIE } from '../../../src/lib/server/auth/index';
import { createUser } from '../../../src/lib/server/auth/accounts';
import type { Actor } from '../../../src/lib/server/actor';
import { addMembership, createOrganisation, createTeam } from '../../../src/lib/server/orgs/index';
import * as boards from '../../../src/lib/server/boards/index';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let sync: AppSync;
let server: http.Server;
let closable: ReturnType<typeof closableServer>;
let url: string;
const clients: Client[] = [];
const people: Record<string, { cookie: string }> = {};
let teamId: string;
let maxActor: Actor;
let adaActor: Actor;
let port: number;

async function person(name: string, orgId: string, role: 'admin' | 'member') {
	const user = await createUser({ email: `${name}@example.test`, name, password: 'correct horse battery staple' });
	await addMembership(orgId, user.id, role);
	const { token } = await createSession(user.id, orgId);
	people[name] = { cookie: `${SESSION_COOKIE}=${token}` };
	return user;
}

beforeAll(async () => {
	database = await createTestDatabase();
	const acme = await createOrganisation('Acme');
	const other = await createOrganisation('Other');
	const admin = await person('ada', acme.id, 'admin');
	const max = await person('max', acme.id, 'member');
	maxActor = (await loadActor(max.id, acme.id))!;
	await person('eve', other.id, 'admin');
	adaActor = (await loadActor(admin.id, acme.id))!;
	teamId = (await createTeam(adaActor, { name: 'Platform' })).id;

	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	server = http.createServer();
	closable = closableServer(server);
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
	url = `ws://127.0.0.1:${port}/sync`;
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	app().sync = undefined;
	await sync.close();
	await closable.close();
	await database.close();
});

describe('sync wiring: sessions and document types', () => {
	it('lets any member of the team’s organisation follow live/team/<id>, read-only', async () => {
		await sync.writeDoc(`live/team/${teamId}`, (doc) => doc.getArray('feed').push(['Retro on Friday']));
		const max = connect(url, `live/team/${teamId}`, { headers: { cookie: people.max.cookie } });
		clients.push(max);
		await max.synced;
		expect(max.doc.getArray('feed').toArray()).toEqual(['Retro on Friday']);
		max.doc.getArray('feed').push(['forged']);
		await sync.writeDoc(`live/team/${teamId}`, (doc) => doc.getArray('feed').push(['Moved to Monday']));
		await waitFor(() => max.doc.getArray('feed').length === 3);
		const witness = connect(url, `live/team/${teamId}`, { headers: { cookie: people.ada.cookie } });
		clients.push(witness);
		await witness.synced;
		expect(witness.doc.getArray('feed').toArray()).toEqual(['Retro on Friday', 'Moved to Monday']);
	});

	it('refuses someone from another organisation with 403', async () => {
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie: people.eve.cookie })).toBe(403);
	});

	it('refuses a request without a valid session with 401', async () => {
		expect(await upgradeStatus(url, `live/team/${teamId}`)).toBe(401);
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie: `${SESSION_COOKIE}=forged` })).toBe(401);
	});

	it('refuses document types nobody registered with 403, and unknown teams too', async () => {
		expect(await upgradeStatus(url, 'board/anything', '', { cookie: people.ada.cookie })).toBe(403);
		expect(await upgradeStatus(url, 'live/team/no-such-team', '', { cookie: people.ada.cookie })).toBe(403);
	});

	it('resolves a document name by its longest registered prefix', async () => {
		const principal = { kind: 'user' as const, actor: maxActor };
		const unregister = [
			registerDocType('test', () => 'read'),
			registerDocType('test/deep', (_p, id) => (id === 'x/y' ? 'write' : 'none'))
		];
		expect(await resolveDocPermission(principal, 'test/anything')).toBe('read');
		expect(await resolveDocPermission(principal, 'test/deep/x/y')).toBe('write');
		expect(await resolveDocPermission(principal, 'test/deep/z')).toBe('none');
		expect(await resolveDocPermission(principal, 'test')).toBe('none');
		expect(await resolveDocPermission(null, 'test/anything')).toBe('none');
		for (const u of unregister) u();
		expect(await resolveDocPermission(principal, 'test/anything')).toBe('none');
	});
});

describe('sync wiring: cross-site requests and guests', () => {
	async function workshop() {
		const board = await boards.createBoard(adaActor, { title: 'Retro', teamId });
		const session = await boards.openSession(adaActor, board.id);
		const gus = await boards.joinSession({ code: session.code, name: 'Gus' });
		return { board, gus, guestCookie: `${boards.GUEST_COOKIE}=${gus.token}` };
	}

	it('refuses an upgrade from another site of the same host carrying the victim’s session cookie', async () => {
		const cookie = people.ada.cookie;
		expect(
			await upgradeStatus(url, `live/team/${teamId}`, '', { cookie, origin: `http://127.0.0.1:${port + 1}` })
		).toBe(403);
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie, origin: 'https://evil.example' })).toBe(403);
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie, origin: 'null' })).toBe(403);
		// The app's own pages, and clients that send no Origin at all (not browsers), get in.
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie, origin: `http://127.0.0.1:${port}` })).toBe(
			101
		);
		expect(await upgradeStatus(url, `live/team/${teamId}`, '', { cookie })).toBe(101);
	});

	it('takes a guest’s token from their cookie only, never from the query string (proxy logs keep URLs)', async () => {
		const { board, gus, guestCookie } = await workshop();
		expect(await upgradeStatus(url, `board/${board.id}`, `?guest=${encodeURIComponent(gus.token)}`)).toBe(401);
		expect(await upgradeStatus(url, `board/${board.id}`, '', { cookie: guestCookie })).toBe(101);
	});

	it('shows a guest by the name they joined with and as a guest, however they describe themselves', async () => {
		const { board, gus, guestCookie } = await workshop();
		const guest = connect(url, `board/${board.id}`, { headers: { cookie: guestCookie } });
		const ada = connect(url, `board/${board.id}`, { headers: { cookie: people.ada.cookie } });
		clients.push(guest, ada);
		await Promise.all([guest.synced, ada.synced]);
		guest.provider.awareness.setLocalState({
			user: { id: 'ada', name: 'Gus (facilitator)', facilitator: true },
			focus: null
		});
		ada.provider.awareness.setLocalState({ user: { id: 'x', name: 'Ada', facilitator: false }, focus: null });
		const seenBy = (who: Client, of: Client) => who.provider.awareness.getStates().get(of.doc.clientID)?.user;
		await waitFor(() => seenBy(ada, guest) !== undefined && seenBy(guest, ada) !== undefined, 5000, 'both presences');
		expect(seenBy(ada, guest)).toEqual({ id: gus.guest.guestId, name: 'Gus', role: 'guest', facilitator: false });
		expect(seenBy(guest, ada)).toEqual({ id: adaActor.userId, name: 'ada', role: 'facilitator', facilitator: true });
	});
});
