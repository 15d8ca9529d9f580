// What new users hit (issue 17): narrow screens and small rough edges a newcomer meets in the first hour
// (languages: language.spec.ts; the first run: first-run.spec.ts).
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demoServer, PHONE } from './support/demo-server';
import { ADMIN, chooseLanguage, openHeaderMenu, signIn } from './support/people';

// not serial: each test stands alone on the shared demo organisation, so one failure does not hide the others
const demo = demoServer();
const adminPage = (browser: Browser, viewport = PHONE) => demo.adminPage(browser, viewport);

/** The first link on `from` whose address matches `pattern`. */
async function linkFrom(page: Page, from: string, pattern: string) {
	await page.goto(demo.server.baseURL + from);
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
	const pages = [
		'/members',
		'/teams',
		team,
		'/learning',
		programme,
		learningTeam,
		'/learning/nudges',
		'/surveys',
		'/actions/overview',
		plan,
		'/audit',
		'/bites/author',
		'/bites/credentials/manage',
		'/bites/challenges',
		module
	];
	const checked: string[] = [];
	for (const path of pages) {
		await page.goto(demo.server.baseURL + path);
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
					if (r.right > width + 1)
						out.push(
							`${(last.textContent ?? '').trim().slice(0, 30) || last.innerHTML.slice(0, 40)} ends at ${Math.round(r.right)} px`
						);
				}
			}
			if (document.documentElement.scrollWidth > width + 1)
				out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
			return out;
		});
		expect.soft(hidden, path).toEqual([]);
		for (const button of await page.locator('main table button').all()) {
			if (await button.isVisible())
				expect
					.soft((await button.boundingBox())!.x + (await button.boundingBox())!.width, `${path}: a button in a table`)
					.toBeLessThanOrEqual(PHONE.width);
		}
	}
	expect(checked.length).toBeGreaterThanOrEqual(10);
});

test('survey results at 375 px: chart labels fit, and axe finds nothing serious', async ({ browser }) => {
	const page = await adminPage(browser);
	const results = await linkFrom(page, '/surveys', '/results');
	await page.goto(demo.server.baseURL + results);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
	// Every scrollable region can be reached by keyboard.
	const unreachable = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter(
				(el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
			)
			.filter(
				(el) => (el as HTMLElement).tabIndex < 0 && !el.querySelector('a, button, input, select, textarea, [tabindex]')
			)
			.map((el) => el.className || el.tagName)
	);
	expect(unreachable).toEqual([]);
	// The charts (SVG) fit the screen, so their labels are not cut (phone.spec.ts measures each label).
	const charts = await page.locator('main [role="img"]:has(svg)').all();
	expect(charts.length, 'charts on the results page').toBeGreaterThan(0);
	for (const chart of charts) {
		const box = (await chart.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
	}
});

test('survey results follow the theme a person chose, not only the device: light chosen on a dark device', async ({
	browser
}) => {
	const page = await adminPage(browser);
	await page.context().addCookies([{ name: 'samspil_theme', value: 'light', url: demo.server.baseURL }]);
	await page.emulateMedia({ colorScheme: 'dark' });
	const results = await linkFrom(page, '/surveys', '/results');
	await page.goto(demo.server.baseURL + results);
	const chart = page.locator('main [role="img"]:has(svg)').first();
	await expect(chart).toBeVisible();
	// the colour a favourable bar gets where the charts are drawn
	const favourable = await chart.evaluate((el) => {
		const probe = el.appendChild(document.createElement('span'));
		probe.style.color = 'var(--fav)';
		return getComputedStyle(probe).color;
	});
	expect(favourable).toBe('rgb(29, 107, 47)');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(247, 247, 244)');
});

test('on a phone nothing moves as pages load: the header menu arrives folded, the board keeps its place until live', async ({
	browser
}) => {
	const page = await adminPage(browser);
	// every layout shift the page makes (not caused by input), summed as the browser reports them
	await page.addInitScript(() => {
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.shifted += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const shifted = async () => {
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		return page.evaluate(() => (window as unknown as { shifted: number }).shifted);
	};
	await page.goto(demo.server.baseURL + '/dashboard');
	await expect(page.getByRole('button', { name: 'Menu' })).toBeEnabled();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	expect(await shifted()).toBeLessThanOrEqual(0.05);

	const board = await linkFrom(page, '/boards', '/boards/');
	await page.goto(demo.server.baseURL + board);
	await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(page.getByRole('article').first()).toBeVisible();
	expect(await shifted()).toBeLessThanOrEqual(0.05);

	// a bite with a picture: the picture's space is kept before it arrives
	await page.goto(demo.server.baseURL + '/bites/author');
	const edit = await page.getByRole('link', { name: 'Sidemandsoplæring i fem trin' }).getAttribute('href');
	await page.goto(demo.server.baseURL + edit!.replace(/\/edit$/, ''));
	const picture = page.getByRole('main').getByRole('img', { name: /^Fem søjler/ });
	await expect(picture).toBeVisible();
	await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).complete)).toBe(true);
	expect(await picture.getAttribute('width')).toBe('1000');
	expect(await shifted()).toBeLessThanOrEqual(0.05);
});

