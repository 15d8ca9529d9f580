// The authorisation matrix, generated from the route tree: every page, endpoint and form action in
// src/routes × every role (admin, manager of the team, manager of another team, facilitator, member,
// guest, signed out) × own/other organisation, against the production server with two demo organisations.
// A route or action without a rule in RULES (or a rule for something that no longer exists) fails the test.
// HTTP only: Playwright's runner, no browser.
import { test, expect } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';
import { routeEntries, type RouteEntry } from './support/routes';
import { formsOf, type FormInfo } from './support/forms';
import { RULES, ROLES, type Role } from './authz-rules/index';
import { openDatabase, resolveParams, snapshot } from './support/authz-records';
import { DEMO_PASSWORD, authzClient, cookieFrom, outcomeOf } from './support/authz-http';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', RATE_LIMIT_SCALE: '10' });
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-4000));
});
test.afterAll(async () => {
	await server?.stop();
});

const { post, signIn } = authzClient(() => server.baseURL);

/** The demo's people (src/lib/server/demo/people.ts) by the role they play here; "the team" is Borgerservice. */
const LOCAL_PARTS: Record<Exclude<Role, 'guest' | 'anon'>, string> = {
	admin: 'admin',
	manager: 'mette.kjaergaard',
	otherManager: 'hanne.broendum',
	facilitator: 'anne.marie.berg',
	member: 'jonas.vestergaard'
};

interface Org {
	id: string;
	teamId: string;
	userIds: Record<string, string>;
	cookies: Record<Role, string>;
	params: Record<string, string>;
}

