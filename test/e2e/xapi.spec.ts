// The xAPI settings as an admin uses them, in Chromium against the production build, on a phone-sized screen, the
// form also without JavaScript: the demo's LRS trial is there (switched off, its secret only hinted), the backlog shows
// nothing waiting, a change is saved through the plain form, the statements download is JSON, and the page is
// axe-clean. A member is refused.
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation, demoAddress } from './support/demo';
import { expectAccessible } from './support/a11y';

let server: TestServer;
let demo: Awaited<ReturnType<typeof createDemoOrganisation>>;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	demo = await createDemoOrganisation(server.dataDir);
});
test.afterAll(async () => {
	await server?.stop();
});

test('an admin configures the LRS on a phone without JavaScript; a member is refused', async ({ browser }) => {
	const phone = { viewport: { width: 375, height: 800 } };
	const page = await (await browser.newContext(phone)).newPage();
	await signIn(page, server.baseURL, demo.email, demo.password);
	await page.goto(server.baseURL + '/settings');
	await page.getByRole('link', { name: 'Learning records (xAPI)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Learning records (xAPI)' })).toBeVisible();
	await expect(page.getByText('0 statements waiting')).toBeVisible();
	await expect(page.getByText('0 statements failed')).toBeVisible();
	await expect(page.getByLabel('LRS address (URL)')).toHaveValue('https://lrs.example.invalid/xapi');
	await expect(page.getByLabel('Send learning records to this LRS')).not.toBeChecked();
	await expect(page.getByText(/A secret is stored \(ending …/)).toBeVisible();
	await expect(page.getByLabel('Secret')).toHaveValue('');
	await expectAccessible(page);
	// nothing wider than the phone
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

	// the plain form, before JavaScript (axe needs a page that runs scripts, so this is a second one)
	const plain = await (await browser.newContext({ ...phone, javaScriptEnabled: false })).newPage();
	await signIn(plain, server.baseURL, demo.email, demo.password);
	await plain.goto(server.baseURL + '/settings/xapi');
	await plain.getByLabel('Key (user name)').fill('samspil-trial');
	await plain.getByLabel('Their email address').check();
	await plain.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(plain.getByText('Saved.')).toBeVisible();
	await expect(plain.getByLabel('Key (user name)')).toHaveValue('samspil-trial');
	await expect(plain.getByLabel('Their email address')).toBeChecked();
	await expect(plain.getByText(/A secret is stored \(ending …/)).toBeVisible();

	const download = await page.request.get(
		`${server.baseURL}/settings/xapi/statements.json?from=2026-01-01&to=2026-12-31`
	);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toContain('json');
	expect(await download.json()).toEqual([]);

	const member = await (await browser.newContext()).newPage();
	const domain = demo.email.split('@')[1];
	await signIn(member, server.baseURL, demoAddress('Jonas Vestergaard', domain), demo.password);
	const refused = await member.goto(server.baseURL + '/settings/xapi');
	expect(refused?.status()).toBe(403);
});
