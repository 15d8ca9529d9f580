// A board kept as a template from the board's own menu, "Board" (issue 21, point 1: template and export in a menu,
// not a form below the board): saved with JavaScript, it is offered when the next board is made and brings the same
// zones; without JavaScript the menu comes back open with the answer, and an empty name gets a clear error.
import { test, expect } from '@playwright/test';
import { boardsSuite, closePopover, openPopover } from './support/boards';
import { ADMIN, signIn } from './support/people';

const { server, facilitator, createBoard } = boardsSuite();

test('the facilitator saves a board as a template from its menu; the next board starts from it', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Onboarding retro', 'Start / stop / continue');
	// the board shows notes, not a template form
	await expect(fac.getByLabel('Template name')).toBeHidden();
	const menu = await openPopover(fac, 'Board');
	await expect(menu.getByRole('link', { name: 'Markdown' })).toBeVisible();
	await menu.getByLabel('Template name').fill('Our onboarding retro');
	await menu.getByRole('button', { name: 'Save as template' }).click();
	await expect(menu.getByRole('status')).toHaveText('Saved as the template “Our onboarding retro”.');
	await closePopover(fac, 'Board');

	await createBoard(fac, 'Second onboarding retro', 'Our onboarding retro');
	for (const zone of ['Start', 'Stop', 'Continue'])
		await expect(fac.getByRole('region', { name: new RegExp(`^${zone}`) })).toBeVisible();
	await fac.context().close();
});

test('without JavaScript the menu comes back open with the answer; an empty name is refused', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Paper retro', 'Start / stop / continue');
	const url = fac.url();
	await fac.context().close();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(url);
	await page.getByRole('main').getByText('Board', { exact: true }).click();
	const field = page.getByLabel('Template name');
	await field.fill('   ');
	await page.getByRole('button', { name: 'Save as template' }).click();
	await expect(page.getByLabel('Template name')).toBeVisible();
	await expect(page.getByText('This field is required.')).toBeVisible();
	await expect(page.getByLabel('Template name')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Template name').fill('Paper retro template');
	await page.getByRole('button', { name: 'Save as template' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved as the template “Paper retro template”.' })
	).toBeVisible();
	await page.goto(server.baseURL + '/boards');
	await expect(page.getByRole('radio', { name: /^Paper retro template/ })).toBeAttached();
	await context.close();
});
