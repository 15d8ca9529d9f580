// The boundary of the production server: after sign-in only same-origin paths are followed (no open redirect,
// whatever a browser would make of tabs, newlines and backslashes), signed-in pages are never cached, HSTS is sent
// only over https, and a giant id is refused as bad input before it reaches the audit log.
import { test, expect } from './support/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';
import { http as request, signInCookie, type HttpInit } from './support/http';

let server: TestServer;
/** a second instance on the same database, behind a "proxy" that says which protocol it spoke */
let proxied: TestServer;
let orgA: { email: string; password: string; orgName: string };
let orgB: { email: string; password: string; orgName: string };

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	const env = { ADDRESS_HEADER: 'x-client-address' };
	server = await startServer(env);
	orgA = await createDemoOrganisation(server.dataDir);
	orgB = await createDemoOrganisation(server.dataDir);
	proxied = await startServer({
		...env,
		DATABASE_URL: `file:${path.join(server.dataDir, 'samspil.db')}`,
		PROTOCOL_HEADER: 'x-forwarded-proto'
	});
});
test.afterAll(async () => {
	await proxied?.stop();
	await server?.stop();
});

const http = (target: TestServer, urlPath: string, init: HttpInit = {}) =>
	request(
		target,
		urlPath,
		target === proxied ? { ...init, headers: { 'x-forwarded-proto': 'http', ...init.headers } } : init
	);

function one<T>(q: string, ...args: unknown[]): T {
	const db = new Database(path.join(server.dataDir, 'samspil.db'), { readonly: true, fileMustExist: true });
	try {
		return db
			.prepare(q)
			.pluck()
			.get(...args) as T;
	} finally {
		db.close();
	}
}

test.describe('after sign-in, only same-origin paths are followed', () => {
	for (const next of [
		'/\t/evil.example',
		'/\n/evil.example',
		'/\\evil.example',
		'//evil.example',
		'/%09/evil.example',
		'https://evil.example/',
		'/\r\nSet-Cookie: x=1',
		'/\u0000/x',
		'/ok/\u0001\u007f'
	]) {
		test(`next=${JSON.stringify(next)}`, async () => {
			const cookie = await signInCookie(server, orgA.email, orgA.password);
			for (const res of [
				await http(server, `/signin?next=${encodeURIComponent(next)}`, { cookie }),
				await http(server, `/signin?next=${encodeURIComponent(next)}`, {
					form: { email: orgA.email, password: orgA.password }
				})
			]) {
				expect(res.status).toBe(303);
				const location = res.headers.get('location')!;
				expect(new URL(location, server.baseURL).origin).toBe(server.baseURL);
				// What a browser does with it: tabs and newlines dropped, backslashes read as slashes.
				expect(new URL(location.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'), server.baseURL).origin).toBe(
					server.baseURL
				);
				// eslint-disable-next-line no-control-regex -- control characters are exactly what must not be there
				expect(location).not.toMatch(/[\u0000-\u001f\u007f]/);
			}
		});
	}

	test('a same-origin path with its query is kept', async () => {
		const res = await http(server, `/signin?next=${encodeURIComponent('/boards?q=plan#top')}`, {
			form: { email: orgA.email, password: orgA.password }
		});
		expect(res.headers.get('location')).toBe('/boards?q=plan#top');
	});
});

test.describe('response headers and input at the boundary', () => {
	test('signed-in pages are never stored by the browser or a proxy; public pages may be', async () => {
		const cookie = await signInCookie(server, orgA.email, orgA.password);
		for (const p of ['/dashboard', '/members', '/profile', '/dashboard/__data.json']) {
			expect((await http(server, p, { cookie })).headers.get('cache-control'), p).toBe('no-store');
		}
		expect((await http(server, '/privacy')).headers.get('cache-control')).not.toBe('no-store');
	});

	test('Strict-Transport-Security is sent when the origin is https, and not over plain http', async () => {
		const https = await http(proxied, '/signin', { headers: { 'x-forwarded-proto': 'https' } });
		expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
		expect((await http(proxied, '/signin')).headers.get('strict-transport-security')).toBeNull();
		expect((await http(server, '/signin')).headers.get('strict-transport-security')).toBeNull();
	});

	test('removing a team member with a 200 KB id is refused as bad input and writes nothing to the audit log', async () => {
		const admin = await signInCookie(server, orgB.email, orgB.password);
		const team = one<string>(
			'select t.id from teams t join memberships m on m.org_id = t.org_id join users u on u.id = m.user_id where u.email = ? limit 1',
			orgB.email
		);
		const events = () => one<number>('select count(*) from audit_events');
		const before = events();
		const res = await http(server, `/teams/${team}?/remove`, { cookie: admin, form: { userId: 'x'.repeat(200_000) } });
		expect(res.status).toBe(400);
		expect(events()).toBe(before);
		expect(one<number>("select count(*) from audit_events where length(coalesce(detail, '')) > 1000")).toBe(0);
	});
});
