// Light and dark (issue 21, point 6): a person chooses the theme in the account menu, with or without JavaScript,
// and the server writes it into the page (no flash of the other theme); "as the device" follows the device. Every
// board view passes axe in both themes: the facilitator's canvas and list, a guest's board, the projector view and
// the summary.
import { test, expect } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, openSession } from './support/boards';
import { ADMIN, openHeaderMenu, signIn } from './support/people';

const { server, facilitator, createBoard } = boardsSuite();

async function chooseTheme(page: Page, label: string) {
	await openHeaderMenu(page);
	await page.getByRole('banner').getByLabel('Theme').selectOption({ label });
	await page.getByRole('banner').getByRole('button', { name: 'Change theme' }).click();
}

test('a person chooses dark in the account menu, with or without JavaScript; the server writes it into the page', async ({
	browser
}) => {
	const page = await facilitator(browser);
	await page.goto(server.baseURL + '/teams');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
	await chooseTheme(page, 'Dark');
	await expect(page).toHaveURL(`${server.baseURL}/teams`);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(await background()).toBe('rgb(18, 23, 21)');
	// The page arrives dark from the server: the raw HTML says so before any script runs.
	const raw = await (await page.request.get(server.baseURL + '/teams')).text();
	expect(raw).toContain('data-theme="dark"');
	expect(raw).toContain('<meta name="color-scheme" content="dark"');
	await chooseTheme(page, 'As the device');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
	expect(await background()).toBe('rgb(247, 247, 244)');
	await page.context().close();

	// Without JavaScript, on a public page's footer.
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
	const visitor = await context.newPage();
	await visitor.goto(server.baseURL + '/privacy');
	// "As the device", and the device is dark.
	expect(await visitor.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 23, 21)');
	await visitor.getByLabel('Theme').selectOption({ label: 'Light' });
	await visitor.getByRole('button', { name: 'Change theme' }).click();
	await expect(visitor).toHaveURL(`${server.baseURL}/privacy`);
	await expect(visitor.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await visitor.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(247, 247, 244)');
	await context.close();
});

/** A browser context in a theme: the person's choice (a cookie, as the switcher sets it) or the device's. */
async function themed(
	browser: Browser,
	theme: 'light' | 'dark' | 'device-dark',
	options = {}
): Promise<BrowserContext> {
	const context = await browser.newContext({ colorScheme: theme === 'device-dark' ? 'dark' : 'light', ...options });
	if (theme !== 'device-dark') await context.addCookies([{ name: 'samspil_theme', value: theme, url: server.baseURL }]);
	return context;
}

for (const theme of ['light', 'dark', 'device-dark'] as const)
	test(`every board view passes axe in the ${theme} theme`, async ({ browser }) => {
		const setup = await facilitator(browser);
		const boardId = await createBoard(setup, `Axe board ${theme}`, 'Start / stop / continue');
		const code = await openSession(setup);
		await addNote(setup, 'Start', 'Pair up new colleagues');
		await setup.context().close();

		const fac = await (await themed(browser, theme)).newPage();
		await signIn(fac, server.baseURL, ADMIN.email, ADMIN.password);
		await fac.goto(`${server.baseURL}/boards/${boardId}`);
		await expect(note(fac, 'Pair up new colleagues')).toBeVisible();
		await note(fac, 'Pair up new colleagues').hover();
		await expectAccessible(fac);
		await fac.getByRole('button', { name: 'List view' }).click();
		await expect(fac.getByRole('listitem').filter({ hasText: 'Pair up new colleagues' })).toBeVisible();
		await expectAccessible(fac);
		await fac.getByRole('button', { name: 'Canvas' }).click();
		await fac.goto(`${server.baseURL}/boards/${boardId}/present`);
		await expect(fac.getByTestId('present-code')).toHaveText(code);
		await expectAccessible(fac);
		await fac.goto(`${server.baseURL}/boards/${boardId}/summary`);
		await expect(fac.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(fac);

		const guestContext = await themed(browser, theme, { viewport: { width: 375, height: 800 } });
		const guest = await guestContext.newPage();
		await guest.goto(`${server.baseURL}/join`);
		await guest.getByLabel('Workshop code').fill(code);
		await guest.getByLabel('Your name on the board').fill('Gry');
		await guest.getByRole('button', { name: 'Join' }).click();
		await expect(note(guest, 'Pair up new colleagues')).toBeVisible();
		await expectAccessible(guest);
		await fac.context().close();
		await guestContext.close();
	});
