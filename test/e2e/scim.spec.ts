// SCIM 2.0 provisioning as Entra ID does it, over real HTTP against the production build: an admin makes the
// organisation's token on the settings page; the identity provider looks a person up by filter, creates them,
// patches them with Entra's own bodies, deactivates them (who then cannot sign in and loses their session), and
// manages a group. A wrong token is 401; another organisation's token finds none of these people. No browser.
import { test, expect } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';
import { DEMO_PASSWORD, authzClient } from './support/authz-http';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-4000));
});
test.afterAll(async () => {
	await server?.stop();
});

const { post, signIn } = authzClient(() => server.baseURL);
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The admin presses "Create a secret token" on the settings page; the page shows it once. */
async function scimToken(adminEmail: string) {
	const cookie = await signIn(adminEmail);
	const res = await post('/settings?/scimToken', [], cookie);
	expect(res.status).toBe(200);
	const token = (await res.text()).match(/scim_[A-Za-z0-9_-]{43}/)?.[0];
	expect(token).toBeTruthy();
	return token!;
}

function scim(token: string) {
	return async (method: string, path: string, body?: unknown) => {
		const res = await fetch(`${server.baseURL}/scim/v2${path}`, {
			method,
			headers: {
				authorization: `Bearer ${token}`,
				accept: 'application/scim+json',
				...(body ? { 'content-type': 'application/scim+json' } : {})
			},
			body: body ? JSON.stringify(body) : undefined
		});
		const text = await res.text();
		return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null };
	};
}

