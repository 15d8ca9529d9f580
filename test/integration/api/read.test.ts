// The read API against both databases: every endpoint, for a member, a team manager and an admin of one demo
// organisation and the admin of another, answers exactly what the page's own module function gives that person
// (the same ids, or the same refusal); tokens are kept hashed, revoked ones and missing scopes are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { apiGet, demoOrg, type DemoOrg } from './support';
import {
	createOrganisationToken,
	createPersonalToken,
	revokePersonalToken,
	RESOURCES,
	SCOPES
} from '../../../src/lib/server/api/index';
import * as auth from '../../../src/lib/server/auth/index';
import * as orgs from '../../../src/lib/server/orgs/index';
import * as learning from '../../../src/lib/server/learning/index';
import * as actions from '../../../src/lib/server/actions/index';
import * as bites from '../../../src/lib/server/bites/index';
import { DomainError } from '../../../src/lib/server/errors';
import { db } from '../../../src/lib/server/db/current';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { app } from '../../../src/lib/server/app/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let sync: AppSync;
let a: DemoOrg;
let b: DemoOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	a = await demoOrg();
	b = await demoOrg();
}, 120_000);
afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
});

type Params = Record<string, string>;

/** What each page shows, through the module function its route calls: the ids listed, or the refusal. */
const PAGES: Record<string, (actor: Actor, p: Params) => Promise<string[]>> = {
	'/people': async (x) => (await auth.membersOverview(x)).members.map((m) => m.id),
	'/teams': async (x) => (await orgs.teamsOverview(x)).teams.map((t) => t.id),
	'/teams/{team}': async (x, p) => (await orgs.teamOverview(x, p.team)).members.map((m) => m.id),
	'/teams/{team}/actions': async (x, p) => (await actions.planPage(x, p.team, null)).items.map((i) => i.id),
	'/actions': async (x) => (await actions.actionsHome(x)).plans.map((p) => p.id),
	'/programmes': async (x) => (await learning.learningHome(x)).programmes.map((p) => p.id),
	'/programmes/{programme}': async (x, p) =>
		(await learning.programmePage(x, p.programme)).participants.map((q) => q.userId),
	'/credentials': async (x) => (await bites.manageCredentialsPage(x)).issued.map((c) => c.id),
	'/me/credentials': async (x) => (await bites.listMyCredentials(x)).map((c) => c.id),
	'/me/bites': async (x) => (await bites.bitesHome(x)).library.map((m) => m.id)
};

async function pageSays(actor: Actor, path: string, params: Params): Promise<number | string[]> {
	try {
		return (await PAGES[path](actor, params)).sort();
	} catch (e) {
		if (e instanceof DomainError) return e.status;
		throw e;
	}
}

