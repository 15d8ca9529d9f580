// Factories and real sync clients for the boards tests: organisations, people with sessions, and stock
// y-websocket providers that carry a session or guest cookie, against the app's real sync wiring.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createTestUser } from '../support/passwords';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { expect, vi } from 'vitest';
import { metric } from '../sync/support/harness';
import { closableServer } from '../support/http-server';
import { createOrganisation, addMembership, addToTeam } from '../../../src/lib/server/orgs/index';
import { createSession, loadActor, SESSION_COOKIE } from '../../../src/lib/server/auth/index';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import * as boards from '../../../src/lib/server/boards/index';
import { boardDoc, boardDocName } from '../../../src/lib/boards/doc';
import { db } from '../../../src/lib/server/db/current';
import { newId, nowIso } from '../../../src/lib/server/ids';
import type { Actor } from '../../../src/lib/server/actor';
import type { OrgRole, TeamRole } from '../../../src/lib/server/db/schema';
import { app } from '../../../src/lib/server/app/index';
import { BoardLive, type BoardLiveOptions } from '../../../src/lib/boards/live.svelte';

export interface Person {
	actor: Actor;
	cookie: string;
}

export async function makeOrg(name = 'Org') {
	const org = await createOrganisation(name);
	return org.id;
}

export async function makeTeam(orgId: string, name = 'Team') {
	const id = newId();
	await db().insertInto('teams').values({ id, org_id: orgId, name, created_at: nowIso() }).execute();
	return id;
}

export async function makePerson(
	orgId: string,
	role: OrgRole = 'member',
	teams: [string, TeamRole][] = []
): Promise<Person> {
	const user = await createTestUser({
		email: `${randomBytes(5).toString('hex')}@example.test`,
		name: `P ${randomBytes(2).toString('hex')}`,
		password: 'correct horse battery'
	});
	await addMembership(orgId, user.id, role);
	for (const [team, teamRole] of teams) await addToTeam(orgId, team, user.id, teamRole);
	const session = await createSession(user.id, orgId);
	return { actor: (await loadActor(user.id, orgId))!, cookie: `${SESSION_COOKIE}=${session.token}` };
}

/** Fjordby with two teams: Borgerservice's manager and a member, a member of Hjemmeplejen, an organisation-wide
 * facilitator, and an admin of another organisation. */
export async function makeTwoTeamOrg() {
	const orgId = await makeOrg('Fjordby');
	const teamA = await makeTeam(orgId, 'Borgerservice');
	const teamB = await makeTeam(orgId, 'Hjemmeplejen');
	const manager = await makePerson(orgId, 'member', [[teamA, 'manager']]);
	const member = await makePerson(orgId, 'member', [[teamA, 'member']]);
	const otherTeamMember = await makePerson(orgId, 'member', [[teamB, 'member']]);
	const facilitatorRole = await makePerson(orgId, 'facilitator');
	const otherOrg = await makeOrg('Elsewhere');
	const outsider = await makePerson(otherOrg, 'admin');
	return { orgId, teamA, teamB, manager, member, otherTeamMember, facilitatorRole, outsider };
}

/** An anonymous board of `teamId` with a session open, and Bo, a guest who joined it. */
export async function anonymousWorkshop(facilitator: Person, teamId: string) {
	const board = await boards.createBoard(facilitator.actor, {
		title: 'Retro',
		teamId,
		template: 'start-stop-continue'
	});
	await boards.setAnonymous(facilitator.actor, board.id, true);
	const session = await boards.openSession(facilitator.actor, board.id);
	const bo = await boards.joinSession({ code: session.code, name: 'Bo' });
	return { board, session, bo };
}

export interface SyncHarness {
	url: string;
	sync: AppSync;
	stop(): Promise<void>;
}

/** The app's sync wiring (session + guest cookies, board access) on an ephemeral port. */
export async function startSync(): Promise<SyncHarness> {
	const sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0, logger: undefined });
	app().sync = sync;
	const server = http.createServer((_req, res) => res.writeHead(404).end());
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	const closable = closableServer(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `ws://127.0.0.1:${port}/sync`,
		sync,
		async stop() {
			app().sync = undefined;
			await sync.close();
			await closable.close();
		}
	};
}

/** Changes a board's shared document on the server, as a participant's edit would arrive. */
export const writeBoard = (sync: AppSync, id: string, fn: (b: ReturnType<typeof boardDoc>) => void) =>
	sync.writeDoc(boardDocName(id), (doc) => fn(boardDoc(doc)));

type Me = ConstructorParameters<typeof BoardLive>[1];
const controlHeld = new WeakMap<BoardLive, () => void>();

/**
 * The app's own board binding (BoardLive) over real y-websocket sockets carrying `cookie`. Its control doc's
 * socket holds back what the server sends it until the test waits for `whenLive`: anything written before then
 * is written, as on a slow network, while the board's mode is still unknown. The page shows no writing controls
 * until the board is Live; a test writes after `whenLive`, as a person can.
 */
