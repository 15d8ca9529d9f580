// Forms with several values under one name (checkbox groups): every one in the app is filled and sent as
// a person would, with and without JavaScript, and what was ticked is what is stored. The learning
// profile's days lead on to pairing: a freshly saved profile changes who is suggested.
// Irreversible actions ask first: a dialog with JavaScript, a confirm step without.
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation, demoAddress } from './support/demo';

let server: TestServer;
let demo: { email: string; password: string; domain: string };
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', NUDGE_INTERVAL_SECONDS: '0' });
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL);
	await page.close();
	const org = await createDemoOrganisation(server.dataDir);
	demo = { email: org.email, password: org.password, domain: org.email.split('@')[1] };
});

test.afterAll(async () => {
	await server.stop();
});

const emailOf = (name: string) => demoAddress(name, demo.domain);
const signInSettled = (page: Page, email: string, password: string) => signIn(page, server.baseURL, email, password);

async function as(browser: Browser, who: string | 'admin', javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await signInSettled(page, who === 'admin' ? demo.email : emailOf(who), demo.password);
	return page;
}

/** Waits until the page is hydrated, so a click goes through SvelteKit's enhanced form. */
async function settled(page: Page) {
	await page.waitForLoadState('networkidle');
}

test('a freshly saved learning profile (no JavaScript) is stored and changes who is suggested as a mentor', async ({
	browser
}) => {
	// Oliver can now only meet on Mondays and wants to learn lifting and transfers.
	const oliver = await as(browser, 'Oliver Bennett', false);
	await oliver.goto(`${server.baseURL}/learning/profile`);
	await oliver.getByLabel('I want to learn').fill('Forflytning');
	const days = oliver.getByRole('group', { name: 'Days I can meet' });
	await expect(days.getByRole('checkbox')).toHaveCount(7);
	await days.getByRole('checkbox', { name: 'Tuesday' }).uncheck();
	await days.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
	await days.getByRole('checkbox', { name: 'Monday' }).check();
	await oliver.getByRole('button', { name: 'Save' }).first().click();
	await expect(oliver.getByRole('status')).toHaveText('Saved.');
	await oliver.goto(`${server.baseURL}/learning/profile`);
	await expect(oliver.getByLabel('I want to learn')).toHaveValue('Forflytning');
	await expect(days.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
	await expect(days.getByRole('checkbox', { name: 'Tuesday' })).not.toBeChecked();
	// Nothing ticked: the form says so, and keeps what was typed.
	await days.getByRole('checkbox', { name: 'Monday' }).uncheck();
	await oliver.getByRole('button', { name: 'Save' }).first().click();
	await expect(oliver.getByText('Choose at least one day.')).toBeVisible();
	await expect(oliver.getByLabel('I want to learn')).toHaveValue('Forflytning');
	await oliver.context().close();

	// Ida saves hers with JavaScript: several days at once.
	const ida = await as(browser, 'Ida Søndergaard');
	await ida.goto(`${server.baseURL}/learning/profile`);
	await settled(ida);
	const idaDays = ida.getByRole('group', { name: 'Days I can meet' });
	await idaDays.getByRole('checkbox', { name: 'Monday' }).uncheck();
	await idaDays.getByRole('checkbox', { name: 'Tuesday' }).check();
	await idaDays.getByRole('checkbox', { name: 'Thursday' }).check();
	await ida.getByRole('button', { name: 'Save' }).first().click();
	await expect(ida.getByRole('status')).toHaveText('Saved.');
	await ida.reload();
	for (const [day, on] of [
		['Monday', false],
		['Tuesday', true],
		['Thursday', true]
	] as const) {
		await expect(idaDays.getByRole('checkbox', { name: day })).toBeChecked({ checked: on });
	}
	await ida.context().close();

	// With the seeded profiles Karen would mentor Oliver and Peter Ida; Oliver's Monday now only fits Peter.
	const hanne = await as(browser, 'Hanne Brøndum');
	await hanne.goto(`${server.baseURL}/learning`);
	await hanne.getByRole('link', { name: 'Mentorordning for nye social- og sundhedshjælpere' }).click();
	await settled(hanne);
	await hanne.getByRole('button', { name: 'Suggest pairs' }).click();
	const suggestion = hanne.getByRole('group', { name: 'Keep the pairs you want' });
	await expect(suggestion.getByRole('checkbox')).toHaveCount(2);
	await expect(suggestion).toContainText('Peter Holm with Oliver Bennett');
	await expect(suggestion).toContainText('Karen Mikkelsen with Ida Søndergaard');
	await expect(suggestion).not.toContainText('Karen Mikkelsen with Oliver Bennett');
	// Both ticked pairs are made (one form field, two values).
	await hanne.getByRole('button', { name: 'Make these pairs' }).click();
	await expect(hanne.getByText('The pairs are made.')).toBeVisible();
	const pairs = hanne.getByRole('region', { name: 'Pairs' });
	await expect(pairs).toContainText('Peter Holm with Oliver Bennett');
	await expect(pairs).toContainText('Karen Mikkelsen with Ida Søndergaard');
	await hanne.context().close();
});

test('a survey round opens for every team ticked', async ({ browser }) => {
	const lead = await as(browser, 'admin');
	await lead.goto(`${server.baseURL}/surveys`);
	await lead.getByRole('link', { name: 'Learning environment', exact: true }).click();
	await settled(lead);
	await lead.getByLabel('Name of the round').fill('Two teams');
	const teams = lead.getByRole('group', { name: 'Teams who answer' });
	await teams.getByRole('checkbox', { name: 'Borgerservice' }).check();
	await teams.getByRole('checkbox', { name: 'IT og Digitalisering' }).check();
	await lead.getByRole('button', { name: 'Open a round' }).click();
	await expect(lead.getByRole('heading', { name: /Results: Learning environment – Two teams/ })).toBeVisible();
	await expect(lead.getByText('Borgerservice, IT og Digitalisering')).toBeVisible();
	await lead.context().close();
});

test('an own action keeps every factor and dimension ticked (no JavaScript)', async ({ browser }) => {
	const lead = await as(browser, 'admin', false);
	await lead.goto(`${server.baseURL}/actions/catalogue/new`);
	await lead.getByLabel('Action', { exact: true }).fill('Learning minute at the huddle');
	await lead.getByLabel('Why', { exact: true }).fill('We share one thing we learnt each week');
	await lead.getByLabel('How', { exact: true }).fill('Pick a person\nShare for one minute\nNote it on the board');
	const factors = lead.getByRole('group', { name: 'Factors' });
	await factors.getByRole('checkbox', { name: 'We talk openly about learning' }).check();
	await factors.getByRole('checkbox', { name: 'Learning is a shared concern' }).check();
	const dimensions = lead.getByRole('group', { name: 'Survey dimensions' });
	await dimensions.getByRole('checkbox', { name: 'Openness to new ideas', exact: true }).check();
	await dimensions.getByRole('checkbox', { name: 'Experimenting and sharing knowledge', exact: true }).check();
	await lead.getByLabel('Indicator', { exact: true }).fill('Four learning minutes a month');
	await lead.getByRole('button', { name: 'Save action' }).click();
	await lead.waitForURL(/\/actions\/catalogue#/);
	const id = new URL(lead.url()).hash.slice(1);
	expect(id.length).toBeGreaterThan(0);
	await lead.goto(`${server.baseURL}/actions/catalogue/${id}`);
	for (const name of ['We talk openly about learning', 'Learning is a shared concern'])
		await expect(lead.getByRole('group', { name: 'Factors' }).getByRole('checkbox', { name })).toBeChecked();
	await expect(
		lead
			.getByRole('group', { name: 'Factors' })
			.getByRole('checkbox', { name: 'Learning is part of culture and routines' })
	).not.toBeChecked();
	for (const name of ['Openness to new ideas', 'Experimenting and sharing knowledge'])
		await expect(
			lead.getByRole('group', { name: 'Survey dimensions' }).getByRole('checkbox', { name, exact: true })
		).toBeChecked();
	await lead.context().close();
});

test('a micro-credential requires every module and credential ticked', async ({ browser }) => {
	const admin = await as(browser, 'admin');
	await admin.goto(`${server.baseURL}/bites/credentials/manage`);
	await settled(admin);
	// The form that defines a new one (each definition not yet issued has its own edit form too).
	const define = admin.locator('form[action="?/define"]');
	const modules = define.getByRole('group', { name: 'Required modules' }).getByRole('checkbox');
	expect(await modules.count()).toBeGreaterThanOrEqual(2);
	const titles = [
		(await modules.nth(0).locator('..').innerText()).trim(),
		(await modules.nth(1).locator('..').innerText()).trim()
	];
	await modules.nth(0).check();
	await modules.nth(1).check();
	// and every credential ticked as required before it
	const requires = define.getByRole('group', { name: 'Required credentials' }).getByRole('checkbox');
	expect(await requires.count()).toBeGreaterThanOrEqual(2);
	for (const i of [0, 1]) {
		titles.push((await requires.nth(i).locator('..').innerText()).trim());
		await requires.nth(i).check();
	}
	await define.getByLabel('Title', { exact: true }).fill('Two-module practitioner');
	await define.getByLabel('Learning outcomes', { exact: true }).fill('Does both things well.');
	await define.getByLabel('How it is assessed').fill('Quizzes');
	await define.getByLabel('Quality assurance (who checks and how)').fill('Reviewed by HR.');
	await define.getByRole('button', { name: 'Define a micro-credential' }).click();
	await expect(admin.getByText('The micro-credential is defined.')).toBeVisible();
	const defined = admin
		.getByRole('article')
		.filter({ has: admin.getByRole('heading', { name: 'Two-module practitioner' }) });
	for (const t of titles) await expect(defined).toContainText(t);
	await admin.context().close();
});

test('a manual award reaches every person ticked (no JavaScript)', async ({ browser }) => {
	const admin = await as(browser, 'admin', false);
	await admin.goto(`${server.baseURL}/bites/credentials/manage`);
	const award = admin.locator('form[action="?/award"]');
	await award.getByLabel('Credential', { exact: true }).selectOption({ label: 'Two-module practitioner' });
	const people = award.getByRole('group', { name: 'People' }).getByRole('checkbox');
	expect(await people.count()).toBeGreaterThanOrEqual(2);
	const names = [
		(await people.nth(0).locator('..').innerText()).trim(),
		(await people.nth(1).locator('..').innerText()).trim()
	];
	await people.nth(0).check();
	await people.nth(1).check();
	await award.getByRole('button', { name: 'Award' }).click();
	await expect(admin.getByText('2 credentials awarded.')).toBeVisible();
	const issued = admin.getByRole('row').filter({ hasText: 'Two-module practitioner' });
	for (const name of names) await expect(issued.filter({ hasText: name })).toHaveCount(1);
	await admin.context().close();
});

test('a public collection keeps every module ticked', async ({ browser }) => {
	const admin = await as(browser, 'admin');
	await admin.goto(`${server.baseURL}/bites/author`);
	await settled(admin);
	const create = admin.locator('form[action="?/collection"]');
	const modules = create.getByRole('group', { name: 'Modules' }).getByRole('checkbox');
	expect(await modules.count()).toBeGreaterThanOrEqual(2);
	const ids = [await modules.nth(0).getAttribute('value'), await modules.nth(1).getAttribute('value')];
	await create.getByLabel('Collection title').fill('For new colleagues');
	await modules.nth(0).check();
	await modules.nth(1).check();
	await create.getByRole('button', { name: 'Create collection' }).click();
	await expect(admin).toHaveURL(/\/bites\/collections\/[\w-]+$/);
	const kept = admin.getByRole('group', { name: 'Modules' }).getByRole('checkbox', { checked: true });
	await expect(kept).toHaveCount(2);
	expect((await kept.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).sort()).toEqual(ids.sort());
	await admin.context().close();
});

test('nudge choices are saved, several at once, with JavaScript', async ({ browser }) => {
	const emma = await as(browser, 'Emma Clarke');
	await emma.goto(`${server.baseURL}/learning/nudges`);
	await settled(emma);
	const boxes = emma.getByRole('checkbox');
	expect(await boxes.count()).toBeGreaterThanOrEqual(4);
	await boxes.nth(0).uncheck();
	await boxes.nth(1).uncheck();
	await boxes.nth(2).check();
	await emma.getByRole('button', { name: 'Save' }).click();
	await expect(emma.getByText('Saved.')).toBeVisible();
	await emma.reload();
	await expect(boxes.nth(0)).not.toBeChecked();
	await expect(boxes.nth(1)).not.toBeChecked();
	await expect(boxes.nth(2)).toBeChecked();
	await emma.context().close();
});

test('ending a pair asks first: a confirm step without JavaScript, a dialog with it', async ({ browser }) => {
	const mette = await as(browser, 'Mette Kjærgaard', false);
	await mette.goto(`${server.baseURL}/learning`);
	await mette.getByRole('link', { name: 'Sidemandsoplæring ved skranken' }).first().click();
	const pairs = mette.getByRole('region', { name: 'Pairs' });
	await expect(pairs).toContainText('Jonas Vestergaard with Emma Clarke');
	await mette.getByRole('button', { name: 'End the pair Jonas Vestergaard and Emma Clarke' }).click();
	const step = mette.getByRole('group', { name: /End the pair Jonas Vestergaard and Emma Clarke\?/ });
	await expect(step).toContainText('This cannot be undone.');
	// Asked, not done.
	await expect(pairs).toContainText('Jonas Vestergaard with Emma Clarke');
	await step.getByRole('link', { name: 'Cancel' }).click();
	await expect(pairs).toContainText('Jonas Vestergaard with Emma Clarke');
	await mette.getByRole('button', { name: 'End the pair Jonas Vestergaard and Emma Clarke' }).click();
	await mette
		.getByRole('group', { name: /End the pair/ })
		.getByRole('button', { name: 'Yes, end the pair' })
		.click();
	await expect(pairs).not.toContainText('Jonas Vestergaard with Emma Clarke');
	await mette.context().close();

	const withJs = await as(browser, 'Mette Kjærgaard');
	await withJs.goto(`${server.baseURL}/learning`);
	await withJs.getByRole('link', { name: 'Sidemandsoplæring ved skranken' }).first().click();
	await settled(withJs);
	const jsPairs = withJs.getByRole('region', { name: 'Pairs' });
	await withJs.getByRole('button', { name: 'End the pair Sofie Lindholm and Ahmed Hassan' }).click();
	const dialog = withJs.getByRole('dialog', { name: /End the pair Sofie Lindholm and Ahmed Hassan\?/ });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(jsPairs).toContainText('Sofie Lindholm with Ahmed Hassan');
	await withJs.getByRole('button', { name: 'End the pair Sofie Lindholm and Ahmed Hassan' }).click();
	await dialog.getByRole('button', { name: 'Yes, end the pair' }).click();
	await expect(jsPairs).not.toContainText('Sofie Lindholm with Ahmed Hassan');
	await withJs.context().close();
});

test('closing a survey round asks first, without JavaScript too', async ({ browser }) => {
	const lead = await as(browser, 'admin', false);
	await lead.goto(`${server.baseURL}/surveys`);
	await lead.getByRole('link', { name: 'Results of Efterår' }).click();
	await lead.getByRole('button', { name: 'Close the round now' }).click();
	const step = lead.getByRole('group', { name: /Close the round now\?/ });
	await expect(step).toContainText('Nobody can answer after that.');
	await expect(lead.getByText('The round is closed. No more answers are taken.')).toHaveCount(0);
	await step.getByRole('button', { name: 'Yes, close the round' }).click();
	await expect(lead.getByText('The round is closed. No more answers are taken.')).toBeVisible();
	await lead.context().close();
});

test('a session log dated before the programme starts is refused with a clear message', async ({ browser }) => {
	// Karen mentors Fatima (the demo's mentoring programme): a pair no test here ends (the one above ends Sofie's).
	const karen = await as(browser, 'Karen Mikkelsen', false);
	await karen.goto(`${server.baseURL}/learning`);
	await karen.getByRole('link', { name: 'with Fatima Al-Sayed' }).first().click();
	await karen.getByLabel('Date', { exact: true }).fill('2000-01-03');
	await karen.getByLabel('Minutes').fill('30');
	await karen.getByLabel('What did you practise or learn?').fill('Something long ago');
	await karen.getByRole('button', { name: 'Save log' }).click();
	await expect(karen.getByText('The session cannot be before the programme starts.')).toBeVisible();
	await expect(karen.getByLabel('What did you practise or learn?')).toHaveValue('Something long ago');
	await karen.context().close();
});

test('a programme’s time zone is picked from the list and checked against it', async ({ browser }) => {
	const mette = await as(browser, 'Mette Kjærgaard');
	await mette.goto(`${server.baseURL}/learning`);
	await mette.getByRole('link', { name: 'Sidemandsoplæring ved skranken' }).first().click();
	await settled(mette);
	const edit = mette.locator('details').filter({ hasText: 'Edit the programme' });
	await edit.getByText('Edit the programme').click();
	const zone = edit.getByRole('combobox', { name: 'Time zone' });
	await expect(zone).toHaveValue('Europe/Copenhagen');
	const options = await zone.evaluate((el) => [...((el as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
	expect(options.length).toBeGreaterThan(300);
	expect(options).toContain('Europe/Stockholm');
	await zone.fill('europe/stockholm');
	await edit.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(edit.getByText('Choose a time zone from the list, such as Europe/Copenhagen.')).toBeVisible();
	await zone.fill('Europe/Stockholm');
	await edit.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(mette.getByRole('status')).toHaveText('Saved.');
	await mette.reload();
	await mette.getByText('Edit the programme').click();
	await expect(mette.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Stockholm');
	await mette.context().close();
});
