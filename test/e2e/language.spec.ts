// Choosing a language (issue 17): signed out without JavaScript, signed in as a kept choice, only to paths of
// this site, and no cookie until someone chooses.
import { test, expect } from './support/test';
import type { Browser } from '@playwright/test';
import { demoServer } from './support/demo-server';
import { openHeaderMenu } from './support/people';

const demo = demoServer();
const adminPage = (browser: Browser, viewport: { width: number; height: number }) => demo.adminPage(browser, viewport);

test('a signed-out visitor changes the language from the page they are on, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto(demo.server.baseURL + '/privacy');
	await page.getByLabel('Language').selectOption({ label: 'Dansk' });
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page).toHaveURL(`${demo.server.baseURL}/privacy`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await page.goto(demo.server.baseURL + '/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(page.getByLabel('Sprog')).toBeVisible();
	await context.close();
});

test('the language form only sends people back to a path of this site', async ({ request }) => {
	for (const to of [
		'https://evil.example/x',
		'//evil.example/x',
		'/\\evil.example',
		'/\t/evil.example',
		'javascript:alert(1)'
	]) {
		// accept: text/html, as a browser's form post (SvelteKit answers others with JSON)
		const res = await request.post(demo.server.baseURL + '/language', {
			form: { locale: 'sv', to },
			headers: { origin: demo.server.baseURL, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(res.status(), to).toBe(303);
		expect(res.headers()['location'], to).toBe('/');
	}
	const bad = await request.post(demo.server.baseURL + '/language', {
		form: { locale: 'xx', to: '/privacy' },
		headers: { origin: demo.server.baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(bad.status()).toBe(303);
	expect(bad.headers()['set-cookie'] ?? '').not.toContain('samspil_locale=xx');
});

test('a signed-in person changes the language in the header, and it is kept as their choice', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(demo.server.baseURL + '/teams');
	await openHeaderMenu(page);
	await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Svenska' });
	await page.getByRole('banner').getByRole('button', { name: 'Change language' }).click();
	await expect(page).toHaveURL(`${demo.server.baseURL}/teams`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	// the choice belongs to the person: a new browser signs in to Swedish too
	const other = await adminPage(browser, { width: 1280, height: 800 });
	await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
	await openHeaderMenu(other);
	await other.getByRole('banner').getByLabel('Språk').selectOption({ label: 'English' });
	await other.getByRole('banner').getByRole('button', { name: 'Byt språk' }).click();
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
});

test("a first visit leaves no language cookie behind, so the browser's language still decides later", async ({
	browser
}) => {
	const first = await browser.newContext({ locale: 'da-DK' });
	const page = await first.newPage();
	await page.goto(demo.server.baseURL + '/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await page.getByLabel('Adgangskode').click(); // hydrated and used
	await page.waitForLoadState('networkidle');
	expect((await first.cookies()).map((c) => c.name)).not.toContain('samspil_locale');
	const later = await browser.newContext({ locale: 'sv-SE', storageState: await first.storageState() });
	const again = await later.newPage();
	await again.goto(demo.server.baseURL + '/signin');
	await expect(again.locator('html')).toHaveAttribute('lang', 'sv');
	await first.close();
	await later.close();
});
