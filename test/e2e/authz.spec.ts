// The authorisation matrix, generated from the route tree: every page, endpoint and form action in
// src/routes × every role (admin, manager of the team, manager of another team, facilitator, member,
// guest, signed out) × own/other organisation, against the production server with two demo organisations.
// A route or action without a rule in RULES (or a rule for something that no longer exists) fails the test.
// HTTP only: Playwright's runner, no browser.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import path from 'node:path';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';
import { routeEntries, type RouteEntry } from './support/routes';
import { formsOf, type FormInfo } from './support/forms';
import { RULES, ROLES, type Role, type Outcome } from './authz.rules';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', RATE_LIMIT_SCALE: '10' });
});
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-4000));
});
test.afterAll(async () => {
	await server?.stop();
});

const DEMO_PASSWORD = 'samspil-demo';
/** The demo's people (src/lib/server/demo/people.ts) by the role they play here; "the team" is Borgerservice. */
const LOCAL_PARTS: Record<Exclude<Role, 'guest' | 'anon'>, string> = {
	admin: 'admin',
	manager: 'mette.kjaergaard',
	otherManager: 'hanne.broendum',
	facilitator: 'anne.marie.berg',
	member: 'jonas.vestergaard'
};
const BOGUS = 'AAAAAAAAAAAAAAAAAAAAAA';

interface Org {
	id: string;
	teamId: string;
	userIds: Record<string, string>;
	cookies: Record<Role, string>;
	params: Record<string, string>;
}

function sqlite() {
	return new Database(path.join(server.dataDir, 'samspil.db'), { readonly: true, fileMustExist: true });
}

async function post(url: string, body: URLSearchParams | [string, string][], cookie: string): Promise<Response> {
	// A reused keep-alive connection the server has just closed resets once in a while under load; the post never arrived.
	return send(url, body, cookie).catch((e) => (e?.cause?.code === 'ECONNRESET' ? send(url, body, cookie) : Promise.reject(e)));
}

function send(url: string, body: URLSearchParams | [string, string][], cookie: string) {
	return fetch(server.baseURL + url, {
		method: 'POST',
		body: body instanceof URLSearchParams ? body : new URLSearchParams(body),
		headers: { cookie, origin: server.baseURL, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		redirect: 'manual'
	});
}

function cookieFrom(res: Response, name: string): string {
	const c = res.headers.getSetCookie().find((s) => s.startsWith(name + '='));
	if (!c) throw new Error(`no ${name} cookie (status ${res.status})`);
	return c.split(';')[0];
}

async function signIn(email: string) {
	const res = await post('/signin', [['email', email], ['password', DEMO_PASSWORD]], '');
	expect(res.status, `sign-in of ${email}`).toBe(303);
	return cookieFrom(res, 'samspil_session');
}

/** Concrete records of one organisation for each route parameter, chosen so "the team" (Borgerservice) owns them. */
function resolveParams(db: Database.Database, orgId: string, teamId: string, users: Record<string, string>): Record<string, string> {
	const one = (q: string, ...args: unknown[]) => (db.prepare(q).pluck().get(...args) as string | undefined) ?? BOGUS;
	const board = one(`select id from boards where org_id = ? and team_id = ? and status = 'active' order by created_by = ? desc, id limit 1`, orgId, teamId, users.admin);
	const survey = one(`select s.id from surveys s join survey_rounds r on r.survey_id = s.id join survey_round_teams t on t.round_id = r.id where s.org_id = ? and t.team_id = ? order by s.id limit 1`, orgId, teamId);
	const programme = one(`select id from learning_programmes where org_id = ? and team_id = ? order by id limit 1`, orgId, teamId);
	return {
		team: teamId,
		board,
		format: 'markdown',
		survey,
		question: one(`select id from survey_questions where survey_id = ? order by position limit 1`, survey),
		round: one(`select r.id from survey_rounds r join survey_round_teams t on t.round_id = r.id where r.org_id = ? and t.team_id = ? order by r.closed_at is not null, r.id limit 1`, orgId, teamId),
		programme,
		pair: one(`select id from learning_pairs where programme_id = ? order by id limit 1`, programme),
		feedback: one(`select id from learning_feedback where org_id = ? order by (giver_id = ? or receiver_id = ?) desc, id limit 1`, orgId, users.member, users.member),
		module: one(`select id from bite_modules where org_id = ? and published = 1 order by id limit 1`, orgId),
		'collection:app': one(`select id from bite_collections where org_id = ? order by id limit 1`, orgId),
		'collection:public': one(`select public_token from bite_collections where org_id = ? and public_token is not null order by id limit 1`, orgId),
		credential: one(`select id from bite_credentials where org_id = ? order by holder_id = ? desc, id limit 1`, orgId, users.member),
		media: one(`select id from bite_media where org_id = ? order by id limit 1`, orgId),
		item: one(`select id from action_items where org_id = ? and team_id = ? order by id limit 1`, orgId, teamId),
		id: one(`select 'custom-' || id from action_custom where org_id = ? order by id limit 1`, orgId),
		org: orgId,
		achievement: one(`select id from bite_credential_defs where org_id = ? order by id limit 1`, orgId),
		'token:verify': one(`select share_token from bite_credentials where org_id = ? and share_token is not null limit 1`, orgId),
		token: BOGUS
	};
}

function concrete(pattern: string, org: Org): string {
	return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
		const scoped = name === 'collection' ? `collection:${pattern.startsWith('/public') ? 'public' : 'app'}` : name === 'token' && pattern.startsWith('/verify') ? 'token:verify' : name;
		const v = org.params[scoped];
		if (!v) throw new Error(`no record for [${name}] in ${pattern}: add a resolver`);
		return v;
	});
}

