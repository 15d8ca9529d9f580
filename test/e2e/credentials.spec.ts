// EU micro-credentials in a real browser against the production build: the definition form takes decimals
// (0.25 h, 0.1 ECTS) and the structured elements; a shared credential's verification page shows the eleven
// elements in Danish and in English; the holder gets LinkedIn's add-to-profile link once they share.
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, setupOrganisation, signIn } from './support/people';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer();
});
test.afterAll(async () => {
	await server.stop();
});

test('an admin defines a micro-credential with 0.25 hours and 0.1 ECTS and the structured EU elements', async ({
	page
}) => {
	test.setTimeout(90_000);
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.goto(server.baseURL + '/bites/credentials/manage');
	const form = page.locator('form[action="?/define"]');
	await form.getByLabel('Title', { exact: true }).fill('Kvart time om selvbetjening');
	await form.getByLabel('Learning outcomes', { exact: true }).fill('Viser en borger vej i selvbetjeningen.');
	await form.getByLabel('Type of assessment').selectOption({ label: 'Practical demonstration' });
	await form.getByLabel('How it is assessed').fill('Viser det for sin buddy');
	await form.getByLabel('Minimum score (%)').fill('0');
	await form.getByLabel('Workload (hours)').fill('0.25');
	await form.getByLabel('Credits (ECTS, optional)').fill('0.1');
	await form.getByLabel('Form of participation').selectOption({ label: 'Work-based' });
	await form.getByLabel('Type of quality assurance').selectOption({ label: 'External review' });
	await form.getByLabel('Quality assurance (who checks and how)').fill('Teamleder gennemgår hvert halve år.');
	await form.getByLabel('Country of the issuer').selectOption({ label: 'Denmark' });
	await form.getByLabel('Region (optional)').fill('Region Hovedstaden');
	await form.getByLabel('Welcome to self-service').check();
	// The browser's own validation accepts the decimals (it refused them before: no step on the inputs).
	expect(await form.evaluate((f: HTMLFormElement) => f.checkValidity())).toBe(true);
	await form.getByRole('button', { name: 'Define a micro-credential' }).click();
	await expect(page.getByText('The micro-credential is defined.')).toBeVisible();
	const card = page
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { name: 'Kvart time om selvbetjening' }) });
	await expect(card.getByRole('definition').filter({ hasText: /^0\.25 h · 0\.1 ECTS$/ })).toBeVisible();
	await expect(card.getByRole('definition').filter({ hasText: /^Work-based$/ })).toBeVisible();
	await expect(card.getByRole('definition').filter({ hasText: /^Denmark, Region Hovedstaden$/ })).toBeVisible();
	// Not issued yet: it can still be edited.
	await expect(card.getByText(/Edit Kvart time om selvbetjening/)).toBeVisible();
	await expectAccessible(page);
});

test('a shared credential shows the eleven elements in Danish and English, and offers LinkedIn', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const holder = await (await browser.newContext()).newPage();
	await signIn(holder, server.baseURL, ADMIN.email, ADMIN.password);
	await holder.goto(server.baseURL + '/bites/credentials');
	// The demo admin earned "Feedbackpraksis" by taking its module.
	await holder.getByRole('button', { name: 'Share Feedbackpraksis with a link' }).click();
	const link = await holder.getByLabel('Verification link').inputValue();
	const linkedIn = holder.getByRole('link', { name: 'Add to LinkedIn profile' });
	const href = new URL((await linkedIn.getAttribute('href'))!);
	expect(href.origin + href.pathname).toBe('https://www.linkedin.com/profile/add');
	expect(href.searchParams.get('startTask')).toBe('CERTIFICATION_NAME');
	expect(href.searchParams.get('name')).toBe('Feedbackpraksis');
	expect(href.searchParams.get('certUrl')).toBe(link);

	const english = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	await english.goto(link);
	await expect(english.getByRole('heading', { name: 'This credential is genuine and valid' })).toBeVisible();
	const en = english.getByRole('definition');
	const term = (p: typeof english, name: string) => p.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) });
	for (const label of [
		'Learner',
		'Title of the micro-credential',
		'Country or region of the issuer',
		'Awarding body',
		'Date of issuing',
		'Learning outcomes',
		'Notional workload',
		'Level',
		'Type of assessment',
		'Form of participation',
		'Type of quality assurance'
	])
		await expect(term(english, label)).toBeVisible();
	await expect(en.filter({ hasText: /^Denmark, Region Hovedstaden$/ })).toBeVisible();
	await expect(en.filter({ hasText: /^0\.25 h$/ })).toBeVisible();
	await expect(en.filter({ hasText: /^EQF level 4$/ })).toBeVisible();
	await expect(en.filter({ hasText: /^Online$/ })).toBeVisible();
	await expect(english.getByRole('img', { name: 'Badge of Feedbackpraksis' })).toBeVisible();
	await expectAccessible(english);

	const danish = await (await browser.newContext({ locale: 'da-DK' })).newPage();
	await danish.goto(link);
	const da = danish.getByRole('definition');
	await expect(term(danish, 'Deltagelsesform')).toBeVisible();
	await expect(term(danish, 'Udstederens land eller region')).toBeVisible();
	await expect(da.filter({ hasText: /^Danmark, Region Hovedstaden$/ })).toBeVisible();
	await expect(da.filter({ hasText: /^0,25 t$/ })).toBeVisible();
	await expect(da.filter({ hasText: /^EQF-niveau 4$/ })).toBeVisible();
	await expect(da.filter({ hasText: /^Intern kvalitetssikring: / })).toBeVisible();
});
