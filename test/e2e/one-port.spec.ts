// One process, one port: SvelteKit pages and the y-websocket sync server share the HTTP server,
// in the production build (src/bin/serve.js) and in dev (the Vite plugin), and the server stops
// cleanly on SIGTERM.
import { test, expect } from './support/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServer } from './support/server';

async function setupAndSignIn(baseURL: string) {
	const res = await fetch(`${baseURL}/setup?/demo`, {
		method: 'POST',
		headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			orgName: 'Portby',
			name: 'Pia',
			email: 'pia@portby.test',
			password: 'correct horse battery'
		}),
		redirect: 'manual'
	});
	const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
	expect(cookie).toMatch(/^samspil_session=/);
	const teams = await (await fetch(`${baseURL}/teams`, { headers: { cookie } })).text();
	const teamId = teams.match(/href="\/teams\/([\w-]+)"/)![1];
	return { cookie, teamId };
}

function upgradeStatus(baseURL: string, doc: string, cookie?: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${baseURL.replace('http', 'ws')}/sync/${doc}`, { headers: cookie ? { cookie } : {} });
		ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
		ws.on('open', () => {
			ws.close();
			resolve(101);
		});
		ws.on('error', (e) => (String(e).includes('Unexpected server response') ? undefined : reject(e)));
	});
}

async function syncs(baseURL: string, doc: string, cookie: string) {
	const CookieSocket = class extends WebSocket {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols, { headers: { cookie } });
		}
	};
	const ydoc = new Y.Doc();
	const provider = new WebsocketProvider(`${baseURL.replace('http', 'ws')}/sync`, doc, ydoc, {
		WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true
	});
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('not synced')), 10_000);
			provider.on('sync', (synced: boolean) => synced && (clearTimeout(timer), resolve()));
		});
	} finally {
		provider.destroy();
		ydoc.destroy();
	}
}

async function checkOnePort(baseURL: string) {
	const { cookie, teamId } = await setupAndSignIn(baseURL);
	const page = await fetch(`${baseURL}/dashboard`, { headers: { cookie } });
	expect(page.status).toBe(200);
	await syncs(baseURL, `live/team/${teamId}`, cookie);
	expect(await upgradeStatus(baseURL, `live/team/${teamId}`)).toBe(401);
	expect(await upgradeStatus(baseURL, 'no-such-kind/123', cookie)).toBe(403);
	return cookie;
}

test('the production server serves pages and sync on one port and exits 0 on SIGTERM', async () => {
	const server = await startServer({ METRICS_TOKEN: 'scrape-secret-123' });
	try {
		const adminCookie = await checkOnePort(server.baseURL);
		const asAdmin = await fetch(`${server.baseURL}/metrics`, { headers: { cookie: adminCookie } });
		expect(asAdmin.status).toBe(200);
		expect(await asAdmin.text()).toContain('samspil_sync_connections');
		// /metrics: admins and the configured token read Prometheus text; nobody else.
		expect((await fetch(`${server.baseURL}/metrics`)).status).toBe(401);
		expect((await fetch(`${server.baseURL}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
		const scraped = await fetch(`${server.baseURL}/metrics`, {
			headers: { authorization: 'Bearer scrape-secret-123' }
		});
		expect(scraped.status).toBe(200);
		const text = await scraped.text();
		expect(text).toMatch(/^# TYPE \w+ (counter|gauge|histogram)/m);
		// the process's own gauges too: resident memory and the V8 heap, in bytes
		expect(Number(/^process_resident_memory_bytes (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(10 * 2 ** 20);
		expect(Number(/^nodejs_heap_size_used_bytes (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
		expect((await fetch(`${server.baseURL}/healthz`)).status).toBe(200);
	} finally {
		expect(await server.stop('SIGTERM')).toBe(0);
	}
});

test('npm start serves the first-run page on a fresh database', async () => {
	const port = await new Promise<number>((resolve) => {
		const s = net.createServer().listen(0, () => {
			const p = (s.address() as net.AddressInfo).port;
			s.close(() => resolve(p));
		});
	});
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-start-'));
	const child = spawn('npm', ['start', '--silent'], {
		env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dir}/samspil.db`, LOG_LEVEL: 'warn' },
		stdio: 'ignore',
		detached: true
	});
	try {
		// Until the server is up, fetch is refused: ask again until the page comes.
		await expect
			.poll(
				async () =>
					fetch(`http://localhost:${port}/`).then(
						(r) => (r.ok ? r.text() : ''),
						() => ''
					),
				{
					timeout: 60_000,
					intervals: [200]
				}
			)
			.toContain('Welcome to Samspil');
	} finally {
		process.kill(-child.pid!, 'SIGTERM');
	}
});

test('the dev server attaches the same sync server to Vite’s port', async () => {
	// Vite compiles the app on the first request: on a loaded 2-core CI machine that has taken over a minute.
	test.setTimeout(200_000);
	const port = await new Promise<number>((resolve) => {
		const s = net.createServer().listen(0, () => {
			const p = (s.address() as net.AddressInfo).port;
			s.close(() => resolve(p));
		});
	});
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-dev-'));
	const child = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
		{
			env: { ...process.env, DATABASE_URL: `file:${dir}/samspil.db`, LOG_LEVEL: 'warn' },
			stdio: 'ignore'
		}
	);
	const baseURL = `http://localhost:${port}`;
	try {
		await expect
			.poll(
				async () =>
					fetch(`${baseURL}/setup`).then(
						(r) => r.ok,
						() => false
					),
				{ timeout: 150_000, intervals: [500] }
			)
			.toBe(true);
		await checkOnePort(baseURL);
	} finally {
		child.kill('SIGTERM');
	}
});
