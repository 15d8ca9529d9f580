// The first run (issue 17): "Start empty" says what to do next, the demo shows how to sign in as a colleague,
// and `npm run demo` prints sign-ins that work.
import { test, expect } from './support/test';
import { startServer } from './support/server';
import { setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { demoServer } from './support/demo-server';

/** `npm run demo` adds an organisation beside an existing one, as on a server already in use. */
const shared = demoServer();

test('"Start empty" tells the new admin what to do next', async ({ browser }) => {
	const fresh = await startServer();
	const page = await browser.newPage();
	try {
		await setupOrganisation(page, fresh.baseURL);
		await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
		await page.getByRole('link', { name: 'Create a team' }).click();
		await expect(page).toHaveURL(/\/teams$/);
	} finally {
		await page.close();
		await fresh.stop();
	}
});

test('after choosing the demo, the first-run page shows how to sign in as a colleague', async ({ browser }) => {
	test.setTimeout(120_000);
	const fresh = await startServer();
	const page = await browser.newPage();
	try {
		await page.goto(fresh.baseURL + '/setup');
		await page.getByLabel('Organisation name').fill('Demo Kommune');
		await page.getByLabel('Your name').fill('Dina Demo');
		await page.getByLabel('Email').fill('dina@demo.test');
		await page.getByLabel('Password').fill('correct horse battery');
		await page.getByRole('button', { name: 'Explore with demo data' }).click();
		const people = page.getByRole('table', { name: 'Sign in as a colleague' });
		await expect(people).toBeVisible({ timeout: 45_000 });
		const email = (await people.getByRole('row').nth(1).getByRole('cell').nth(1).textContent())!.trim();
		const password = (await page.getByTestId('demo-password').textContent())!.trim();
		await page.getByRole('link', { name: 'Continue to the dashboard' }).click();
		await expect(page).toHaveURL(/\/dashboard$/);
		const colleague = await (await browser.newContext()).newPage();
		await signIn(colleague, fresh.baseURL, email, password);
		await expect(colleague).toHaveURL(/\/dashboard$/);
	} finally {
		await page.close();
		await fresh.stop();
	}
});

test('`npm run demo` prints sign-ins for the demo organisation’s people', async () => {
	const demo = await createDemoOrganisation(shared.server.dataDir);
	expect(demo.colleagues.length).toBeGreaterThan(3);
	const { request } = await import('@playwright/test');
	const api = await request.newContext();
	const res = await api.post(shared.server.baseURL + '/signin', {
		form: { email: demo.colleagues[0].email, password: demo.password },
		headers: { origin: shared.server.baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).not.toContain('/signin');
	await api.dispose();
});
