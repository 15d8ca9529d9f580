// An installable, offline-capable app (issue 22): the manifest and its icons; a person's assigned bite opens offline,
// its quiz is answered and a buddy session logged offline, both sent once back online — and once only when the queue
// is sent again; a page that is not stored shows the offline page.
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './support/test';
import { chooseLanguage, signIn } from './support/people';
import { demoAddress, demoSuite } from './support/demo';
import { openDatabase } from './support/authz-records';
import { expectAccessible } from './support/a11y';
import { chromiumPath } from './support/chromium';
import { storedRecords } from './support/indexeddb';

// The service worker is what these tests are about (the other specs block it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const { server, demo, as } = demoSuite();

/** The offline queue as stored in the browser (src/lib/offline/queue.svelte.ts), read without our code. */
const queued = (page: Page) =>
	storedRecords<{ id: string; action: string; fields: [string, string][] }>(page, 'samspil-offline', 'queue');

/** Posts queued items again, as a device would after a lost response: each answer says whether it was taken. */
const sendAgain = (page: Page, items: { action: string; fields: [string, string][] }[]) =>
	page.evaluate(async (items) => {
		const results: string[] = [];
		for (const item of items) {
			const body = new FormData();
			for (const [k, v] of item.fields) body.append(k, v);
			const res = await fetch(item.action, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			results.push(`${res.status} ${(await res.json()).type}`);
		}
		return results;
	}, items);

/** Ahmed writes peer feedback with his device offline, and sends it: it goes into the offline queue. */
async function feedbackOffline(
	browser: Browser,
	f: { to: string; situation: string; behaviour: string; impact: string; feedForward: string }
) {
	const ahmed = await as(browser, 'Ahmed Hassan');
	await ahmed.goto(server.baseURL + '/learning/feedback');
	await ahmed.waitForLoadState('networkidle');
	await ahmed.context().setOffline(true);
	await ahmed.getByLabel('To', { exact: true }).selectOption({ label: f.to });
	await ahmed.getByLabel('Situation').fill(f.situation);
	await ahmed.getByLabel('Behaviour').fill(f.behaviour);
	await ahmed.getByLabel('Impact').fill(f.impact);
	await ahmed.getByLabel('Feed-forward').fill(f.feedForward);
	await ahmed.getByRole('button', { name: 'Send feedback' }).click();
	return ahmed;
}

/** Steps through the player's cards ("Continue", never "Finish") to the first quiz card, answered or not. */
async function toQuiz(page: Page) {
	const quiz = page.getByRole('group').filter({ has: page.locator('input[name="choice"]') });
	const where = page.getByText(/^Card \d+ of \d+$/).first();
	for (let i = 0; i < 12; i++) {
		if (await quiz.isVisible()) return;
		const before = await where.textContent();
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(where).not.toHaveText(before!);
	}
	throw new Error('no quiz card in this bite');
}

test('the manifest names the app in the page’s language, and its icons and start page are there', async ({
	browser
}) => {
	const page = await as(browser, 'Sofie Lindholm');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest?lang=en');
	const res = await page.request.get(server.baseURL + '/manifest.webmanifest?lang=da');
	expect(res.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await res.json();
	expect(manifest).toMatchObject({ name: 'Samspil', short_name: 'Samspil', display: 'standalone', lang: 'da' });
	expect(manifest.description).toContain('Læring på arbejdspladsen');
	expect((await page.request.get(server.baseURL + manifest.start_url)).ok()).toBe(true);
	const sizes: string[] = [];
	for (const icon of manifest.icons) {
		const png = await page.request.get(server.baseURL + icon.src);
		expect(png.headers()['content-type']).toBe('image/png');
		const bytes = await png.body();
		// The PNG's own width and height (IHDR) are what the manifest says.
		sizes.push(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)} ${icon.purpose}`);
		expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
	}
	expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	await page.context().close();
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test needs from this pattern: none here
test('Chromium finds the app installable, in each of the four languages', async ({}, testInfo) => {
	// A browser profile of its own: Chromium never offers to install from an incognito window, which every other
	// context here is.
	const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await signIn(page, server.baseURL, demoAddress('Sofie Lindholm', demo.domain), demo.password);
	const cdp = await context.newCDPSession(page);
	// English last: the choice is kept as Sofie's setting, and the tests after this one read her pages in English.
	for (const lang of ['da', 'nl', 'sv', 'en']) {
		await chooseLanguage(page, lang);
		await page.goto(server.baseURL + '/dashboard');
		await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `/manifest.webmanifest?lang=${lang}`);
		// The browser's own verdict: what it could not read in the manifest, and what would stop it installing.
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors, lang).toEqual([]);
		expect(manifest.url, lang).toContain(`lang=${lang}`);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors, lang).toEqual([]);
	}
	await context.close();
});

test('today’s bite opens offline, its quiz is answered and a session logged; back online each is stored once', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const sofie = await as(browser, 'Sofie Lindholm');
	const context = sofie.context();
	// Online: the bites page stores today's bite and the other assigned ones on the device, and says so.
	await sofie.goto(server.baseURL + '/bites');
	await expect(sofie.getByText(/bites? stored on this device for offline use/)).toBeVisible({ timeout: 30_000 });
	const today = sofie.getByRole('region', { name: "Today's bite" }).getByRole('link').first();
	const biteUrl = new URL((await today.getAttribute('href'))!, server.baseURL).href;
	// The pair page is open in another tab, as someone about to write down a session would have it.
	const pair = await context.newPage();
	await pair.goto(server.baseURL + '/learning');
	await pair.getByRole('link', { name: 'with Ahmed Hassan' }).first().click();
	// the pair page's own address (a link inside the app: the address changes when its data has arrived)
	await expect(pair).toHaveURL(/\/learning\/pairs\/[\w-]+$/);
	await pair.waitForLoadState('networkidle');
	const pairUrl = pair.url();

	await context.setOffline(true);
	// The bite opens offline (a full page load, from what was stored) and steps through its cards.
	await sofie.goto(biteUrl);
	await sofie.waitForLoadState('networkidle');
	await toQuiz(sofie);
	const check = sofie.getByRole('button', { name: 'Check answer' });
	await sofie.locator('input[name="choice"]').first().check();
	await check.click();
	await expect(
		sofie.getByText('Your answer is saved on this device and checked when you are back online.')
	).toBeVisible();
	await expect(sofie.getByText('1 item waiting to be sent')).toBeVisible();

	const practised = `Offline handover ${Date.now()}`;
	await pair.getByLabel('What did you practise or learn?').fill(practised);
	await pair.getByRole('button', { name: 'Save log' }).click();
	await expect(pair.getByText('Saved on this device. It is sent when you are back online.')).toBeVisible();
	await expect(pair.getByText('2 items waiting to be sent')).toBeVisible();
	const items = await queued(pair);
	expect(items.map((i) => new URL(i.action).search).sort()).toEqual(['?/answer', '?/log']);

	// A page that was never stored: the offline page, for a full load and for a link inside the app.
	const other = await context.newPage();
	await other.goto(server.baseURL + '/surveys');
	await expect(other.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await pair.getByRole('link', { name: 'Surveys' }).first().click();
	await expect(pair.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await other.close();

	// Back online: the queue is sent, and nothing waits any more.
	await context.setOffline(false);
	await expect(sofie.getByText(/waiting to be sent/)).toHaveCount(0, { timeout: 20_000 });
	expect(await queued(sofie)).toEqual([]);
	// The same items once more (a response lost on the way): the server takes them and stores nothing new.
	expect(await sendAgain(sofie, items)).toEqual(['200 success', '200 success']);

	const db = openDatabase(server.dataDir);
	const answer = items.find((i) => i.action.endsWith('?/answer'))!;
	const log = items.find((i) => i.action.endsWith('?/log'))!;
	expect(db.prepare('SELECT count(*) AS n FROM bite_answers WHERE client_id = ?').get(answer.id)).toEqual({ n: 1 });
	expect(db.prepare('SELECT count(*) AS n FROM learning_logs WHERE practised = ?').get(practised)).toEqual({ n: 1 });
	expect(db.prepare('SELECT client_id FROM learning_logs WHERE practised = ?').get(practised)).toEqual({
		client_id: log.id
	});
	db.close();

	// Another browser: the partner sees the session once; Sofie, elsewhere, finds her quiz answered.
	const ahmed = await as(browser, 'Ahmed Hassan');
	await ahmed.goto(pairUrl);
	await expect(ahmed.getByText(practised)).toHaveCount(1);
	await ahmed.context().close();
	const elsewhere = await as(browser, 'Sofie Lindholm');
	await elsewhere.goto(biteUrl);
	await elsewhere.waitForLoadState('networkidle');
	await toQuiz(elsewhere);
	const graded = elsewhere.getByText(/^(Right!|Not quite\.)$/);
	const unanswered = elsewhere.getByRole('button', { name: 'Check answer' });
	await expect(graded).toBeVisible();
	await expect(unanswered).toHaveCount(0);
	await elsewhere.context().close();
	await context.close();
});

test('a stored bite’s picture, sound and captions play offline; the offline page works at any depth', async ({
	browser
}) => {
	const peter = await as(browser, 'Peter Holm');
	await peter.goto(server.baseURL + '/bites');
	await expect(peter.getByText(/bites? stored on this device for offline use/)).toBeVisible({ timeout: 30_000 });
	const link = peter.getByRole('link', { name: /Sidemandsoplæring i fem trin/ }).first();
	const biteUrl = new URL((await link.getAttribute('href'))!, server.baseURL).href;
	await peter.context().setOffline(true);
	await peter.goto(biteUrl);
	// The picture: drawn from the stored copy.
	const picture = peter.getByRole('img', { name: /Fem søjler/ });
	await expect(picture).toBeVisible();
	await expect
		.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
	// The sound, two cards on: the browser reads it (its length) and its captions from the stored copies.
	const where = peter.getByText(/^Card \d+ of \d+$/).first();
	const audio = peter.locator('audio');
	for (let i = 0; i < 4 && !(await audio.count()); i++) {
		const before = await where.textContent();
		await peter.getByRole('button', { name: 'Continue' }).click();
		await expect(where).not.toHaveText(before!);
	}
	await expect(audio).toHaveCount(1);
	const played = await audio.evaluate(
		(a: HTMLAudioElement) =>
			new Promise<{ duration: number; cues: number }>((resolve, reject) => {
				const track = a.querySelector('track')!;
				const done = () => {
					if (a.readyState >= 1 && track.readyState === 2)
						resolve({ duration: a.duration, cues: track.track.cues?.length ?? 0 });
				};
				a.addEventListener('loadedmetadata', done);
				a.addEventListener('error', () => reject(new Error(`audio: ${a.error?.message ?? a.error?.code}`)));
				track.addEventListener('load', done);
				track.addEventListener('error', () => reject(new Error('captions did not load')));
				track.track.mode = 'showing';
				a.preload = 'auto';
				a.load();
				done();
			})
	);
	expect(played.duration).toBeGreaterThan(0);
	expect(played.cues).toBeGreaterThan(0);
	// A page two levels down that was never stored: the offline page, whole (its scripts load from any depth).
	await peter.goto(server.baseURL + '/learning/feedback');
	await expect(peter.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await peter.getByRole('button', { name: 'Try again' }).click();
	await expect(peter.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await peter.context().close();
});

test('an external learner’s collection is stored on the device: its module opens offline, and the quiz answer is sent once back online', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const db = openDatabase(server.dataDir);
	const { public_token: token } = db
		.prepare('SELECT public_token FROM bite_collections WHERE title = ?')
		.get('Kundeakademi: selvbetjening') as { public_token: string };
	db.close();
	const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
	const carla = await context.newPage();
	await carla.goto(`${server.baseURL}/public/bites/${token}`);
	await carla.getByLabel('Your name').fill('Carla Customer');
	await carla.getByLabel('Email').fill(`carla.${Date.now()}@customer.test`);
	await carla.getByRole('button', { name: 'Start learning' }).click();
	await expect(carla.getByText(/bites? stored on this device for offline use/)).toBeVisible({ timeout: 30_000 });
	await expectAccessible(carla);

	await context.setOffline(true);
	// A full page load of the module, offline: the stored copy, stepping through its cards on the device.
	await carla.goto(`${server.baseURL}/public/bites/${token}`);
	await carla.getByRole('link', { name: 'Welcome to self-service' }).click();
	await expect(carla.getByRole('heading', { name: 'Welcome to self-service' })).toBeVisible();
	await carla.waitForLoadState('networkidle');
	await toQuiz(carla);
	await carla.getByRole('radio', { name: 'True' }).check();
	await carla.getByRole('button', { name: 'Check answer' }).click();
	await expect(
		carla.getByText('Your answer is saved on this device and checked when you are back online.')
	).toBeVisible();
	await expect(carla.getByText('1 item waiting to be sent')).toBeVisible();
	const items = await queued(carla);
	expect(items).toHaveLength(1);

	await context.setOffline(false);
	await expect(carla.getByText(/waiting to be sent/)).toHaveCount(0, { timeout: 20_000 });
	// Sent again (a lost response): stored once.
	expect(await sendAgain(carla, items)).toEqual(['200 success']);
	const after = openDatabase(server.dataDir);
	expect(after.prepare('SELECT count(*) AS n FROM bite_answers WHERE client_id = ?').get(items[0].id)).toEqual({
		n: 1
	});
	after.close();
	await context.close();
});

test('signing out removes the stored bites and the offline queue from the device', async ({ browser }) => {
	const sofie = await as(browser, 'Sofie Lindholm');
	await sofie.goto(server.baseURL + '/bites');
	// Whether or not a bite is assigned to her now, the page itself is stored.
	await expect(sofie.getByText(/stored on this device for offline use/)).toBeVisible({ timeout: 30_000 });
	const stores = () => sofie.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('samspil-bites-')));
	const databases = () => sofie.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(await stores()).toHaveLength(1);
	expect(await databases()).toContain('samspil-offline');
	await sofie.getByText('Sofie Lindholm', { exact: true }).first().click();
	await sofie.getByRole('button', { name: 'Sign out' }).click();
	await expect(sofie).toHaveURL(/\/signin/);
	expect(await stores()).toEqual([]);
	expect(await databases()).not.toContain('samspil-offline');
	await sofie.context().close();
});

test('signing out warns before deleting what this device has not sent, and sends what it can first', async ({
	browser
}) => {
	const behaviour = `You walked the new colleague through the night log (${Date.now()})`;
	const ahmed = await feedbackOffline(browser, {
		to: 'Sofie Lindholm',
		situation: 'The night shift',
		behaviour,
		impact: 'She could close the shift alone',
		feedForward: 'Write it down for the next one'
	});
	await expect(ahmed.getByText('1 item waiting to be sent')).toBeVisible();

	// Still offline: signing out would delete the waiting feedback, so he is asked first, and can stay.
	const account = ahmed.getByText('Ahmed Hassan', { exact: true }).first();
	await account.click();
	await ahmed.getByRole('button', { name: 'Sign out' }).click();
	const warning = ahmed.getByRole('alert').filter({ hasText: 'not been sent' });
	await expect(warning).toContainText('1 item on this device has not been sent');
	await expectAccessible(ahmed);
	await warning.getByRole('button', { name: 'Stay signed in' }).click();
	await expect(warning).toHaveCount(0);
	await expect(ahmed).toHaveURL(/\/learning\/feedback/);
	expect(await queued(ahmed)).toHaveLength(1);

	// Back online, signing out sends the feedback first and then signs out without asking.
	await ahmed.context().setOffline(false);
	await account.click();
	await ahmed.getByRole('button', { name: 'Sign out' }).click();
	await expect(ahmed).toHaveURL(/\/signin/);
	const db = openDatabase(server.dataDir);
	expect(db.prepare('SELECT count(*) AS n FROM learning_feedback WHERE behaviour = ?').get(behaviour)).toEqual({
		n: 1
	});
	db.close();
	await ahmed.context().close();
});

test('peer feedback written offline is kept as a draft on the device and sent once back online', async ({
	browser
}) => {
	const behaviour = `You read back every change (${Date.now()})`;
	const ahmed = await feedbackOffline(browser, {
		to: 'Sofie Lindholm',
		situation: 'The Monday handover',
		behaviour,
		impact: 'Nobody had to call back',
		feedForward: 'Show Emma how'
	});
	await expect(ahmed.getByText('Saved on this device. It is sent when you are back online.')).toBeVisible();
	await expect(ahmed.getByText('1 item waiting to be sent')).toBeVisible();
	await expectAccessible(ahmed);
	const items = await queued(ahmed);
	expect(items).toHaveLength(1);

	await ahmed.context().setOffline(false);
	await expect(ahmed.getByText(/waiting to be sent/)).toHaveCount(0, { timeout: 20_000 });
	expect(await sendAgain(ahmed, items)).toEqual(['200 redirect']);
	const db = openDatabase(server.dataDir);
	expect(db.prepare('SELECT count(*) AS n FROM learning_feedback WHERE behaviour = ?').get(behaviour)).toEqual({
		n: 1
	});
	const { id } = db.prepare('SELECT id FROM learning_feedback WHERE behaviour = ?').get(behaviour) as { id: string };
	db.close();
	// The receiver reads it, in another browser.
	const sofie = await as(browser, 'Sofie Lindholm');
	await sofie.goto(`${server.baseURL}/learning/feedback/${id}`);
	await expect(sofie.getByText(behaviour)).toBeVisible();
	await sofie.context().close();
	await ahmed.context().close();
});

test('feedback the server no longer takes stays on the device, with the reason, until the person discards it', async ({
	browser
}) => {
	const behaviour = `You stayed calm with the upset caller (${Date.now()})`;
	const ahmed = await feedbackOffline(browser, {
		to: 'Lars Thygesen',
		situation: 'Tuesday at the counter',
		behaviour,
		impact: 'The queue kept moving',
		feedForward: 'Tell the team how'
	});
	await expect(ahmed.getByText('1 item waiting to be sent')).toBeVisible();
	// While Ahmed is offline, Lars leaves the organisation (as a directory sync would remove him): the server will
	// not take feedback to him.
	const db = new Database(path.join(server.dataDir, 'samspil.db'), { fileMustExist: true });
	const lars = db.prepare('SELECT id FROM users WHERE name = ?').get('Lars Thygesen') as { id: string };
	db.prepare('DELETE FROM memberships WHERE user_id = ?').run(lars.id);
	db.close();

	await ahmed.context().setOffline(false);
	const status = ahmed.getByRole('status').filter({ hasText: 'not accepted' });
	await expect(status.getByText('1 item was not accepted by the server')).toBeVisible({ timeout: 20_000 });
	// What he wrote is still his, with what it was and why it was refused; it survives a reload.
	await ahmed.reload();
	await status.getByText('Show what was not sent').click();
	await expect(status.getByText('Peer feedback')).toBeVisible();
	await expect(status.getByText(/no longer there/)).toBeVisible();
	await expect(status.getByText(behaviour)).toBeVisible();
	await expectAccessible(ahmed);
	await status.getByRole('button', { name: 'Discard' }).click();
	await expect(ahmed.getByText(/not accepted by the server/)).toHaveCount(0);
	await ahmed.reload();
	await expect(ahmed.getByText(/not accepted by the server/)).toHaveCount(0);
	await ahmed.context().close();
});

test('signing out with items the server refused asks first, then deletes them from the device', async ({ browser }) => {
	const ahmed = await feedbackOffline(browser, {
		to: 'Emma Clarke',
		situation: 'The stocktake',
		behaviour: `You counted twice (${Date.now()})`,
		impact: 'No surprises at month end',
		feedForward: 'Show the others'
	});
	await expect(ahmed.getByText('1 item waiting to be sent')).toBeVisible();
	const db = new Database(path.join(server.dataDir, 'samspil.db'), { fileMustExist: true });
	const emma = db.prepare('SELECT id FROM users WHERE name = ?').get('Emma Clarke') as { id: string };
	db.prepare('DELETE FROM memberships WHERE user_id = ?').run(emma.id);
	db.close();
	await ahmed.context().setOffline(false);
	await expect(ahmed.getByText('1 item was not accepted by the server')).toBeVisible({ timeout: 20_000 });

	await ahmed.getByText('Ahmed Hassan', { exact: true }).first().click();
	await ahmed.getByRole('button', { name: 'Sign out' }).click();
	const warning = ahmed.getByRole('alert').filter({ hasText: 'not been sent' });
	await expect(warning).toContainText('1 item on this device has not been sent');
	await warning.getByRole('button', { name: 'Sign out and delete it' }).click();
	await expect(ahmed).toHaveURL(/\/signin/);
	expect(await ahmed.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
		'samspil-offline-refused'
	);
	await ahmed.context().close();
});

test('an open page learns of a new deployment and offers to reload into it', async ({ browser }) => {
	// Without the service worker here, so the page's own version check can be answered as a new deployment would.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.clock.install();
	await signIn(page, server.baseURL, demoAddress('Sofie Lindholm', demo.domain), demo.password);
	await page.goto(server.baseURL + '/bites');
	await page.waitForLoadState('networkidle');
	await expect(page.getByText('A new version of Samspil is ready.')).toHaveCount(0);
	await page.route('**/_app/version.json', (route) => route.fulfill({ json: { version: 'a-newer-build' } }));
	await page.clock.fastForward('05:05');
	await expect(page.getByText('A new version of Samspil is ready.')).toBeVisible();
	await page.unroute('**/_app/version.json');
	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByText('A new version of Samspil is ready.')).toHaveCount(0);
	await context.close();
});