function concrete(pattern: string, org: Org): string {
	return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
		const scoped =
			name === 'collection'
				? `collection:${pattern.startsWith('/public') ? 'public' : 'app'}`
				: name === 'token' && pattern.startsWith('/verify')
					? 'token:verify'
					: name;
		const v = org.params[scoped];
		if (!v) throw new Error(`no record for [${name}] in ${pattern}: add a resolver`);
		return v;
	});
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
	expect(
		keys.filter((k) => !(k in RULES)),
		'routes/actions without a rule in test/e2e/authz-rules/'
	).toEqual([]);
	expect(
		Object.keys(RULES).filter((k) => !keys.includes(k)),
		'rules for routes/actions that no longer exist'
	).toEqual([]);

	// Two demo organisations, each with its five people signed in and a guest in an open workshop on the team's board.
	const demos = [await createDemoOrganisation(server.dataDir), await createDemoOrganisation(server.dataDir)];
	const orgs: Org[] = [];
	for (const demo of demos) {
		const domain = demo.email.split('@')[1];
		const db = openDatabase(server.dataDir);
		const orgId = db
			.prepare(`select m.org_id from memberships m join users u on u.id = m.user_id where u.email = ?`)
			.pluck()
			.get(demo.email) as string;
		const teamId = db
			.prepare(`select id from teams where org_id = ? and name = 'Borgerservice'`)
			.pluck()
			.get(orgId) as string;
		const userIds: Record<string, string> = {};
		for (const [role, local] of Object.entries(LOCAL_PARTS))
			userIds[role] = db.prepare(`select id from users where email = ?`).pluck().get(`${local}@${domain}`) as string;
		db.close();
		const cookies = { anon: '' } as Record<Role, string>;
		for (const [role, local] of Object.entries(LOCAL_PARTS)) cookies[role as Role] = await signIn(`${local}@${domain}`);
		// The demo's board of the team is an ended workshop; the admin starts a live one.
		const created = await post(
			'/boards?/create',
			[
				['title', 'Matrix workshop'],
				['teamId', teamId]
			],
			cookies.admin
		);
		expect(created.status).toBe(303);
		const reopened = openDatabase(server.dataDir);
		const params = resolveParams(reopened, orgId, teamId, userIds);
		reopened.close();
		orgs.push({ id: orgId, teamId, userIds, cookies, params });
	}
	for (const org of orgs) {
		const opened = await post(`/boards/${org.params.board}?/openSession`, [], org.cookies.admin);
		expect(opened.status).toBeLessThan(400);
		const db = openDatabase(server.dataDir);
		const code = db
			.prepare(`select code from board_sessions where board_id = ? and closed_at is null`)
			.pluck()
			.get(org.params.board) as string;
		db.close();
		const joined = await post(
			'/join',
			[
				['code', code],
				['name', 'Gæst']
			],
			''
		);
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
			const got = outcomeOf(
				await fetch(server.baseURL + url, {
					headers: { cookie: own.cookies[role], accept: 'text/html' },
					redirect: 'manual'
				})
			);
			if (got !== rule[role]) mismatches.push(`${key(e)} as ${role}: expected ${rule[role]}, got ${got} (${url})`);
			// Another organisation's record: refused to everyone signed in there; public pages answer alike.
			if (!e.pattern.includes('[') || role === 'anon') continue;
			const theirs = concrete(e.pattern, other);
			const res = await fetch(server.baseURL + theirs, {
				headers: { cookie: own.cookies[role], accept: 'text/html' },
				redirect: 'manual'
			});
			const crossed = outcomeOf(res);
			const expected = rule.other?.[role] ?? (rule.public ? rule[role] : 'refused');
			const ok =
				expected === 'refused'
					? crossed === 403 || crossed === 404 || (role === 'guest' && crossed === 'signin')
					: crossed === expected;
			if (!ok)
				mismatches.push(
					`${key(e)} as ${role} of the other organisation: expected ${expected}, got ${crossed} (${theirs})`
				);
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
	const before = snapshot(server.dataDir);
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
				// A refusal is 403 or 404 (or, for a guest, being sent to sign in); a 400 is not one.
				const refused = got === 403 || got === 404 || (role === 'guest' && got === 'signin');
				// An empty post (the admin's page shows no such form in the seeded state) names no record, so 403 and
				// 404 are both the honest refusal; with the admin's fields the exact code must match.
				const anyRefusal = expected === 'refused' || (fields.length === 0 && (expected === 403 || expected === 404));
				const ok = anyRefusal ? refused : got === expected;
				if (!ok)
					mismatches.push(
						`${key(e)} as ${role}${crossing ? ' of the other organisation' : ''}: expected ${expected}, got ${got} (${url} ${JSON.stringify(fields)})`
					);
			}
		}
	});
	const after = snapshot(server.dataDir);
	for (const t of new Set([...Object.keys(before), ...Object.keys(after)]))
		if (after[t] !== before[t])
			mismatches.push(`${t.startsWith('document ') ? t : `table ${t}`} changed during the refused form posts`);
	expect(mismatches).toEqual([]);
	expect(refusedPosts).toBeGreaterThan(500);
});

test('sign-in replaces the session the browser carried, and a change of role swaps the token on the next request', async () => {
	const demo = await createDemoOrganisation(server.dataDir);
	const member = `${LOCAL_PARTS.member}@${demo.email.split('@')[1]}`;
	const admin = demo.email;
	const db = openDatabase(server.dataDir);
	const memberId = db.prepare(`select id from users where email = ?`).pluck().get(member) as string;
	db.close();
	const status = async (cookie: string) =>
		outcomeOf(await fetch(server.baseURL + '/dashboard', { headers: { cookie }, redirect: 'manual' }));

	const first = await signIn(member);
	const again = await post(
		'/signin',
		[
			['email', member],
			['password', DEMO_PASSWORD]
		],
		first
	);
	const second = cookieFrom(again, 'samspil_session');
	expect(second).not.toBe(first);
	expect(await status(first)).toBe('signin');
	expect(await status(second)).toBe('ok');

	// The admin makes the member a facilitator: the member's next request carries a new token; the old one is dead.
	const changed = await post(
		'/members?/role',
		[
			['userId', memberId],
			['role', 'facilitator']
		],
		await signIn(admin)
	);
	expect(changed.status).toBe(200);
	const next = await fetch(server.baseURL + '/dashboard', { headers: { cookie: second }, redirect: 'manual' });
	expect(next.status).toBe(200);
	const third = cookieFrom(next, 'samspil_session');
	expect(third).not.toBe(second);
	expect(await status(second)).toBe('signin');
	expect(await status(third)).toBe('ok');
});
