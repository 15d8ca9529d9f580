// Documents, captions and transcripts in a learning bite, in Chromium against the production build: an author adds
// a WAV with WebVTT captions and a transcript and a PDF to download; a learner on a 375 px phone hears the audio
// (its source loads), finds the captions track and the transcript, downloads the document with its own name and
// bytes, and takes the whole module home as a PDF.
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { setupOrganisation, signIn } from './support/people';
import { CAPTIONS, exe, pdf, silentWav } from '../fixtures/documents';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer();
});
test.afterAll(async () => {
	await server.stop();
});

const PHONE = { width: 375, height: 740 };
const LEARNER = { name: 'Lars Sørensen', email: 'lars@fjordby.test', password: 'a long enough password' };
const MODULE = 'Velkommen ved skranken';
const TRANSCRIPT = 'Goddag, og velkommen. Hvad kan jeg hjælpe med i dag?';
let moduleUrl = '';
let checklist: Buffer;
let documentPath = '';

async function downloadBytes(page: Page, click: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(c as Buffer);
	return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

async function learnerPage(browser: Browser) {
	const page = await (await browser.newContext({ viewport: PHONE, acceptDownloads: true })).newPage();
	await signIn(page, server.baseURL, LEARNER.email, LEARNER.password);
	return page;
}

test('an author adds audio with captions and a transcript, and a PDF to download; an executable is refused', async ({
	page
}) => {
	test.setTimeout(120_000);
	checklist = await pdf('Tjekliste: hils, lyt, opsummér');
	await setupOrganisation(page, server.baseURL);
	await page.goto(server.baseURL + '/bites/author');
	await page.getByLabel('Title', { exact: true }).fill(MODULE);
	await page.getByLabel('Estimated minutes').fill('3');
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();
	moduleUrl = page.url().replace(/\/edit$/, '');

	const media = page.getByRole('region', { name: 'Add image, video or audio' });
	await media.getByLabel('Kind').selectOption({ label: 'Audio' });
	await media.getByLabel('File', { exact: true }).setInputFiles({
		name: 'velkomst.wav',
		mimeType: 'audio/wav',
		buffer: silentWav(2)
	});
	await media
		.getByLabel('Captions (WebVTT)')
		.setInputFiles({ name: 'velkomst.vtt', mimeType: 'text/vtt', buffer: Buffer.from(CAPTIONS) });
	await media.getByLabel('Language of the captions').selectOption({ label: 'Dansk' });
	await media.getByLabel('Transcript').fill(TRANSCRIPT);
	await media.getByLabel('Caption', { exact: true }).fill('Sådan tager du imod en borger');
	await media.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.locator('audio track[kind="captions"]')).toHaveCount(1);

	// A program named like a document is refused by its content, at the field.
	const add = page.getByRole('region', { name: 'Add a document to download' });
	await add.getByLabel('Document').setInputFiles({ name: 'tjekliste.pdf', mimeType: 'application/pdf', buffer: exe() });
	await add.getByRole('button', { name: 'Add a document to download' }).click();
	await expect(page.getByRole('alert').filter({ hasText: "this file's content is none of them" })).toBeVisible();
	await add
		.getByLabel('Document')
		.setInputFiles({ name: 'Tjekliste før skranken.pdf', mimeType: 'application/pdf', buffer: checklist });
	await add.getByLabel('Description').fill('Print den og hæng den op.');
	await add.getByRole('button', { name: 'Add a document to download' }).click();
	await expect(page.getByRole('link', { name: 'Tjekliste før skranken.pdf' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();

	await page.goto(server.baseURL + '/members');
	await page.getByLabel('Email').fill(LEARNER.email);
	await page.getByRole('button', { name: 'Invite someone' }).click();
	const invite = (await page.locator('.notice code').textContent())!.trim();
	const learner = await (await page.context().browser()!.newContext({ viewport: PHONE })).newPage();
	await learner.goto(invite);
	await learner.getByLabel('Your name').fill(LEARNER.name);
	await learner.getByLabel('Password').fill(LEARNER.password);
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(learner.getByRole('heading', { name: `Hello, ${LEARNER.name}` })).toBeVisible();
	await learner.context().close();
});

test('a learner on a phone hears the audio with its captions, reads the transcript and downloads the document', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await learnerPage(browser);
	await page.goto(moduleUrl);
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();
	const audio = page.locator('audio');
	await expect(audio).toHaveCount(1);
	// The source loads: Chromium has read the WAV's header (its length is known).
	await page.waitForFunction(() => {
		const a = document.querySelector('audio');
		return !!a && a.readyState >= 1 && a.duration > 1.9;
	});
	const track = audio.locator('track[kind="captions"]');
	await expect(track).toHaveAttribute('srclang', 'da');
	await expect(track).toHaveAttribute('default', '');
	// The default track is fetched and parsed: its cue is there.
	await page.waitForFunction(() => {
		const t = document.querySelector('audio')?.textTracks[0];
		return !!t && (t.cues?.length ?? 0) > 0;
	});
	await expect(page.getByText(TRANSCRIPT)).toBeHidden();
	await page.getByText('Read the transcript').click();
	await expect(page.getByText(TRANSCRIPT)).toBeVisible();
	await expectAccessible(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

	await page.getByRole('button', { name: 'Continue' }).click();
	const link = page.getByRole('link', { name: 'Tjekliste før skranken.pdf' });
	await expect(link).toBeVisible();
	await expect(page.getByText(/PDF, \d+(\.\d)? kB/)).toBeVisible();
	const file = await downloadBytes(page, () => link.click());
	expect(file.name).toBe('Tjekliste før skranken.pdf');
	expect(file.bytes.equals(checklist)).toBe(true);
	documentPath = (await link.getAttribute('href'))!;
	await expectAccessible(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

	const offline = await downloadBytes(page, () =>
		page.getByRole('link', { name: 'Download for offline reading (PDF)' }).click()
	);
	expect(offline.name).toBe('Velkommen-ved-skranken.pdf');
	expect(offline.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	await page.context().close();
});

test('without signing in, neither the document nor the module PDF is given out', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	expect(documentPath).toMatch(/^\/bites\/media\//);
	for (const path of [documentPath, new URL(moduleUrl).pathname + '/module.pdf']) {
		const response = await page.request.get(server.baseURL + path, { maxRedirects: 0 });
		expect(response.headers()['content-type'] ?? '').not.toContain('application/pdf');
		expect(response.status()).not.toBe(200);
	}
	await page.context().close();
});
