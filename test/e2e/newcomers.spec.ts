// What new users hit (issue 17): narrow screens, choosing a language, the first run, and small rough edges
// a newcomer meets in the first hour.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';

const PHONE = { width: 375, height: 740 };
let server: TestServer;
// not serial: each test stands alone on the shared demo organisation, so one failure does not hide the others
test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startServer();
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.close();
});
test.afterAll(async () => {
	await server.stop();
});

async function adminPage(browser: Browser, viewport = PHONE): Promise<Page> {
	const page = await (await browser.newContext({ viewport })).newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	return page;
}

/** The first link on `from` whose address matches `pattern`. */
async function linkFrom(page: Page, from: string, pattern: string) {
	await page.goto(server.baseURL + from);
	const href = await page.locator(`a[href*="${pattern}"]`).first().getAttribute('href');
	expect(href, `a link like ${pattern} on ${from}`).toBeTruthy();
	return href!;
}

test('at 375 px every table shows its last column (the actions) without sideways scrolling', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await adminPage(browser);
	const team = await linkFrom(page, '/teams', '/teams/');
	const programme = await linkFrom(page, '/learning', '/learning/programmes/');
	const learningTeam = await linkFrom(page, '/learning', '/learning/teams/');
	const plan = await linkFrom(page, '/actions/overview', '/actions/teams/');
	const module = (await linkFrom(page, '/bites/author', '/edit')).replace(/\/edit$/, '/analytics');
	const pages = ['/members', '/teams', team, '/learning', programme, learningTeam, '/learning/nudges', '/surveys', '/actions/overview', plan, '/audit', '/bites/author', '/bites/credentials/manage', '/bites/challenges', module];
	const checked: string[] = [];
	for (const path of pages) {
		await page.goto(server.baseURL + path);
		const tables = page.locator('main table');
		if ((await tables.count()) === 0) continue;
		checked.push(path);
		// Every row's last cell lies inside the screen, and the page itself does not scroll sideways.
		const hidden = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const out: string[] = [];
			for (const table of document.querySelectorAll('main table')) {
				// a chart's data table lives in a labelled, focusable scroll region of its own (see the results test)
				if (table.closest('[role="region"][tabindex="0"]')) continue;
				for (const row of table.querySelectorAll('tr')) {
					const last = row.lastElementChild as HTMLElement | null;
					if (!last || last.getBoundingClientRect().width === 0) continue;
					const r = last.getBoundingClientRect();
					if (r.right > width + 1) out.push(`${(last.textContent ?? '').trim().slice(0, 30) || last.innerHTML.slice(0, 40)} ends at ${Math.round(r.right)} px`);
				}
			}
			if (document.documentElement.scrollWidth > width + 1) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
			return out;
		});
		expect.soft(hidden, path).toEqual([]);
		for (const button of await page.locator('main table button').all()) {
			if (await button.isVisible()) expect.soft((await button.boundingBox())!.x + (await button.boundingBox())!.width, `${path}: a button in a table`).toBeLessThanOrEqual(PHONE.width);
		}
	}
	expect(checked.length).toBeGreaterThanOrEqual(10);
});

test('survey results at 375 px: chart labels fit, and axe finds nothing serious', async ({ browser }) => {
	const page = await adminPage(browser);
	const results = await linkFrom(page, '/surveys', '/results');
	await page.goto(server.baseURL + results);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
	// Every scrollable region can be reached by keyboard.
	const unreachable = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
			.filter((el) => (el as HTMLElement).tabIndex < 0 && !el.querySelector('a, button, input, select, textarea, [tabindex]'))
			.map((el) => el.className || el.tagName)
	);
	expect(unreachable).toEqual([]);
	// Chart canvases fit the screen, so their labels are not cut.
	for (const canvas of await page.locator('main canvas').all()) {
		const box = (await canvas.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
	}
});

test('the admin header does not break its rows from 1024 to 1280 px', async ({ browser }) => {
	for (const width of [1024, 1152, 1280]) {
		const page = await adminPage(browser, { width, height: 800 });
		await page.goto(server.baseURL + '/dashboard');
		// the sections stay on one line, the account controls on one line, and no section's name breaks in two
		for (const group of ['header nav li', 'header .account > *']) {
			const middles = await page.locator(group).evaluateAll((els) =>
				els.filter((e) => (e as HTMLElement).offsetParent).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))
			);
			expect(middles.length, group).toBeGreaterThan(2);
			expect(Math.max(...middles) - Math.min(...middles), `${group} at ${width} px`).toBeLessThanOrEqual(8);
		}
		const tall = await page.locator('header nav li a').evaluateAll((els) =>
			els.filter((a) => a.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(a).lineHeight)).map((a) => a.textContent)
		);
		expect(tall, `at ${width} px`).toEqual([]);
		await page.context().close();
	}
});

test('a signed-out visitor changes the language from the page they are on, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto(server.baseURL + '/privacy');
	await page.getByLabel('Language').selectOption({ label: 'Dansk' });
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page).toHaveURL(`${server.baseURL}/privacy`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await page.goto(server.baseURL + '/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(page.getByLabel('Sprog')).toBeVisible();
	await context.close();
});