test('Entra ID provisions, updates and deactivates people and groups of its own organisation only', async () => {
	test.setTimeout(240_000);
	const a = await createDemoOrganisation(server.dataDir);
	const b = await createDemoOrganisation(server.dataDir);
	const domain = a.email.split('@')[1];
	const tokenA = await scimToken(a.email);
	const tokenB = await scimToken(b.email);
	const entraA = scim(tokenA);
	const entraB = scim(tokenB);

	// Discovery, and the content type of every answer.
	const config = await entraA('GET', '/ServiceProviderConfig');
	expect(config.status).toBe(200);
	expect(config.type).toContain('application/scim+json');
	expect(config.body.patch.supported).toBe(true);

	// Entra looks the person up before creating them: nobody yet.
	const email = `ny.medarbejder@${domain}`;
	const none = await entraA('GET', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`);
	expect(none.status).toBe(200);
	expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

	// Entra's create request (its documented shape).
	const created = await entraA('POST', '/Users', {
		schemas: [
			'urn:ietf:params:scim:schemas:core:2.0:User',
			'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'
		],
		externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
		userName: email,
		active: true,
		emails: [{ primary: true, type: 'work', value: email }],
		meta: { resourceType: 'User' },
		name: { formatted: 'Nanna Nielsen', familyName: 'Nielsen', givenName: 'Nanna' },
		roles: []
	});
	expect(created.status).toBe(201);
	expect(created.type).toContain('application/scim+json');
	expect(created.body).toMatchObject({ userName: email, displayName: 'Nanna Nielsen', active: true });
	const id = created.body.id as string;

	// Found by userName and by externalId; a second create of the same userName is a uniqueness conflict.
	const byName = await entraA('GET', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`);
	expect(byName.body.totalResults).toBe(1);
	expect(byName.body.Resources[0].id).toBe(id);
	const byExternal = await entraA(
		'GET',
		`/Users?filter=${encodeURIComponent('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`
	);
	expect(byExternal.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
	const again = await entraA('POST', '/Users', { schemas: [], userName: email });
	expect(again.status).toBe(409);
	expect(again.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });

	// Paging: startIndex and count.
	const pageOne = await entraA('GET', '/Users?startIndex=1&count=2');
	expect(pageOne.body.itemsPerPage).toBe(2);
	expect(pageOne.body.totalResults).toBeGreaterThan(2);
	const pageTwo = await entraA('GET', '/Users?startIndex=3&count=2');
	expect(pageTwo.body.Resources[0].id).not.toBe(pageOne.body.Resources[0].id);

	// Entra's update requests: op names capitalised, an email by filter path.
	const newEmail = `nanna.nielsen@${domain}`;
	const patched = await entraA('PATCH', `/Users/${id}`, {
		schemas: [PATCH_OP],
		Operations: [
			{ op: 'Replace', path: 'emails[type eq "work"].value', value: newEmail },
			{ op: 'Replace', path: 'name.familyName', value: 'Nielsen-Holm' },
			{ op: 'Add', path: 'externalId', value: 'b3f1c2d4-0000-4000-8000-000000000001' }
		]
	});
	expect(patched.status).toBe(200);
	expect(patched.body).toMatchObject({
		userName: newEmail,
		displayName: 'Nanna Nielsen-Holm',
		externalId: 'b3f1c2d4-0000-4000-8000-000000000001'
	});
	const renamed = await entraA('PATCH', `/Users/${id}`, {
		schemas: [PATCH_OP],
		Operations: [{ op: 'replace', path: 'displayName', value: 'Nanna N. Holm' }]
	});
	expect(renamed.body.displayName).toBe('Nanna N. Holm');

	// Groups are teams: Entra creates one and adds and removes members.
	const group = await entraA('POST', '/Groups', {
		schemas: [
			'urn:ietf:params:scim:schemas:core:2.0:Group',
			'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'
		],
		externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
		displayName: 'Nye medarbejdere',
		meta: { resourceType: 'Group' }
	});
	expect(group.status).toBe(201);
	const groupId = group.body.id as string;
	const added = await entraA('PATCH', `/Groups/${groupId}`, {
		schemas: [PATCH_OP],
		Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: id }] }]
	});
	expect(added.body.members.map((m: { value: string }) => m.value)).toEqual([id]);
	const foundGroup = await entraA(
		'GET',
		`/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Nye medarbejdere"')}`
	);
	expect(foundGroup.body.Resources.map((g: { id: string }) => g.id)).toEqual([groupId]);
	expect(foundGroup.body.Resources[0].members).toBeUndefined();
	const removed = await entraA('PATCH', `/Groups/${groupId}`, {
		schemas: [PATCH_OP],
		Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: id }] }]
	});
	expect(removed.body.members).toEqual([]);

	// The other organisation's token: none of A's people or teams exist for it, whatever it tries.
	for (const [method, path, body] of [
		['GET', `/Users/${id}`],
		['PATCH', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: false }] }],
		['PUT', `/Users/${id}`, { schemas: [], userName: `x@${domain}` }],
		['DELETE', `/Users/${id}`],
		['GET', `/Groups/${groupId}`],
		[
			'PATCH',
			`/Groups/${groupId}`,
			{ schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ value: id }] }] }
		]
	] as [string, string, unknown?][]) {
		const res = await entraB(method, path, body);
		expect(res.status, `${method} ${path} with the other organisation's token`).toBe(404);
		expect(res.body).toMatchObject({ schemas: [ERROR], status: '404' });
	}
	const crossFilter = await entraB('GET', `/Users?filter=${encodeURIComponent(`userName eq "${newEmail}"`)}`);
	expect(crossFilter.body.totalResults).toBe(0);
	// B's group cannot take in A's person either
	const bGroup = await entraB('POST', '/Groups', { schemas: [], displayName: 'B-hold', members: [{ value: id }] });
	expect(bGroup.status).toBe(400);

	// A wrong token, no token, a session cookie: 401 in SCIM's error schema.
	for (const authorization of ['Bearer scim_wrong', '', 'Basic YWRtaW46YWRtaW4=']) {
		const res = await fetch(`${server.baseURL}/scim/v2/Users`, { headers: authorization ? { authorization } : {} });
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ schemas: [ERROR], status: '401' });
	}

	// A person who signs in today is deactivated by Entra: their session ends and sign-in is refused.
	const jonas = `jonas.vestergaard@${domain}`;
	const session = await signIn(jonas);
	expect(
		(await fetch(`${server.baseURL}/dashboard`, { headers: { cookie: session }, redirect: 'manual' })).status
	).toBe(200);
	const found = await entraA('GET', `/Users?filter=${encodeURIComponent(`userName eq "${jonas}"`)}`);
	const jonasId = found.body.Resources[0].id as string;
	const off = await entraA('PATCH', `/Users/${jonasId}`, {
		schemas: [PATCH_OP],
		Operations: [{ op: 'Replace', path: 'active', value: 'False' }]
	});
	expect(off.status).toBe(200);
	expect(off.body.active).toBe(false);
	const after = await fetch(`${server.baseURL}/dashboard`, { headers: { cookie: session }, redirect: 'manual' });
	expect(after.headers.get('location') ?? '').toMatch(/^\/signin/);
	const refused = await post(
		'/signin',
		[
			['email', jonas],
			['password', DEMO_PASSWORD]
		],
		''
	);
	expect(refused.status).toBe(400);
	expect(await refused.text()).toContain('Your access has been ended by your organisation');

	// Reactivated, they sign in again; DELETE deactivates as well.
	const on = await entraA('PATCH', `/Users/${jonasId}`, {
		schemas: [PATCH_OP],
		Operations: [{ op: 'replace', value: { active: true } }]
	});
	expect(on.body.active).toBe(true);
	await signIn(jonas);
	const deleted = await entraA('DELETE', `/Users/${id}`);
	expect(deleted.status).toBe(204);
	expect((await entraA('GET', `/Users/${id}`)).body.active).toBe(false);

	// Rotating the token ends the old one.
	const rotated = await scimToken(a.email);
	expect((await entraA('GET', '/Users')).status).toBe(401);
	expect((await scim(rotated)('GET', '/Users')).status).toBe(200);

	// Guessing tokens: past 20 wrong ones from an address, even the right one waits (429, SCIM's error schema).
	let limited: Awaited<ReturnType<ReturnType<typeof scim>>> | undefined;
	for (let i = 0; i < 25 && !limited; i++) {
		const res = await scim(`scim_guess${i}`)('GET', '/Users');
		if (res.status === 429) limited = res;
		else expect(res.status).toBe(401);
	}
	expect(limited?.body).toMatchObject({ schemas: [ERROR], status: '429' });
	expect((await scim(rotated)('GET', '/Users')).status).toBe(429);
});
