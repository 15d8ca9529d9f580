// The notification centre in real Chromium against the production build: a manager's nudge in one browser
// rings the owner's bell in another at once (no reload), the centre lists it with a link to the action, and
// marking read empties the count — with JavaScript, and without it for one item at phone width.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { expectAccessible } from './support/a11y';

let server: TestServer;
let domain: string;
let password: string;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	const demo = await createDemoOrganisation(server.dataDir);
	domain = demo.email.split('@')[1];
	password = demo.password;
});
test.afterAll(async () => {
	await server.stop();
});

async function as(browser: Browser, local: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const page = await context.newPage();
	await signIn(page, server.baseURL, `${local}@${domain}`, password);
	return page;
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications, \d+ unread$/ });
async function unreadInBell(page: Page): Promise<number> {
	const name = (await bell(page).getAttribute('aria-label')) ?? '';
	return Number(/(\d+) unread/.exec(name)?.[1] ?? NaN);
}

test("a manager's nudge rings the owner's bell live; the centre links to the action and mark all read empties the count", async ({
	browser
}) => {
	const lars = await as(browser, 'lars.thygesen');
	await lars.goto(server.baseURL + '/dashboard');
	const before = await unreadInBell(lars);
	expect(before).toBeGreaterThanOrEqual(0);
	// A mark that a reload would wipe: the count must change without one.
	await lars.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

	const mette = await as(browser, 'mette.kjaergaard');
	await mette.goto(server.baseURL + '/actions');
	await mette.getByRole('link', { name: 'Action plan for Borgerservice' }).click();
	await mette.getByRole('link', { name: 'Fælles vejledning til det nye sagssystem' }).first().click();
	await mette.getByRole('button', { name: 'Nudge Lars Thygesen' }).click();
	await expect(mette.getByText('Lars Thygesen will see a reminder to follow this up.')).toBeVisible();

	await expect(bell(lars)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
	expect(await lars.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

	await bell(lars).click();
	await expect(lars.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
	const list = lars.getByRole('list', { name: 'Notifications' });
	const nudge = list
		.getByRole('listitem')
		.filter({ hasText: 'Mette Kjærgaard asks you to follow up "Fælles vejledning til det nye sagssystem"' })
		.first();
	await expect(nudge).toContainText('Unread');
	await expectAccessible(lars);
	await nudge.getByRole('link').click();
	await expect(lars).toHaveURL(/\/actions\/items\/[^/]+$/);
	await expect(lars.getByRole('heading', { level: 1, name: 'Fælles vejledning til det nye sagssystem' })).toBeVisible();

	await bell(lars).click();
	await lars.getByRole('button', { name: 'Mark all as read' }).click();
	await expect(lars.getByText('Marked as read.')).toBeVisible();
	await expect(bell(lars)).toHaveAccessibleName('Notifications, 0 unread');
	await expect(lars.getByText('0 unread', { exact: true })).toBeVisible();
	await expect(lars.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
	await expect(list.getByText('Unread', { exact: true })).toHaveCount(0);
	await lars.context().close();
	await mette.context().close();
});

test('at 375 px, without JavaScript, one notification is marked read by its own form; the page passes axe', async ({
	browser
}) => {
	const emma = await as(browser, 'emma.clarke', { javaScriptEnabled: false, width: 375 });
	await emma.goto(server.baseURL + '/notifications');
	const before = await unreadInBell(emma);
	expect(before).toBeGreaterThan(0);
	const marks = emma.getByRole('button', { name: /^Mark as read: / });
	await expect(marks).toHaveCount(before);
	const first = (await marks.first().getAttribute('aria-label'))!;
	await marks.first().click();
	await expect(emma.getByText('Marked as read.')).toBeVisible();
	await expect(emma.getByRole('button', { name: first, exact: true })).toHaveCount(0);
	await expect(bell(emma)).toHaveAccessibleName(`Notifications, ${before - 1} unread`);
	await emma.context().close();

	// With JavaScript at the same width: the menu folds away, the bell stays in view, and axe finds nothing.
	const page = await as(browser, 'emma.clarke', { width: 375 });
	await page.goto(server.baseURL + '/notifications');
	await expect(bell(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await expectAccessible(page);
	await page.context().close();
});
