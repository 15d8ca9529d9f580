// Connects the sync server to the app: who is connecting (session cookie, or the boards module's guest
// token in its HttpOnly cookie — never the URL, which proxies log), what each document name allows
// (resolvers registered per type) and who they are in the document's presence.
// The sync server itself stays free of these rules: it only sees `authorize`.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type * as Y from 'yjs';
import { app } from './app/context';
import { log } from './log';
import { config } from './config';
import { SESSION_COOKIE, sessionActor } from './auth/index';
import { teamInOrganisation } from './orgs/index';
import { GUEST_COOKIE, boardPresenceRole, guestPrincipal, registerBoardDocs } from './boards/index';
import { registerActionPlanDocs } from './actions/index';
import { registerSurveyLiveDocs } from './surveys/index';
import { registerBellDocs } from './notify/index';
import {
	createSyncServer,
	registerDocType,
	resolveDocPermission,
	type Authorization,
	type OpenConnection,
	type PresenceIdentity,
	type Principal,
	type SyncServerDeps
} from './sync/index';

export interface AppSync {
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	close(): Promise<void>;
	/** server-authored documents (`live/...`): applied, persisted, then broadcast */
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	/** call after a permission change (board locked, member removed) to apply it to open connections now */
	revalidate(predicate?: (connection: OpenConnection) => boolean): Promise<void>;
	/** deletes a document and those under it for good (a deleted board): connections, memory, storage */
	dropDocs(prefix: string): Promise<void>;
	/** Prometheus text for /metrics */
	metrics(): string;
	/** merges the logs of documents with updates older than `before` into their snapshots; returns how many */
	compactStale(before: Date): Promise<number>;
}

export async function createAppSync(options: Partial<SyncServerDeps> = {}): Promise<AppSync> {
	// Who may open which documents is registered per process; closing takes it back, so a sync server created later
	// in the same process (the integration tests share one per test file) starts from its own registrations.
	const unregister = [
		registerTeamLiveDocs(),
		registerBoardDocs(),
		// Modules with live projections (`live/<module>/...`) declare who may open their documents.
		registerActionPlanDocs(),
		registerSurveyLiveDocs(),
		registerBellDocs()
	];
	const sync = createSyncServer({
		db: app().db,
		authorize: authorizeRequest,
		// One check per session and document per sweep, however many tabs share them.
		authKey: (req, docName) => `${cookie(req, SESSION_COOKIE) ?? ''}\n${guestToken(req) ?? ''}\n${docName}`,
		clientIp,
		// The same origin check SvelteKit applies to form posts (adapter-node's ORIGIN, HOST_HEADER).
		origin: process.env.ORIGIN || undefined,
		host: requestHost,
		limits: config.syncLimits,
		coalesceMs: config.syncCoalesceMs,
		logger: log,
		...options
	});
	return {
		...sync,
		async close() {
			try {
				await sync.close();
			} finally {
				for (const fn of unregister) fn();
			}
		}
	};
}

/** Behind a proxy, the per-IP limit needs the client's address: adapter-node's ADDRESS_HEADER and XFF_DEPTH. */
function clientIp(req: IncomingMessage): string {
	const header = process.env.ADDRESS_HEADER?.toLowerCase();
	const value = header ? req.headers[header] : undefined;
	if (typeof value === 'string' && value) {
		if (header !== 'x-forwarded-for') return value.trim();
		const hops = value.split(',').map((h) => h.trim());
		const depth = Number(process.env.XFF_DEPTH ?? 1);
		return hops[hops.length - depth] ?? hops[0];
	}
	return req.socket.remoteAddress ?? 'unknown';
}

/** The request's host as adapter-node reads it: HOST_HEADER behind a proxy, else Host. */
function requestHost(req: IncomingMessage): string | undefined {
	const header = process.env.HOST_HEADER?.toLowerCase();
	const value = header ? req.headers[header] : undefined;
	return typeof value === 'string' && value ? value : req.headers.host;
}

/** `live/team/<teamId>`: the team's schedule and activity, readable by everyone in its organisation. */
export function registerTeamLiveDocs() {
	return registerDocType('live/team', async (principal, teamId) => {
		if (principal.kind !== 'user') return 'none';
		return (await teamInOrganisation(teamId, principal.actor.orgId)) ? 'read' : 'none';
	});
}

export async function authorizeRequest(
	req: IncomingMessage,
	docName: string,
	purpose: 'upgrade' | 'revalidate' = 'upgrade'
): Promise<Authorization> {
	const principal = purpose === 'revalidate' ? await recentPrincipalOf(req) : await principalOf(req);
	if (!principal) return { permission: 'none', status: 401 };
	const permission = await resolveDocPermission(principal, docName);
	if (permission === 'none') return { permission, principal, status: 403 };
	// Looked up when a connection opens; a revalidation keeps it (a role rarely changes mid-workshop).
	return { permission, principal, presence: purpose === 'upgrade' ? await presenceOf(principal, docName) : undefined };
}

/** Name and role as the server knows them; the board decides who facilitates it. */
async function presenceOf(principal: Principal, docName: string): Promise<PresenceIdentity> {
	const [type, boardId] = docName.split('/');
	const role =
		type === 'board' && boardId
			? await boardPresenceRole(principal, boardId)
			: principal.kind === 'guest'
				? 'guest'
				: 'member';
	return principal.kind === 'user'
		? { id: principal.actor.userId, name: principal.actor.name, role }
		: { id: principal.guestId, name: principal.name ?? '', role };
}

/**
 * The once-a-second revalidation asks about every open connection; one person often has several (tabs,
 * documents). Their session is looked up once per sweep, not once per connection.
 */
const recent = new Map<string, { at: number; principal: Promise<Principal | null> }>();
const recentMs = 500;

function recentPrincipalOf(req: IncomingMessage): Promise<Principal | null> {
	const key = `${cookie(req, SESSION_COOKIE) ?? ''}\n${guestToken(req) ?? ''}`;
	const now = Date.now();
	const hit = recent.get(key);
	if (hit && now - hit.at < recentMs) return hit.principal;
	if (recent.size > 10_000) for (const [k, v] of recent) if (now - v.at >= recentMs) recent.delete(k);
	const principal = principalOf(req);
	recent.set(key, { at: now, principal });
	principal.catch(() => recent.delete(key));
	return principal;
}

async function principalOf(req: IncomingMessage): Promise<Principal | null> {
	const token = cookie(req, SESSION_COOKIE);
	if (token) {
		const actor = await sessionActor(token);
		if (actor) return { kind: 'user', actor };
	}
	const guest = guestToken(req);
	if (guest) return guestPrincipal(guest);
	return null;
}

/**
 * Workshop participants (no account) carry the token the join page set as an HttpOnly cookie. Only there:
 * a token in the URL (`?guest=`) would end up in proxy and access logs.
 */
function guestToken(req: IncomingMessage): string | undefined {
	return cookie(req, GUEST_COOKIE);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
	const header = req.headers.cookie;
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim());
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}