test('without JavaScript a phone shows the sections open and no menu button that would do nothing', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, demo.server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(demo.server.baseURL + '/dashboard');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
	await context.close();
});

test('the admin header is one row at every width: all sections from 1280 px, a menu below it', async ({ browser }) => {
	for (const width of [1024, 1152, 1280, 1920]) {
		const page = await adminPage(browser, { width, height: 800 });
		await page.goto(demo.server.baseURL + '/dashboard');
		const header = page.getByRole('banner');
		// one row, whatever the width: no taller than its tallest control
		expect((await header.boundingBox())!.height, `the header at ${width} px`).toBeLessThan(64);
		const sections = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' });
		if (width >= 1280) {
			await expect(sections).toBeVisible();
			// the sections sit on one line, and no section's name breaks in two
			const middles = await page
				.locator('header nav > ul > li')
				.evaluateAll((els) =>
					els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))
				);
			expect(middles.length).toBeGreaterThan(2);
			expect(Math.max(...middles) - Math.min(...middles), `sections at ${width} px`).toBeLessThanOrEqual(8);
			// an administrator's sections are one press away, in their group
			await openHeaderMenu(page, 'Administration');
			await expect(page.getByRole('link', { name: 'Audit log' })).toBeVisible();
		} else {
			await expect(sections).toBeHidden();
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(sections).toBeVisible();
		}
		await openHeaderMenu(page);
		await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
		await expectAccessible(page);
		await page.context().close();
	}
});

test('the header stays one row in Danish, Dutch and Swedish too, whose section names are longer', async ({
	browser
}) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(demo.server.baseURL + '/dashboard');
	try {
		for (const locale of ['da', 'nl', 'sv']) {
			await chooseLanguage(page, locale);
			for (const width of [1024, 1280, 1920]) {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(demo.server.baseURL + '/dashboard');
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				const header = page.getByRole('banner');
				expect((await header.boundingBox())!.height, `the header in ${locale} at ${width} px`).toBeLessThan(64);
				const middles = await page
					.locator('header nav > ul > li:visible')
					.evaluateAll((els) =>
						els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))
					);
				if (width >= 1280) expect(middles.length, `sections in ${locale}`).toBeGreaterThan(2);
				if (middles.length)
					expect(
						Math.max(...middles) - Math.min(...middles),
						`sections in ${locale} at ${width} px`
					).toBeLessThanOrEqual(8);
			}
		}
	} finally {
		await chooseLanguage(page, 'en');
		await page.context().close();
	}
});

test('the bite authoring page has no duplicate element ids', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(demo.server.baseURL + '/bites/author');
	const dupes = await page.evaluate(() => {
		const seen = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
		return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
	});
	expect(dupes).toEqual([]);
});

