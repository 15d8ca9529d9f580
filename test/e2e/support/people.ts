// Creating the organisation and signing people in, as a person would through the pages.
import { expect, type Page } from '@playwright/test';

export const ADMIN = {
	org: 'Fjordby Kommune',
	name: 'Ada Admin',
	email: 'ada@fjordby.test',
	password: 'correct horse battery'
};

export async function setupOrganisation(page: Page, baseURL: string, opts: { demo?: boolean } = {}) {
	await page.goto(`${baseURL}/`);
	await expect(page).toHaveURL(/\/setup$/);
	await page.getByLabel('Organisation name').fill(ADMIN.org);
	await page.getByLabel('Your name').fill(ADMIN.name);
	await page.getByLabel('Email').fill(ADMIN.email);
	await page.getByLabel('Password').fill(ADMIN.password);
	await page.getByRole('button', { name: opts.demo ? 'Explore with demo data' : 'Start empty' }).click();
	// The demo seeds every module's data, which takes a few seconds on a busy 2-core machine; then the
	// first-run page lists the demo colleagues' sign-ins before the dashboard.
	if (opts.demo) await page.getByRole('link', { name: 'Continue to the dashboard' }).click({ timeout: 45_000 });
	await expect(page).toHaveURL(/\/dashboard$/, { timeout: 45_000 });
}

/**
 * Submits the sign-in form and leaves the page where the server sent it. Types once the page is interactive: on a
 * busy machine, typing before hydration can be wiped by it, and the browser then refuses the empty required fields.
 */
export async function attemptSignIn(page: Page, baseURL: string, email: string, password: string) {
	await page.goto(`${baseURL}/signin`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await expect(page.getByLabel('Email')).toHaveValue(email);
	await expect(page.getByLabel('Password')).toHaveValue(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits until the app has taken the person past the sign-in page. */
export async function signIn(page: Page, baseURL: string, email: string, password: string) {
	await attemptSignIn(page, baseURL, email, password);
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/**
 * Opens a menu of the app's header unless it is open: the account menu (the person's name: profile, language, sign
 * out) by default, or a group of sections by its name ("Administration").
 */
export async function openHeaderMenu(page: Page, name?: string) {
	const header = page.getByRole('banner');
	const menu = name
		? header.locator('details').filter({ has: page.locator('summary').getByText(name, { exact: true }) })
		: header.locator('details.account');
	if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
	return menu;
}

export async function signOut(page: Page) {
	await openHeaderMenu(page);
	await page.getByRole('button', { name: 'Sign out' }).click();
}

/** A person's own language choice, as the switcher posts it (signed in: kept as their setting). */
export async function chooseLanguage(page: Page, locale: string) {
	const base = new URL(page.url()).origin;
	const res = await page.request.post(base + '/language', { form: { locale, to: '/' }, headers: { origin: base } });
	expect(res.ok(), `language ${locale} chosen`).toBe(true);
}
