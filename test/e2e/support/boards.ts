// The boards e2e specs share one way to start their server and the steps a facilitator and a guest take
// on a board; each spec file calls boardsSuite() once and gets its own server and fresh database.
import { test, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import jsQR from 'jsqr';
import { startServer, type TestServer } from './server';
import { ADMIN, setupOrganisation, signIn } from './people';

export const note = (page: Page, text: string) => page.getByRole('article', { name: new RegExp(`^Note: ${text}`) });

/** Moves the workshop to a phase with the toolbar's phase stepper. */
export async function setPhase(page: Page, phase: string) {
	// The live heading can change before the action's answer (and the page data it refreshes) is back: wait for both,
	// so the next step types into a settled page.
	const answered = page.waitForResponse((r) => r.url().includes('/phase') && r.request().method() === 'POST');
	await page.getByRole('navigation', { name: 'Phases' }).getByRole('button', { name: phase, exact: true }).click();
	await answered;
	await expect(page.getByRole('heading', { name: `Phase: ${phase}` })).toBeVisible();
}

export async function addNote(page: Page, zone: string, text: string) {
	await page.getByLabel(`New note in ${zone}`).fill(text);
	await page.getByLabel(`New note in ${zone}`).press('Enter');
}

const popoverNamed = (page: Page, name: string) =>
	page
		.getByRole('main')
		.locator('details')
		.filter({ has: page.locator('summary').getByText(name, { exact: true }) });

/** Opens a board popover ("Invite guests", "More") unless it is open, as a person would: by its summary. */
export async function openPopover(page: Page, name: string) {
	const popover = popoverNamed(page, name);
	if (!(await popover.evaluate((el) => (el as HTMLDetailsElement).open))) await popover.locator('summary').click();
	return popover;
}

/** Closes a board popover if it is open (it covers what lies below it). */
export async function closePopover(page: Page, name: string) {
	const popover = popoverNamed(page, name);
	if (await popover.evaluate((el) => (el as HTMLDetailsElement).open)) await popover.locator('summary').click();
}

/** Opens the workshop session from "Invite guests", reads its code and folds the popover away again. */
export async function openSession(page: Page) {
	await openPopover(page, 'Invite guests');
	await page.getByRole('button', { name: 'Open a workshop session for guests' }).click();
	const code = (await page.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await closePopover(page, 'Invite guests');
	return code;
}

/**
 * Reads the join QR code shown on the page as a phone's camera would: drawn on a blank page (so the app's CSP has no
 * say), then decoded. Null when it does not decode.
 */
export async function readJoinQr(page: Page, code: string): Promise<string | null> {
	// On the facilitator's board the QR code is in "Invite guests"; the projector shows it outright.
	if (await popoverNamed(page, 'Invite guests').count()) await openPopover(page, 'Invite guests');
	const svg = await page
		.getByRole('img', { name: `QR code to join with code ${code}` })
		.locator('svg')
		.evaluate((el) => el.outerHTML);
	const canvas = await page.context().newPage();
	const pixels = await canvas.evaluate(async (markup) => {
		const image = new Image();
		image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(markup);
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 400;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, 400, 400);
		ctx.drawImage(image, 0, 0, 400, 400);
		return Array.from(ctx.getImageData(0, 0, 400, 400).data);
	}, svg);
	await canvas.close();
	return jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data ?? null;
}

/** Ends the workshop from the toolbar's "More" popover. */
export async function endWorkshop(page: Page) {
	await openPopover(page, 'More');
	await page.getByRole('button', { name: 'End the workshop' }).click();
}

/** Opens a note's editor by keyboard (Enter on the focused note), replaces its text and saves (Enter). */
export async function editNote(page: Page, text: string, next: string) {
	await note(page, text).focus();
	await page.keyboard.press('Enter');
	const field = page.getByRole('textbox', { name: 'Note text' });
	await field.fill(next);
	await field.press('Enter');
	await expect(field).toHaveCount(0);
}

export async function giveDot(page: Page, text: string, times = 1) {
	for (let i = 0; i < times; i++) await page.getByRole('button', { name: `Give a dot to “${text}”` }).click();
}

/**
 * Presses Tab until `target` has focus: it is reached in the page's own tab order,
 * as a keyboard user would, never focused by script.
 */
export async function tabTo(page: Page, target: Locator, max = 150) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${target} was not reached with ${max} presses of Tab`);
}

type Viewport = { viewport?: { width: number; height: number } };

/**
 * Starts this spec file's server (an organisation with the demo data, signed up by ADMIN) and returns the
 * steps bound to it. `server` reads through to the running server, so it can be destructured at the top.
 */
export function boardsSuite() {
	let running: TestServer;
	test.describe.configure({ mode: 'serial' });
	test.beforeAll(async ({ browser }) => {
		running = await startServer();
		const page = await browser.newPage();
		await setupOrganisation(page, running.baseURL, { demo: true });
		await page.close();
	});
	test.afterAll(async () => {
		await running.stop();
	});
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
	test.afterEach(async ({}, info) => {
		if (info.status !== info.expectedStatus)
			await info.attach('server log', { body: running.logs(), contentType: 'text/plain' });
	});

	const server = {
		get baseURL() {
			return running.baseURL;
		},
		get dataDir() {
			return running.dataDir;
		}
	};

	async function signedIn(browser: Browser, email: string, password: string, options: Viewport = {}) {
		const page = await (await browser.newContext(options)).newPage();
		await signIn(page, server.baseURL, email, password);
		return page;
	}

	const facilitator = (browser: Browser) => signedIn(browser, ADMIN.email, ADMIN.password);

	async function createBoard(page: Page, title: string, template: string) {
		await page.goto(server.baseURL + '/boards');
		await page.getByLabel('Title', { exact: true }).fill(title);
		await page.getByLabel('For', { exact: true }).selectOption({ label: 'Borgerservice' });
		await page.getByRole('radio', { name: new RegExp('^' + template.replace(/[/*]/g, (c) => '\\' + c)) }).check();
		await page.getByRole('button', { name: 'Create board' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
		return page.url().split('/').pop()!;
	}

	async function joinAsGuest(browser: Browser, code: string, name: string, options: Viewport = {}) {
		const page = await (await browser.newContext(options)).newPage();
		await page.goto(server.baseURL + '/join');
		await page.getByLabel('Workshop code').fill(code.toLowerCase());
		await page.getByLabel('Your name on the board').fill(name);
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page).toHaveURL(/\/join\/[\w-]{16,}$/);
		await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
		return page;
	}

	/** The status the sync server answers a WebSocket upgrade with (101 = accepted). */
	function upgradeStatus(path: string, cookie: string): Promise<number> {
		return new Promise((resolve, reject) => {
			const ws = new WebSocket(server.baseURL.replace(/^http/, 'ws') + path, { headers: { cookie } });
			ws.on('unexpected-response', (_req, res) => {
				resolve(res.statusCode ?? 0);
				ws.terminate();
			});
			ws.on('open', () => {
				resolve(101);
				ws.close();
			});
			ws.on('error', reject);
		});
	}

	return { server, signedIn, facilitator, createBoard, joinAsGuest, upgradeStatus };
}