test('the language form only sends people back to a path of this site', async ({ request }) => {
	for (const to of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)']) {
		// accept: text/html, as a browser's form post (SvelteKit answers others with JSON)
		const res = await request.post(server.baseURL + '/language', { form: { locale: 'sv', to }, headers: { origin: server.baseURL, accept: 'text/html' }, maxRedirects: 0 });
		expect(res.status(), to).toBe(303);
		expect(res.headers()['location'], to).toBe('/');
	}
	const bad = await request.post(server.baseURL + '/language', { form: { locale: 'xx', to: '/privacy' }, headers: { origin: server.baseURL, accept: 'text/html' }, maxRedirects: 0 });
	expect(bad.status()).toBe(303);
	expect(bad.headers()['set-cookie'] ?? '').not.toContain('samspil_locale=xx');
});

test('a signed-in person changes the language in the header, and it is kept as their choice', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(server.baseURL + '/teams');
	await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Svenska' });
	await page.getByRole('banner').getByRole('button', { name: 'Change language' }).click();
	await expect(page).toHaveURL(`${server.baseURL}/teams`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	// the choice belongs to the person: a new browser signs in to Swedish too
	const other = await adminPage(browser, { width: 1280, height: 800 });
	await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
	await other.getByRole('banner').getByLabel('Språk').selectOption({ label: 'English' });
	await other.getByRole('banner').getByRole('button', { name: 'Byt språk' }).click();
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
});

test("a first visit leaves no language cookie behind, so the browser's language still decides later", async ({ browser }) => {
	const first = await browser.newContext({ locale: 'da-DK' });
	const page = await first.newPage();
	await page.goto(server.baseURL + '/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await page.getByLabel('Adgangskode').click(); // hydrated and used
	await page.waitForLoadState('networkidle');
	expect((await first.cookies()).map((c) => c.name)).not.toContain('samspil_locale');
	const later = await browser.newContext({ locale: 'sv-SE', storageState: await first.storageState() });
	const again = await later.newPage();
	await again.goto(server.baseURL + '/signin');
	await expect(again.locator('html')).toHaveAttribute('lang', 'sv');
	await first.close();
	await later.close();
});

test('the bite authoring page has no duplicate element ids', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(server.baseURL + '/bites/author');
	const dupes = await page.evaluate(() => {
		const seen = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
		return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
	});
	expect(dupes).toEqual([]);
});

test('the module editor writes an assignment due date the way the rest of the app does', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(server.baseURL + '/bites/author');
	// only a published module can be assigned
	await page.getByRole('row').filter({ hasText: 'Published' }).first().getByRole('link').click();
	await page.getByLabel('Team or person').selectOption({ label: 'IT og Digitalisering' });
	await page.getByLabel('Due date').fill('2031-03-05');
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2031-03-05T12:00:00Z'));
	await expect(page.getByText(`IT og Digitalisering · Due ${expected}`)).toBeVisible();
});

test('a quiz question takes up to ten answers, added and removed without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	const edit = await linkFrom(page, '/bites/author', '/edit');
	await page.goto(server.baseURL + edit);
	const quiz = page.locator('form', { has: page.getByRole('button', { name: 'Add quiz question' }) });
	await quiz.getByLabel('Question', { exact: true }).fill('Which of these are Danish municipalities?');
	await quiz.getByLabel('Question type').selectOption({ label: 'Multiple choice' });
	for (let i = 5; i <= 10; i++) {
		await quiz.getByRole('button', { name: 'Add an answer' }).click();
		await expect(quiz.getByLabel(`Answer ${i}`, { exact: true })).toBeVisible();
	}
	await expect(quiz.getByRole('button', { name: 'Add an answer' })).toHaveCount(0);
	await quiz.getByRole('button', { name: 'Remove the last answer' }).click();
	await expect(quiz.getByLabel('Answer 10', { exact: true })).toHaveCount(0);
	await quiz.getByRole('button', { name: 'Add an answer' }).click();
	const towns = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Randers', 'Kolding', 'Horsens', 'Vejle', 'Roskilde', 'Malmö'];
	for (const [i, t] of towns.entries()) {
		await quiz.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(t);
		if (i < 9) await quiz.getByLabel(`Answer ${i + 1} is right`).check();
	}
	await quiz.getByRole('button', { name: 'Add quiz question' }).click();
	await expect(page.getByText('Which of these are Danish municipalities?')).toBeVisible();
	await expect(page.getByText('Malmö')).toBeVisible();
	await context.close();
});

test('a public collection that asks for name and email links to the privacy notice', async ({ browser }) => {
	const admin = await adminPage(browser, { width: 1280, height: 800 });
	await admin.goto(server.baseURL + '/bites/author');
	await admin.getByRole('link', { name: 'Kundeakademi: selvbetjening' }).click();
	const link = await admin.getByLabel('Link to share').inputValue();
	const guest = await (await browser.newContext({ viewport: PHONE })).newPage();
	await guest.goto(link);
	await expect(guest.getByLabel('Email')).toBeVisible();
	await guest.getByRole('link', { name: /privacy/i }).first().click();
	await expect(guest).toHaveURL(/\/privacy$/);
});

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
	const demo = await createDemoOrganisation(server.dataDir);
	expect(demo.colleagues.length).toBeGreaterThan(3);
	const { request } = await import('@playwright/test');
	const api = await request.newContext();
	const res = await api.post(server.baseURL + '/signin', {
		form: { email: demo.colleagues[0].email, password: demo.password },
		headers: { origin: server.baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).not.toContain('/signin');
	await api.dispose();
});