test('the module editor writes an assignment due date the way the rest of the app does', async ({ browser }) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	await page.goto(demo.server.baseURL + '/bites/author');
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
	await signIn(page, demo.server.baseURL, ADMIN.email, ADMIN.password);
	const edit = await linkFrom(page, '/bites/author', '/edit');
	await page.goto(demo.server.baseURL + edit);
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
	const towns = [
		'Aarhus',
		'Odense',
		'Aalborg',
		'Esbjerg',
		'Randers',
		'Kolding',
		'Horsens',
		'Vejle',
		'Roskilde',
		'Malmö'
	];
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
	await admin.goto(demo.server.baseURL + '/bites/author');
	await admin.getByRole('link', { name: 'Kundeakademi: selvbetjening' }).click();
	const link = await admin.getByLabel('Link to share').inputValue();
	const guest = await (await browser.newContext({ viewport: PHONE })).newPage();
	await guest.goto(link);
	await expect(guest.getByLabel('Email')).toBeVisible();
	await guest
		.getByRole('link', { name: /privacy/i })
		.first()
		.click();
	await expect(guest).toHaveURL(/\/privacy$/);
});

/** Adds the first member who is not yet taking part, through the folded "Add to programme" form; returns their name. */
async function addToProgramme(page: Page) {
	const people = page.getByRole('list', { name: 'Participants' });
	const before = await people.getByRole('listitem').count();
	expect(before, 'participants listed').toBeGreaterThan(0);
	const taking = await people.getByRole('listitem').allTextContents();
	const form = page.locator('form[action="?/add"]');
	await expect(form).toBeHidden();
	await page.locator('summary').filter({ hasText: 'Add to programme' }).click();
	const options = await form.getByLabel('Person').locator('option').allTextContents();
	const name = options.find((o) => !taking.some((t) => t.includes(o)))!;
	expect(name, 'someone not yet taking part').toBeTruthy();
	await form.getByLabel('Person').selectOption({ label: name });
	await form.getByRole('button', { name: 'Add to programme' }).click();
	await expect(people.getByRole('listitem')).toHaveCount(before + 1);
	await expect(people.getByRole('listitem').filter({ hasText: name })).toBeVisible();
	return name;
}

test('a programme lists its people; adding one is a folded form, with or without JavaScript, and fits a phone', async ({
	browser
}) => {
	const page = await adminPage(browser, { width: 1280, height: 800 });
	const programme = await linkFrom(page, '/learning', '/learning/programmes/');
	await page.goto(demo.server.baseURL + programme);
	await addToProgramme(page);
	// "never pair" two people: also a folded form
	const never = page.getByRole('region', { name: 'Never pair' });
	const exclude = never.locator('form[action="?/exclude"]');
	await expect(exclude).toBeHidden();
	await never.locator('summary').click();
	const [a, b] = (await exclude.getByLabel('Person').locator('option').allTextContents()).slice(0, 2);
	await exclude.getByLabel('Person').selectOption({ label: a });
	await exclude.getByLabel('Never with').selectOption({ label: b });
	await exclude.getByRole('button', { name: 'Add' }).click();
	await expect(never.getByRole('listitem').filter({ hasText: `${a} ↔ ${b}` })).toBeVisible();
	// the pairs are cards in a list; pairing two people by hand is folded too
	const pairs = page.getByRole('region', { name: /^(Pairs|Rounds)$/ });
	const pairForm = pairs.locator('form[action="?/pair"]');
	await expect(pairForm).toBeHidden();
	await pairs.locator('summary').filter({ hasText: 'Pair by hand' }).click();
	await expect(pairForm.getByRole('button', { name: 'Pair by hand' })).toBeVisible();
	await expect(pairs.getByRole('table')).toHaveCount(0);
	await page.screenshot({ path: test.info().outputPath('programme-1280x800.png'), fullPage: true });
	await page.setViewportSize(PHONE);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	await expectAccessible(page);
	await page.context().close();

	const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
	const plain = await context.newPage();
	await signIn(plain, demo.server.baseURL, ADMIN.email, ADMIN.password);
	await plain.goto(demo.server.baseURL + programme);
	await addToProgramme(plain);
	await context.close();
});