function outcomeOf(res: Response): Outcome | number {
	const location = res.headers.get('location') ?? '';
	if (res.status >= 300 && res.status < 400) return location.startsWith('/signin') ? 'signin' : 'redirect';
	if (res.status < 300) return 'ok';
	return res.status;
}

/** Every row of every table but sessions (sliding expiry touches them), hashed per table. */
function snapshot(): Record<string, string> {
	const db = sqlite();
	try {
		// Sync documents are compared by content, not storage: a room compacting its log into a snapshot after
		// an allowed page read it rewrites both tables without changing what the document holds.
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('sessions', 'doc_updates', 'doc_snapshots', 'job_leases', 'job_runs') order by name`)
			.pluck()
			.all() as string[];
		const hashes = Object.fromEntries(
			tables.map((t) => {
				const rows = (db.prepare(`select * from "${t}"`).raw().all() as unknown[]).map((r) => JSON.stringify(r)).sort();
				return [t, createHash('sha256').update(rows.join('\n')).digest('hex')];
			})
		);
		const docs = new Map<string, Y.Doc>();
		const docOf = (name: string) => docs.get(name) ?? docs.set(name, new Y.Doc({ gc: false })).get(name)!;
		for (const r of db.prepare('select doc, data from doc_snapshots').all() as { doc: string; data: Buffer }[]) Y.applyUpdate(docOf(r.doc), r.data);
		for (const r of db.prepare('select doc, data from doc_updates order by id').all() as { doc: string; data: Buffer }[]) Y.applyUpdate(docOf(r.doc), r.data);
		for (const [name, doc] of [...docs].sort(([a], [b]) => (a < b ? -1 : 1))) {
			hashes[`document ${name}`] = createHash('sha256').update(Y.encodeSnapshot(Y.snapshot(doc))).digest('hex');
		}
		return hashes;
	} finally {
		db.close();
	}
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

const key = (e: RouteEntry) => (e.action ? `POST ${e.pattern}?/${e.action}` : `${e.method} ${e.pattern}`);

test('every route and form action answers each role as the matrix says, in its own and another organisation', async () => {
	test.setTimeout(600_000);
	const entries = routeEntries('src/routes');

	// The table and the route tree agree: nothing unruled, nothing stale.
	const keys = entries.map(key);
	expect(keys.filter((k) => !(k in RULES)), 'routes/actions without a rule in test/e2e/authz.rules.ts').toEqual([]);
	expect(Object.keys(RULES).filter((k) => !keys.includes(k)), 'rules for routes/actions that no longer exist').toEqual([]);

	// Two demo organisations, each with its five people signed in and a guest in an open workshop on the team's board.
	const demos = [await createDemoOrganisation(server.dataDir), await createDemoOrganisation(server.dataDir)];
	const orgs: Org[] = [];
	for (const demo of demos) {
		const domain = demo.email.split('@')[1];
		const db = sqlite();
		const orgId = db.prepare(`select m.org_id from memberships m join users u on u.id = m.user_id where u.email = ?`).pluck().get(demo.email) as string;
		const teamId = db.prepare(`select id from teams where org_id = ? and name = 'Borgerservice'`).pluck().get(orgId) as string;
		const userIds: Record<string, string> = {};
		for (const [role, local] of Object.entries(LOCAL_PARTS))
			userIds[role] = db.prepare(`select id from users where email = ?`).pluck().get(`${local}@${domain}`) as string;
		db.close();
		const cookies = { anon: '' } as Record<Role, string>;
		for (const [role, local] of Object.entries(LOCAL_PARTS)) cookies[role as Role] = await signIn(`${local}@${domain}`);
		// The demo's board of the team is an ended workshop; the admin starts a live one.
		const created = await post('/boards?/create', [['title', 'Matrix workshop'], ['teamId', teamId]], cookies.admin);
		expect(created.status).toBe(303);
		const reopened = sqlite();
		const params = resolveParams(reopened, orgId, teamId, userIds);
		reopened.close();
		orgs.push({ id: orgId, teamId, userIds, cookies, params });
	}
	for (const org of orgs) {
		const opened = await post(`/boards/${org.params.board}?/openSession`, [], org.cookies.admin);
		expect(opened.status).toBeLessThan(400);
		const db = sqlite();
		const code = db.prepare(`select code from board_sessions where board_id = ? and closed_at is null`).pluck().get(org.params.board) as string;
		db.close();
		const joined = await post('/join', [['code', code], ['name', 'Gæst']], '');
		expect(joined.headers.get('location')).toBe(`/join/${org.params.board}`);
		org.cookies.guest = cookieFrom(joined, 'samspil_guest');
	}
	const [own, other] = orgs;

	// Pages and endpoints (GET): each role of organisation A on A's records, then on B's.
	const mismatches: string[] = [];
	const gets = entries.filter((e) => !e.action && e.method === 'GET');
	await inBatches(gets, 4, async (e) => {
		const rule = RULES[key(e)];
		for (const role of ROLES) {
			const url = concrete(e.pattern, own);
			const got = outcomeOf(await fetch(server.baseURL + url, { headers: { cookie: own.cookies[role], accept: 'text/html' }, redirect: 'manual' }));
			if (got !== rule[role]) mismatches.push(`${key(e)} as ${role}: expected ${rule[role]}, got ${got} (${url})`);
			// Another organisation's record: refused to everyone signed in there; public pages answer alike.
			if (!e.pattern.includes('[') || role === 'anon') continue;
			const theirs = concrete(e.pattern, other);
			const res = await fetch(server.baseURL + theirs, { headers: { cookie: own.cookies[role], accept: 'text/html' }, redirect: 'manual' });
			const crossed = outcomeOf(res);
			const expected = rule.other?.[role] ?? (rule.public ? rule[role] : 'refused');
			const ok = expected === 'refused' ? crossed === 403 || crossed === 404 || (role === 'guest' && crossed === 'signin') : crossed === expected;
			if (!ok) mismatches.push(`${key(e)} as ${role} of the other organisation: expected ${expected}, got ${crossed} (${theirs})`);
		}
	});

	// Forms as the admin sees them on each page, so refused posts carry realistic fields (ids included).
	const forms = new Map<string, FormInfo>();
	const pagesWithActions = [...new Set(entries.filter((e) => e.action).map((e) => e.pattern))];
	for (const org of orgs)
		for (const pattern of pagesWithActions) {
			const url = concrete(pattern, org);
			const res = await fetch(server.baseURL + url, { headers: { cookie: org.cookies.admin }, redirect: 'manual' });
			if (res.status !== 200) continue;
			for (const f of formsOf(await res.text(), url)) {
				const k = `${org.id} ${pattern}?/${f.action}`;
				if (!forms.has(k)) forms.set(k, f);
			}
		}

	// Form actions: every role the matrix refuses posts (with a valid Origin) and is refused; nothing changes.
	const before = snapshot();
	let refusedPosts = 0;
	const actions = entries.filter((e) => e.action);
	await inBatches(actions, 4, async (e) => {
		const rule = RULES[key(e)];
		for (const role of ROLES) {
			for (const [org, crossing] of [
				[own, false],
				[other, true]
			] as const) {
				if (crossing && (role === 'anon' || rule.public)) continue;
				const expected = crossing ? 'refused' : rule[role];
				if (expected === 'ok' || expected === 'redirect') continue; // allowed: not replayed, it would change data
				const fields = forms.get(`${org.id} ${e.pattern}?/${e.action}`)?.fields ?? [];
				// Forms on pages without a parameter act on the caller's own organisation unless they name a record.
				if (crossing && !e.pattern.includes('[') && !fields.some(([, v]) => /^[A-Za-z0-9_-]{22}$/.test(v))) continue;
				const url = concrete(e.pattern, org) + (e.action === 'default' ? '' : `?/${e.action}`);
				const got = outcomeOf(await post(url, fields, own.cookies[role]));
				refusedPosts++;
				const refused = got === 403 || got === 404 || (role === 'guest' && got === 'signin') || (!!rule.inputFirst && got === 400);
				const ok = expected === 'refused' ? refused : got === expected || (!!rule.inputFirst && got === 400);
				if (!ok) mismatches.push(`${key(e)} as ${role}${crossing ? ' of the other organisation' : ''}: expected ${expected}, got ${got} (${url} ${JSON.stringify(fields)})`);
			}
		}
	});
	const after = snapshot();
	for (const t of new Set([...Object.keys(before), ...Object.keys(after)])) if (after[t] !== before[t]) mismatches.push(`${t.startsWith('document ') ? t : `table ${t}`} changed during the refused form posts`);
	expect(mismatches).toEqual([]);
	expect(refusedPosts).toBeGreaterThan(500);
});

test('sign-in replaces the session the browser carried, and a change of role swaps the token on the next request', async () => {
	const demo = await createDemoOrganisation(server.dataDir);
	const member = `${LOCAL_PARTS.member}@${demo.email.split('@')[1]}`;
	const admin = demo.email;
	const db = sqlite();
	const memberId = db.prepare(`select id from users where email = ?`).pluck().get(member) as string;
	db.close();
	const status = async (cookie: string) => outcomeOf(await fetch(server.baseURL + '/dashboard', { headers: { cookie }, redirect: 'manual' }));

	const first = await signIn(member);
	const again = await post('/signin', [['email', member], ['password', DEMO_PASSWORD]], first);
	const second = cookieFrom(again, 'samspil_session');
	expect(second).not.toBe(first);
	expect(await status(first)).toBe('signin');
	expect(await status(second)).toBe('ok');

	// The admin makes the member a facilitator: the member's next request carries a new token; the old one is dead.
	const changed = await post('/members?/role', [['userId', memberId], ['role', 'facilitator']], await signIn(admin));
	expect(changed.status).toBe(200);
	const next = await fetch(server.baseURL + '/dashboard', { headers: { cookie: second }, redirect: 'manual' });
	expect(next.status).toBe(200);
	const third = cookieFrom(next, 'samspil_session');
	expect(third).not.toBe(second);
	expect(await status(second)).toBe('signin');
	expect(await status(third)).toBe('ok');
});
