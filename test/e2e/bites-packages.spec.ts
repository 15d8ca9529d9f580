// Bites as LMS packages in a real browser. Out: a module downloaded as SCORM 2004 plays in a page whose SCORM API
// is scorm-again (not our code), and as cmi5 against a small LRS in this test process; both report completion and
// the score. In: a SCORM 2004 package built here from the spec's structure is imported, plays in the bite player's
// sandbox, and its completion is recorded: a second read of the module shows it complete. A cmi5 package built here
// (cmi5.xml and an AU that reads its launch parameters) is imported and played in the same sandbox against Samspil's
// own cmi5 endpoints; every statement it sends passes xapi-validation. An external learner plays both packages in a
// public collection, and the demo organisation's cmi5 module plays.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import xapiValidation from 'xapi-validation';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { expectAccessible } from './support/a11y';
import { startServer, type TestServer } from './support/server';
import { ADMIN, setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { sampleCmi5Package, samplePackage } from '../fixtures/packages';

const validateStatement: (s: unknown) => unknown[] =
	(xapiValidation as unknown as { default?: (s: unknown) => unknown[] }).default ?? xapiValidation;

let server: TestServer;
let lms: http.Server;
let lmsURL: string;
const files = new Map<string, Uint8Array>();
const statements: { verb: { id: string }; result?: { completion?: boolean; score?: { scaled: number } } }[] = [];
const SCORM_AGAIN = fs.readFileSync(path.resolve('node_modules/scorm-again/dist/scorm-again.min.js'));

// The other LMS: scorm-again as API_1484_11 around an iframe of the package; and, for cmi5, an LRS that hands out a
// token, answers the LMS.LaunchData state and keeps the statements it is sent.
const LMS_PAGE = `<!doctype html><html><head><title>Other LMS</title><script src="/scorm-again.js"></script></head><body>
<script>window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false });</script>
<iframe id="content" title="course" src="/scorm/index.html" style="width:100%;height:600px"></iframe></body></html>`;

function startLms() {
	return new Promise<void>((resolve) => {
		lms = http.createServer((req, res) => {
			const url = new URL(req.url!, 'http://x');
			const send = (status: number, body: string | Uint8Array, type = 'application/json') => {
				res.writeHead(status, { 'content-type': type });
				res.end(body);
			};
			if (url.pathname === '/lms.html') return send(200, LMS_PAGE, 'text/html');
			if (url.pathname === '/scorm-again.js') return send(200, SCORM_AGAIN, 'text/javascript');
			if (url.pathname === '/fetch' && req.method === 'POST')
				return send(200, JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' }));
			if (url.pathname === '/xapi/activities/state')
				return send(
					200,
					JSON.stringify({
						contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' } }
					})
				);
			if (url.pathname === '/xapi/statements' && req.method === 'POST') {
				let body = '';
				req.on('data', (c) => (body += c));
				req.on('end', () => {
					if (req.headers.authorization === 'Basic dGVzdDp0ZXN0') statements.push(JSON.parse(body));
					send(200, JSON.stringify([statements.length]));
				});
				return;
			}
			const file = files.get(url.pathname);
			if (file) return send(200, file, url.pathname.endsWith('.html') ? 'text/html' : 'application/octet-stream');
			send(404, '');
		});
		lms.listen(0, '127.0.0.1', () => {
			lmsURL = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`;
			resolve();
		});
	});
}

// The second test signs in as the organisation the first one set up.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await startServer();
	await startLms();
});
test.afterAll(async () => {
	await server.stop();
	await new Promise((resolve) => lms.close(resolve));
});

/** The page's "Download package" form, the ZIP unpacked under `/<prefix>/` of the other LMS. */
async function downloadPackage(page: Page, standard: string, prefix: string) {
	await page.getByLabel('Standard').selectOption(standard);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download package' }).click();
	const zip = unzipSync(fs.readFileSync(await (await downloading).path()));
	for (const [name, bytes] of Object.entries(zip)) files.set(`/${prefix}/${name}`, bytes);
}

/** "Lifting safely", two of two steps: the text, then the question answered right at the first try. */
async function play(frame: FrameLocator | Page) {
	await expect(frame.getByText('Bend your knees.')).toBeVisible();
	await frame.getByRole('button', { name: 'Next' }).click();
	await frame.getByLabel('My knees').check();
	await frame.getByRole('button', { name: 'Check answer' }).click();
	await expect(frame.getByText('Right.')).toBeVisible();
	await frame.getByRole('button', { name: 'Next' }).click();
	await expect(frame.getByText('You answered 100 % right at the first try.')).toBeVisible();
}

/** The package terminated its session, so scorm-again's data model is read directly (GetValue is closed by then). */
function scormAgainResult(lmsPage: Page) {
	return lmsPage.evaluate(() => {
		type Api = {
			isTerminated(): boolean;
			cmi: { completion_status: string; score: { scaled: string; raw: string } };
		};
		const api = (window as unknown as { API_1484_11: Api }).API_1484_11;
		return [api.isTerminated(), api.cmi.completion_status, api.cmi.score.scaled, api.cmi.score.raw];
	});
}

test('a module exported as SCORM 2004 and cmi5 reports completion and score to another LMS', async ({ page }) => {
	test.setTimeout(60_000);
	await setupOrganisation(page, server.baseURL);
	await page.goto(server.baseURL + '/bites/author');
	await page.getByLabel('Title', { exact: true }).fill('Lifting safely');
	await page.getByLabel('Estimated minutes').fill('3');
	// the exported player speaks the module's language
	await page.locator('#f-language').selectOption('en');
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByRole('heading', { name: 'Lifting safely', level: 1 })).toBeVisible();
	await page.getByLabel('Text (Markdown)').first().fill('Bend your **knees**.');
	await page.getByRole('button', { name: 'Add text card' }).click();
	// On a busy machine the page may not be hydrated yet and the card is added by a full page load: what is typed
	// into the quiz form before that page is interactive is lost, so wait for the card and the page to settle.
	await expect(page.getByText('Bend your')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Question', { exact: true }).fill('What do you bend?');
	await page.getByLabel('Answer 1', { exact: true }).fill('My knees');
	await page.getByLabel('Answer 1 is right').check();
	await page.getByLabel('Answer 2', { exact: true }).fill('My back');
	await page.getByRole('button', { name: 'Add quiz question' }).click();
	await expect(page.getByText('What do you bend?')).toBeVisible();

	await downloadPackage(page, 'scorm2004', 'scorm');
	await downloadPackage(page, 'cmi5', 'cmi5');
	expect(new TextDecoder().decode(files.get('/cmi5/cmi5.xml'))).toContain('<url>index.html</url>');

	const other = await page.context().newPage();
	await other.goto(lmsURL + '/lms.html');
	await play(other.frameLocator('#content'));
	expect(await scormAgainResult(other)).toEqual([true, 'completed', '1', '100']);

	const actor = JSON.stringify({ objectType: 'Agent', name: 'Ada', account: { homePage: lmsURL, name: 'ada' } });
	const launch = new URLSearchParams({
		endpoint: `${lmsURL}/xapi/`,
		fetch: `${lmsURL}/fetch`,
		actor,
		registration: '6a0b6f3e-7c1d-4a43-9a52-6f3a3b0c1d2e',
		activityId: 'https://lms.test/au/1'
	});
	await other.goto(`${lmsURL}/cmi5/index.html?${launch}`);
	await play(other);
	await expect
		.poll(() => statements.map((s) => s.verb.id.split('/').pop()))
		.toEqual(['initialized', 'completed', 'terminated']);
	expect(statements[1].result).toMatchObject({ completion: true, score: { scaled: 1 } });
});

test('a learning path exported as SCORM 2004 plays as one course in another LMS and reports completion and score', async ({
	page
}) => {
	test.setTimeout(60_000);
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	// The module from the test before, published, as the one step of a path.
	await page.goto(server.baseURL + '/bites/author');
	await page.getByRole('link', { name: 'Lifting safely' }).first().click();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.goto(server.baseURL + '/bites/paths');
	await page.getByLabel('Title').fill('Safe at work');
	await page.getByRole('button', { name: 'New learning path' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Safe at work' })).toBeVisible();
	await page.getByLabel('Module', { exact: true }).selectOption({ label: 'Lifting safely' });
	await page.getByRole('button', { name: 'Add as next step' }).click();
	await expect(page.getByRole('heading', { level: 3, name: /Lifting safely/ })).toBeVisible();
	await expectAccessible(page);

	for (const key of [...files.keys()]) if (key.startsWith('/scorm/')) files.delete(key);
	await downloadPackage(page, 'scorm2004', 'scorm');
	expect(new TextDecoder().decode(files.get('/scorm/imsmanifest.xml'))).toContain('<title>Safe at work</title>');
	const other = await page.context().newPage();
	await other.goto(lmsURL + '/lms.html');
	await expect(other.frameLocator('#content').getByRole('heading', { name: 'Safe at work' })).toBeVisible();
	await play(other.frameLocator('#content'));
	expect(await scormAgainResult(other)).toEqual([true, 'completed', '1', '100']);
});

test('an imported SCORM 2004 package plays in the sandbox and its completion is recorded', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);

	const dir = fs.mkdtempSync(path.join(server.dataDir, 'pkg-'));
	const broken = path.join(dir, 'slip.zip');
	fs.writeFileSync(broken, samplePackage({ '../evil.html': '<script>parent.alert(1)</script>' }));
	const good = path.join(dir, 'safe-lifting.zip');
	fs.writeFileSync(good, samplePackage());
	await page.goto(server.baseURL + '/bites/author');
	await page.getByLabel('Package (ZIP)').setInputFiles(broken);
	await page.getByRole('button', { name: 'Import package' }).click();
	await expect(page.getByRole('alert')).toContainText('outside its own folder');
	await page.getByLabel('Package (ZIP)').setInputFiles(good);
	await page.getByRole('button', { name: 'Import package' }).click();
	await expect(page.getByRole('heading', { name: 'Safe lifting', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Take the module' }).click();

	const frame = page.frameLocator('iframe[title="Learning package: Safe lifting"]');
	await expect(frame.getByText('LMS found')).toBeVisible();
	// The package's scripts run in an opaque origin: the app's cookies and DOM are out of its reach.
	const reach = await page
		.frames()
		.find((f) => f.url().includes('/bites/packages/'))!
		.evaluate(() => {
			let parentDom = 'reachable';
			try {
				void window.parent.document.title;
			} catch {
				parentDom = 'blocked';
			}
			return {
				origin: window.origin,
				parentDom,
				cookie: (() => {
					try {
						return document.cookie;
					} catch {
						return 'blocked';
					}
				})()
			};
		});
	expect(reach).toEqual({ origin: 'null', parentDom: 'blocked', cookie: 'blocked' });
	await frame.getByRole('button', { name: 'I have read this' }).click();
	await expect(frame.getByText('reported')).toBeVisible();
	await expect(page.getByText('Completed. Your result is recorded.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Completed. Your result is recorded.')).toBeVisible();
});

/** The statements the page's frames send to Samspil's cmi5 endpoint, as sent. */
function sentStatements(page: import('@playwright/test').Page) {
	const sent: { verb: { id: string } }[] = [];
	page.on('request', (request) => {
		if (request.method() === 'POST' && request.url().includes('/api/cmi5/xapi/statements'))
			sent.push(...[JSON.parse(request.postData() ?? 'null')].flat());
	});
	return sent;
}

/** The AU of sampleCmi5Package in its sandboxed frame: launched, then finished with a score of 90 %. */
async function playCmi5(page: import('@playwright/test').Page, sent: { verb: { id: string } }[]) {
	const frame = page.frameLocator('iframe[title="Learning package: Fire safety"]');
	await expect(frame.getByText('launched: Normal, CompletedAndPassed')).toBeVisible();
	await frame.getByRole('button', { name: 'I know my exit' }).click();
	await expect(frame.getByText('reported')).toBeVisible();
	expect(sent.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'completed', 'passed', 'terminated']);
	for (const s of sent) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
	// what the AU reported is the module's progress: opened again, it shows completed with the score
	await page.reload();
	await expect(page.getByText('Completed. Your result is recorded.')).toBeVisible();
	await expect(page.getByText('Your score: 90 %.')).toBeVisible();
}

test('an imported cmi5 package plays in the sandbox against Samspil’s cmi5 endpoints and records completion and score', async ({
	page
}) => {
	test.setTimeout(60_000);
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	const sent = sentStatements(page);
	const dir = fs.mkdtempSync(path.join(server.dataDir, 'cmi5-'));
	const external = path.join(dir, 'external.zip');
	fs.writeFileSync(
		external,
		sampleCmi5Package({
			'cmi5.xml': new TextDecoder()
				.decode(unzipSync(sampleCmi5Package())['cmi5.xml'])
				.replace('<url>au/index.html</url>', '<url>https://elsewhere.example/au.html</url>')
		})
	);
	const good = path.join(dir, 'fire-safety.zip');
	fs.writeFileSync(good, sampleCmi5Package());
	await page.goto(server.baseURL + '/bites/author');
	await page.getByLabel('Package (ZIP)').setInputFiles(external);
	await page.getByRole('button', { name: 'Import package' }).click();
	await expect(page.getByRole('alert')).toContainText('is on another website');
	await page.getByLabel('Package (ZIP)').setInputFiles(good);
	await page.getByRole('button', { name: 'Import package' }).click();
	await expect(page.getByRole('heading', { name: 'Fire safety', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Take the module' }).click();

	// the AU's launch URL carries the cmi5 launch parameters, and its frame stays sandboxed without same-origin
	const iframe = page.locator('iframe[title="Learning package: Fire safety"]');
	await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-forms');
	const src = new URL((await iframe.getAttribute('src'))!, server.baseURL);
	expect([...src.searchParams.keys()]).toEqual(['endpoint', 'fetch', 'actor', 'registration', 'activityId']);
	await expect(page.frameLocator('iframe[title="Learning package: Fire safety"]').getByText('launched')).toBeVisible();
	const origin = await page
		.frames()
		.find((f) => f.url().includes('/bites/packages/'))!
		.evaluate(() => window.origin);
	expect(origin).toBe('null');
	await playCmi5(page, sent);
});

test('an external learner plays SCORM and cmi5 package modules of a public collection, and their progress is recorded', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(server.baseURL + '/bites/author');
	await page.getByLabel('Collection title').fill('Open safety courses');
	const modules = page.locator('form[action="?/collection"]');
	await modules.getByLabel('Safe lifting').check();
	await modules.getByLabel('Fire safety').check();
	await page.getByRole('button', { name: 'Create collection' }).click();
	await expect(page.getByRole('heading', { name: 'Open safety courses', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Publish with a link' }).click();
	const link = await page.getByLabel('Link to share').inputValue();

	const guest = await (await browser.newContext()).newPage();
	await guest.goto(link);
	await guest.getByLabel('Your name').fill('Eva Extern');
	await guest.getByLabel('Email').fill('eva@example.test');
	await guest.getByRole('button', { name: 'Start learning' }).click();
	await expect(guest.getByText('Welcome, Eva Extern.', { exact: false })).toBeVisible();

	await guest.getByRole('link', { name: 'Safe lifting' }).click();
	const scorm = guest.frameLocator('iframe[title="Learning package: Safe lifting"]');
	await expect(scorm.getByText('LMS found')).toBeVisible();
	await scorm.getByRole('button', { name: 'I have read this' }).click();
	await expect(guest.getByText('Completed. Your result is recorded.')).toBeVisible();
	await guest.reload();
	await expect(guest.getByText('Completed. Your result is recorded.')).toBeVisible();
	await expect(guest.getByText('Your score: 80 %.')).toBeVisible();

	await guest.goto(link);
	const sent = sentStatements(guest);
	await guest.getByRole('link', { name: 'Fire safety' }).click();
	await playCmi5(guest, sent);
	await guest.context().close();
});

test('the demo organisation’s cmi5 module plays in the sandbox and records its result', async ({ page }) => {
	test.setTimeout(90_000);
	const demo = await createDemoOrganisation(server.dataDir);
	await signIn(page, server.baseURL, demo.email, demo.password);
	const sent = sentStatements(page);
	await page.goto(server.baseURL + '/bites');
	await page.getByRole('link', { name: 'Brandsikkerhed: find nærmeste udgang' }).first().click();
	const frame = page.frameLocator('iframe[title*="Brandsikkerhed: find nærmeste udgang"]');
	await expect(frame.getByRole('button', { name: 'Afslut' })).toBeEnabled();
	await frame.getByLabel('Nej').check();
	await frame.getByRole('button', { name: 'Afslut' }).click();
	await expect(frame.getByText('Rigtigt – det er registreret.')).toBeVisible();
	expect(sent.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized', 'completed', 'passed', 'terminated']);
	for (const s of sent) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
	await page.reload();
	await expect(page.getByText(/(Your score|Dit resultat): 100 %\./)).toBeVisible();
});
