// A 500-note board: first render time and the frame times while dragging a note (a Playwright
// benchmark in the e2e environment; numbers are attached to the test report and printed).
import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServer, type TestServer } from './support/server';
import { ADMIN, setupOrganisation } from './support/people';
import { addNote, boardDoc, boardDocName, listZones } from '../../src/lib/boards/doc';

let server: TestServer;
test.beforeAll(async () => {
	server = await startServer();
});
test.afterAll(async () => {
	await server.stop();
});

/** Writes notes as a real sync client would (the facilitator's session cookie, the stock provider). */
async function seedNotes(boardId: string, cookie: string, count: number) {
	class CookieSocket extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { headers: { cookie } });
		}
	}
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(server.baseURL.replace(/^http/, 'ws') + '/sync', boardDocName(boardId), doc, {
		WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true
	});
	await new Promise<void>((resolve) => provider.on('sync', (s: boolean) => s && resolve()));
	const b = boardDoc(doc);
	const zones = listZones(b);
	doc.transact(() => {
		for (let i = 0; i < count; i++) addNote(b, { text: `Idea number ${i}: learn from each other`, zoneId: zones[i % zones.length].id, authorName: 'Bench', order: i });
	});
	// Wait until the server has it (a second client sees all notes).
	const check = new Y.Doc();
	const reader = new WebsocketProvider(server.baseURL.replace(/^http/, 'ws') + '/sync', boardDocName(boardId), check, {
		WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true
	});
	await expect.poll(() => boardDoc(check).notes.size, { timeout: 15_000 }).toBe(count);
	for (const p of [provider, reader]) p.destroy();
}

test('a 500-note board renders within a second and a dragged note moves at frame rate', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await setupOrganisation(page, server.baseURL);
	await page.goto(server.baseURL + '/boards');
	await page.getByLabel('Title', { exact: true }).fill('Big board');
	await page.getByRole('radio', { name: /^Start \/ stop \/ continue/ }).check();
	await page.getByRole('button', { name: 'Create board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Big board' })).toBeVisible();
	const boardUrl = page.url();
	const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	await seedNotes(boardUrl.split('/').pop()!, cookie, 500);

	// First render in a fresh browser context (no cache, no IndexedDB copy); best of three, as benchmarks
	// on a shared machine are read.
	let firstRender = Infinity;
	let fresh!: import('@playwright/test').BrowserContext;
	let viewer!: Page;
	for (let run = 0; run < 3; run++) {
		if (fresh) await fresh.close();
		fresh = await browser.newContext();
		await fresh.addCookies(await context.cookies());
		viewer = await fresh.newPage();
		await viewer.goto(boardUrl, { waitUntil: 'commit' });
		const ms = await viewer.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const check = () => (document.querySelectorAll('[data-note]').length >= 500 ? resolve(performance.now()) : requestAnimationFrame(check));
					check();
				})
		);
		firstRender = Math.min(firstRender, ms);
	}
	const timing = await viewer.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const ws = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js'));
		const mark = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1);
		return {
			ttfb: Math.round(nav.responseStart),
			lastScript: Math.round(Math.max(...ws.map((e) => e.responseEnd))),
			boardOpen: mark('samspil:board-open'),
			synced: mark('samspil:board-synced')
		};
	});
	console.log('[boards bench] timing', JSON.stringify(timing));
	const card = viewer.getByRole('article', { name: /^Note: Idea number 0:/ });
	const target = viewer.locator('section[data-zone]').nth(2);
	await card.scrollIntoViewIfNeeded();
	const from = (await card.boundingBox())!;
	const to = (await target.locator('h2').boundingBox())!;
	await viewer.evaluate(() => {
		const w = window as unknown as { frames_: number[]; stop_: boolean };
		w.frames_ = [];
		w.stop_ = false;
		let last = performance.now();
		const loop = (t: number) => {
			w.frames_.push(t - last);
			last = t;
			if (!w.stop_) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
	await viewer.mouse.move(from.x + 20, from.y + 10);
	await viewer.mouse.down();
	const steps = 90;
	for (let i = 1; i <= steps; i++) {
		await viewer.mouse.move(from.x + 20 + ((to.x + 20 - from.x - 20) * i) / steps, from.y + 10 + ((to.y + 30 - from.y - 10) * i) / steps);
	}
	await viewer.mouse.up();
	const frames = await viewer.evaluate(() => {
		const w = window as unknown as { frames_: number[]; stop_: boolean };
		w.stop_ = true;
		return w.frames_.slice(2);
	});
	frames.sort((a, b) => a - b);
	const p50 = frames[Math.floor(frames.length * 0.5)];
	const p95 = frames[Math.floor(frames.length * 0.95)];
	const summary = `first render ${Math.round(firstRender)} ms; drag frames n=${frames.length} p50=${p50.toFixed(1)} ms p95=${p95.toFixed(1)} ms`;
	console.log(`[boards bench] ${summary}`);
	test.info().annotations.push({ type: 'benchmark', description: summary });

	await expect(target.getByRole('article', { name: /^Note: Idea number 0:/ })).toBeVisible();
	expect(firstRender).toBeLessThanOrEqual(1000);
	// 60 fps is 16.7 ms a frame; the shared 2-core test machine gets headroom, a janky drag does not.
	expect(p50).toBeLessThan(20);
	expect(p95).toBeLessThan(50);
	await context.close();
	await fresh.close();
});

test('the board page loads at most 200 KB of JavaScript (gzip)', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(server.baseURL + '/signin');
	await page.getByLabel('Email').fill(ADMIN.email);
	await page.getByLabel('Password').fill(ADMIN.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL(/dashboard/);
	await page.goto(server.baseURL + '/boards');
	await page.getByRole('link', { name: 'Big board' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'))
	);
	let total = 0;
	for (const url of new Set(scripts)) total += gzipSync(Buffer.from(await (await page.request.get(url)).body())).length;
	const kb = total / 1024;
	console.log(`[boards bench] board page JavaScript: ${scripts.length} files, ${kb.toFixed(1)} KB gzip`);
	test.info().annotations.push({ type: 'benchmark', description: `board page JS ${kb.toFixed(1)} KB gzip` });
	expect(scripts.length).toBeGreaterThan(3);
	expect(kb).toBeLessThanOrEqual(200);
	await context.close();
});