/** Every id the API lists, page by page (2 at a time, so paging is walked), or its refusal. */
async function apiSays(token: string, path: string, params: Params): Promise<number | string[]> {
	const resource = RESOURCES.find((r) => r.path === path)!;
	if (!resource.list) {
		const { status, body } = await apiGet(token, path, params);
		if (status !== 200) return status;
		return (body.members ?? body.participants).map((m: { id: string }) => m.id).sort();
	}
	const ids: string[] = [];
	let cursor: string | null = null;
	do {
		const { status, body } = await apiGet(token, path, params, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
		if (status !== 200) return status;
		expect(body.data.length).toBeLessThanOrEqual(2);
		ids.push(...body.data.map((d: { id: string }) => d.id));
		cursor = body.next;
	} while (cursor);
	return ids.sort();
}

async function paramsOf(org: DemoOrg): Promise<Params> {
	const team = Object.keys(org.manager.teams)[0];
	const programme = (await learning.listProgrammes(org.admin)).find((p) => p.team_id === team)!;
	return { team, programme: programme.id };
}

describe('the read API', () => {
	it('answers every endpoint exactly as the page does, for each role and across organisations', async () => {
		const own = await paramsOf(a);
		const theirs = await paramsOf(b);
		const people: [string, Actor][] = [
			['member', a.member],
			['manager', a.manager],
			['admin', a.admin],
			["the other organisation's admin", b.admin]
		];
		let compared = 0;
		const statuses = new Set<number | string>();
		for (const [role, actor] of people) {
			const { token } = await createPersonalToken(actor, { name: 'all', scopes: [...SCOPES] });
			for (const r of RESOURCES) {
				for (const params of r.path.includes('{') ? [own, theirs] : [{}]) {
					const expected = await pageSays(actor, r.path, params);
					const got = await apiSays(token, r.path, params);
					expect(got, `${r.path} as ${role} with ${JSON.stringify(params)}`).toEqual(expected);
					statuses.add(Array.isArray(expected) ? (expected.length ? 'some' : 'none') : expected);
					compared++;
				}
			}
		}
		expect(compared).toBe(4 * (RESOURCES.length + RESOURCES.filter((r) => r.path.includes('{')).length));
		// the comparison met records, refusals and strangers' ids alike (it would prove little on empty lists)
		for (const seen of [403, 404, 'some']) expect(statuses).toContain(seen);
	});

	it("gives an organisation token its admin's view, and no one's own learning", async () => {
		const { token } = await createOrganisationToken(a.admin, { name: 'hr', scopes: ['people:read', 'teams:read'] });
		const people = await apiGet(token, '/people', {}, '?limit=200');
		expect(people.status).toBe(200);
		expect(people.body.data.map((p: { id: string }) => p.id).sort()).toEqual(
			(await auth.membersOverview(a.admin)).members.map((m) => m.id).sort()
		);
		// the other organisation's team is not found, whatever the token's rights
		expect((await apiGet(token, '/teams/{team}', { team: Object.keys(b.manager.teams)[0] })).status).toBe(404);
		// a scope it was not given
		expect((await apiGet(token, '/programmes')).status).toBe(403);
		// bites:read is not an organisation scope: asking for it gives a token without it
		const { token: t2 } = await createOrganisationToken(a.admin, { name: 'x', scopes: ['bites:read', 'teams:read'] });
		expect((await apiGet(t2, '/me/bites')).status).toBe(403);
		// an organisation token stops when its maker is no longer an admin
		const second = await demoOrgAdmin(a);
		const { token: t3 } = await createOrganisationToken(second, { name: 'y', scopes: ['teams:read'] });
		expect((await apiGet(t3, '/teams')).status).toBe(200);
		await orgs.setMemberRole(a.admin, second.userId, 'member');
		expect((await apiGet(t3, '/teams')).status).toBe(401);
	});

	it('keeps only a hash of a token, refuses it once revoked, and records when it was last used', async () => {
		const { id, token } = await createPersonalToken(a.member, { name: 'mine', scopes: ['teams:read'] });
		const row = await db().selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.last_used_at).toBeNull();
		// no column holds the token or the random part of it
		for (const value of Object.values(row)) expect(String(value)).not.toContain(token.slice(8));
		expect(row.token_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);

		expect((await apiGet(token, '/teams')).status).toBe(200);
		const used = await db().selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirst();
		expect(used?.last_used_at).not.toBeNull();
		// a scope it lacks: 403, with a reason
		const refused = await apiGet(token, '/programmes');
		expect(refused).toMatchObject({ status: 403, body: { error: { status: 403 } } });

		await revokePersonalToken(a.member, id);
		expect((await apiGet(token, '/teams')).status).toBe(401);
		expect((await apiGet(null, '/teams')).status).toBe(401);
		expect((await apiGet('smp_not-a-token', '/teams')).status).toBe(401);
		expect((await apiGet(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), '/teams')).status).toBe(401);
		// another person cannot revoke it (or even find it)
		const other = await createPersonalToken(a.manager, { name: 'theirs', scopes: ['teams:read'] });
		await expect(revokePersonalToken(a.member, other.id)).rejects.toMatchObject({ status: 404 });
	});

	it('refuses a bad limit or cursor with 400', async () => {
		const { token } = await createPersonalToken(a.admin, { name: 'paging', scopes: ['teams:read'] });
		expect((await apiGet(token, '/teams', {}, '?limit=0')).status).toBe(400);
		expect((await apiGet(token, '/teams', {}, '?limit=201')).status).toBe(400);
		expect((await apiGet(token, '/teams', {}, '?cursor=nothing')).status).toBe(400);
	});

	it('answers 50 requests at once with one token, each the same', async () => {
		const { id, token } = await createPersonalToken(a.manager, { name: 'busy', scopes: ['teams:read'] });
		const answers = await Promise.all(Array.from({ length: 50 }, () => apiGet(token, '/teams', {}, '?limit=200')));
		expect(answers.map((x) => x.status)).toEqual(Array(50).fill(200));
		for (const x of answers) expect(x.body).toEqual(answers[0].body);
		const row = await db().selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirst();
		expect(row?.last_used_at).not.toBeNull();
	});
});

/** A second admin of the organisation (Jonas's colleague Mette made admin for the test's sake). */
async function demoOrgAdmin(org: DemoOrg): Promise<Actor> {
	await orgs.setMemberRole(org.admin, org.manager.userId, 'admin');
	return (await auth.loadActor(org.manager.userId, org.orgId))!;
}