export function openBoardLive(
	url: string,
	boardId: string,
	cookie: string,
	me: Me,
	page: Pick<BoardLiveOptions, 'initialControl' | 'firstScreen'> = {}
) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	class CookieSocket extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { headers: { cookie } });
			if (!address.includes('/control')) return;
			const emit = this.emit.bind(this);
			const queue: [string | symbol, unknown[]][] = [];
			let holding = true;
			this.emit = (event: string | symbol, ...args: unknown[]) =>
				holding ? queue.push([event, args]) > 0 : emit(event, ...args);
			void released.then(() => {
				holding = false;
				for (const [event, args] of queue.splice(0)) emit(event, ...args);
			});
		}
	}
	const live = new BoardLive(boardId, me, {
		...page,
		url,
		persist: false,
		WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket
	});
	controlHeld.set(live, release);
	return live;
}

/** Lets each binding's control doc arrive, then waits until every one is Live: synced, its mode known. */
export async function whenLive(...lives: BoardLive[]) {
	for (const live of lives) controlHeld.get(live)?.();
	await vi.waitFor(() => expect(lives.map((l) => l.state)).toEqual(lives.map(() => 'connected')), {
		timeout: 10_000
	});
}

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	synced: Promise<void>;
	closed: Promise<number>;
	/** every message the server sent this client, as received (what a modified client could read) */
	wire: Buffer[];
	destroy(): void;
}

/** A stock WebsocketProvider that sends `cookie` with its upgrade request. */
export function connect(url: string, docName: string, cookie: string): Client {
	const doc = new Y.Doc();
	const wire: Buffer[] = [];
	class CookieSocket extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { headers: { cookie } });
			this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
				wire.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
			});
		}
	}
	const provider = new WebsocketProvider(url, docName, doc, {
		WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 200
	});
	const synced = new Promise<void>((resolve) => provider.on('sync', (s: boolean) => s && resolve()));
	const closed = new Promise<number>((resolve) => provider.on('closed', (e: { code: number }) => resolve(e.code)));
	return {
		doc,
		provider,
		synced,
		closed,
		wire,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
}

export const guestCookie = (token: string) => `${boards.GUEST_COOKIE}=${token}`;

/** The HTTP status an upgrade gets (101 when accepted). */
export function upgradeStatus(url: string, docName: string, cookie: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${url}/${docName}`, { headers: { cookie } });
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', reject);
	});
}

export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 5000) {
	await vi.waitFor(
		() => {
			if (!condition()) throw new Error(`timed out waiting for ${what}`);
		},
		{ timeout: timeoutMs, interval: 10 }
	);
}

/** A document as the server holds it now (not any client's copy). */
export function serverRead<T>(sync: AppSync, docName: string, read: (doc: Y.Doc) => T): Promise<T> {
	let out!: T;
	return sync.writeDoc(docName, (doc) => void (out = read(doc))).then(() => out);
}

/** Waits until the server's copy of `docName` satisfies `condition`: the server has processed a client's change. */
export async function serverHas(sync: AppSync, docName: string, condition: (doc: Y.Doc) => boolean, what: string) {
	await vi.waitFor(
		async () => {
			if (!(await serverRead(sync, docName, condition))) throw new Error(`timed out waiting for ${what}`);
		},
		{ timeout: 5000, interval: 20 }
	);
}

/**
 * The positive signal before a check of absence: the server writes a marker into each client's document
 * and we wait until every client holds it. Whatever the server sent a client before (a leak, say) has
 * arrived by then, since a connection delivers in order.
 */
export async function markerReached(sync: AppSync, clients: Client[]) {
	if (clients.length === 0) throw new Error('markerReached needs a client');
	const key = randomBytes(4).toString('hex');
	for (const c of clients) await sync.writeDoc(c.provider.roomname, (doc) => doc.getMap('test-marker').set(key, true));
	await waitFor(() => clients.every((c) => c.doc.getMap('test-marker').has(key)), 'the marker to reach every client');
}

/** A number from the sync server's metrics (0 when absent). */
export const syncMetric = (sync: AppSync, name: string) => metric(sync.metrics(), name);

/**
 * How many document updates from clients the sync server has dealt with: accepted, dropped (read-only) or
 * rejected. Waiting for it to grow is the signal that a forged update has been processed.
 */
export function clientUpdatesHandled(sync: AppSync): number {
	const text = sync.metrics();
	const rejected = [...text.matchAll(/^samspil_sync_rejected_messages_total\{[^}]*\} (\S+)$/gm)].reduce(
		(sum, m) => sum + Number(m[1]),
		0
	);
	return (
		metric(text, 'samspil_sync_updates_in_total') +
		metric(text, 'samspil_sync_readonly_updates_dropped_total') +
		rejected
	);
}
