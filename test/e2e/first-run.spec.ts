// The first run (issue 17): "Start empty" says what to do next, the demo shows how to sign in as a colleague,
// and `npm run demo` prints sign-ins that work. An empty boards list tells "no boards yet" from "only archived ones".
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
		// An organisation with no board at all says so, in the list and in the archive.
		await page.goto(fresh.baseURL + '/boards');
		await expect(page.getByText('There are no boards yet. Create the first one below.')).toBeVisible();
		await page.getByRole('link', { name: 'Show archived boards' }).click();
		await expect(page.getByText('There are no archived boards.')).toBeVisible();
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
		// The first colleague listed: the citizen service's manager, whose team's only board is its finished workshop.
		const first = people.getByRole('row').nth(1);
		await expect(first.getByRole('cell').first()).toHaveText('Mette Kjærgaard');
		const email = (await first.getByRole('cell').nth(1).textContent())!.trim();
		const password = (await page.getByTestId('demo-password').textContent())!.trim();
		await page.getByRole('link', { name: 'Continue to the dashboard' }).click();
		await expect(page).toHaveURL(/\/dashboard$/);
		const colleague = await (await browser.newContext()).newPage();
		await signIn(colleague, fresh.baseURL, email, password);
		await expect(colleague).toHaveURL(/\/dashboard$/);
		// Her boards list says the team's board is in the archive, not that there are no boards yet.
		await colleague.goto(fresh.baseURL + '/boards');
		await expect(
			colleague.getByText('No active boards right now: 1 board is archived. Create a new one below.')
		).toBeVisible();
		await colleague.getByRole('link', { name: 'Show archived boards' }).click();
		await expect(colleague.getByRole('heading', { name: 'Vores læringsmiljø – workshop i marts' })).toBeVisible();
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
