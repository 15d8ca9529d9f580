// The SCIM endpoint's rules against both databases (the HTTP round trip as Entra ID sends it is test/e2e/scim.spec.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { rotateScimToken, scimRequest } from '../../../src/lib/server/people/index';
import { loadActor, signIn, createSession, validateSession } from '../../../src/lib/server/auth/index';
import { Invalid } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let n = 0;

function client(token: string) {
	return async (method: string, path: string, body?: unknown) => {
		const url = new URL(`https://samspil.test/scim/v2${path}`);
		const [, resource, id] = url.pathname.replace('/scim/v2', '').split('/');
		const res = await scimRequest(
			new Request(url, {
				method,
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
				body: body ? JSON.stringify(body) : undefined
			}),
			url,
			`10.0.0.${++n % 250}`,
			resource as 'Users',
			id ?? null
		);
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	};
}

describe('SCIM', () => {
	it("creates, finds, patches and deactivates people of the token's organisation only", async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const other = await makeOrg();
		const otherAdmin = await makePerson(other.id, { role: 'admin' });
		const scim = client((await rotateScimToken(admin)).token);
		const theirs = client((await rotateScimToken(otherAdmin)).token);

		const created = await scim('POST', '/Users', {
			userName: 'Nanna.Nielsen@Example.test',
			name: { givenName: 'Nanna', familyName: 'Nielsen' },
			externalId: 'e-1'
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ userName: 'nanna.nielsen@example.test', displayName: 'Nanna Nielsen' });
		const id = created.body.id;
		const found = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "e-1"')}`);
		expect(found.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
		expect((await theirs('GET', `/Users/${id}`)).status).toBe(404);
		expect((await theirs('GET', `/Users?filter=${encodeURIComponent('externalId eq "e-1"')}`)).body.totalResults).toBe(
			0
		);
		expect((await scim('GET', '/Users?filter=title%20sw%20%22x%22')).body).toMatchObject({ scimType: 'invalidFilter' });

		// A provisioned account has no password that could match.
		await expect(signIn({ email: 'nanna.nielsen@example.test', password: '', ip: '10.1.1.1' })).rejects.toBeInstanceOf(
			Invalid
		);

		// Deactivating an existing member ends their session and their sign-in.
		const session = await createSession(member.userId, org.id);
		const off = await scim('PATCH', `/Users/${member.userId}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'Replace', path: 'active', value: 'False' }]
		});
		expect(off.body.active).toBe(false);
		expect(await validateSession(session.token)).toBeNull();
		expect(await loadActor(member.userId, org.id)).toBeNull();
		const refused = await signIn({ email: member.email, password: member.password, ip: '10.1.1.2' }).catch((e) => e);
		expect(refused).toBeInstanceOf(Invalid);
		expect(refused.key).toBe('error_account_deactivated');
		await scim('PATCH', `/Users/${member.userId}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'replace', value: { active: true } }]
		});
		expect(await loadActor(member.userId, org.id)).not.toBeNull();
	});

	it('refuses an address that has an account elsewhere, and never renames an account shared with another organisation', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const outsider = await makePerson((await makeOrg()).id);
		const scim = client((await rotateScimToken(admin)).token);
		const taken = await scim('POST', '/Users', { userName: outsider.email });
		expect(taken.status).toBe(409);
		expect(taken.body).toMatchObject({ status: '409', scimType: 'uniqueness' });
		// the admin themselves also belongs to nobody else here, but a consultant in two organisations does
		const consultant = await makePerson(org.id);
		const { addMembership } = await import('../../../src/lib/server/orgs/index');
		await addMembership(outsider.orgId, consultant.userId, 'member');
		const patched = await scim('PATCH', `/Users/${consultant.userId}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'attacker@example.test' }]
		});
		expect(patched.body.userName).toBe(consultant.email);
	});

	it('maps groups to teams and adds and removes only its own people', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const stranger = await makePerson((await makeOrg()).id);
		const scim = client((await rotateScimToken(admin)).token);
		const group = await scim('POST', '/Groups', { displayName: 'Hjemmeplejen', externalId: 'g-1' });
		expect(group.status).toBe(201);
		const gid = group.body.id;
		const added = await scim('PATCH', `/Groups/${gid}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'Add', path: 'members', value: [{ value: member.userId }] }]
		});
		expect(added.body.members.map((m: { value: string }) => m.value)).toEqual([member.userId]);
		const foreign = await scim('PATCH', `/Groups/${gid}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'Add', path: 'members', value: [{ value: stranger.userId }] }]
		});
		expect(foreign.status).toBe(400);
		const removed = await scim('PATCH', `/Groups/${gid}`, {
			schemas: [PATCH_OP],
			Operations: [{ op: 'remove', path: `members[value eq "${member.userId}"]` }]
		});
		expect(removed.body.members).toEqual([]);
		expect((await scim('POST', '/Groups', { displayName: 'Hjemmeplejen' })).status).toBe(409);
	});
});
