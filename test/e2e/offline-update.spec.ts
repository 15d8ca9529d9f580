// A new deployment's service worker takes over an open page (issue 22, "updates never strand a person on an old
// version"): the server restarts on the same port and database with a build whose service worker differs; the page's
// update check installs it, it takes over (skipWaiting, clients.claim), the page says a new version is ready, and the
// reload lands on a page the new worker controls, with nothing left to announce.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { setupOrganisation } from './support/people';

// The service worker is what these tests are about (the other specs block it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

let server: TestServer;
let next: string;

test.beforeAll(async () => {
	server = await startServer();
	// The next deployment: this build with a service worker whose bytes differ, as any new version's do. Inside the
	// checkout, so its server code finds node_modules; the precompressed copies of the worker go, so it is served as
	// changed.
	next = path.resolve('test-results', `next-deployment-${randomBytes(4).toString('hex')}`);
	fs.cpSync(path.resolve('build'), next, { recursive: true });
	const worker = path.join(next, 'client', 'service-worker.js');
	fs.appendFileSync(worker, `\n// next deployment ${Date.now()}\n`);
	for (const compressed of ['.br', '.gz']) fs.rmSync(worker + compressed, { force: true });
});

test.afterAll(async () => {
	await server?.stop();
	if (next) fs.rmSync(next, { recursive: true, force: true });
});

test('a new deployment’s service worker takes over an open page, which offers the reload and lands on it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await setupOrganisation(page, server.baseURL);
	await page.goto(server.baseURL + '/dashboard');
	// The page is controlled by this deployment's worker before the next one arrives.
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
	await page.evaluate(() => {
		(window as unknown as { taken: boolean }).taken = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			(window as unknown as { taken: boolean }).taken = true;
		});
	});
	const ready = page.getByText('A new version of Samspil is ready.');
	await expect(ready).toHaveCount(0);

	await server.restart({ SAMSPIL_BUILD_DIR: next });
	// What a browser does on a navigation or every 24 hours: ask for the worker script again.
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
	await page.waitForFunction(() => (window as unknown as { taken: boolean }).taken, undefined, { timeout: 30_000 });
	await expect(ready).toBeVisible();

	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
	await expect(ready).toHaveCount(0);
	// The worker that controls the page now is the next deployment's: the only one registered, and active.
	const workers = await page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.getRegistration())!;
		const script = await (await fetch('/service-worker.js', { cache: 'no-store' })).text();
		return {
			waiting: !!registration.waiting,
			installing: !!registration.installing,
			nextScript: script.includes('// next deployment')
		};
	});
	expect(workers).toEqual({ waiting: false, installing: false, nextScript: true });
});
