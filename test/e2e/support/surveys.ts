// Answering a survey round in the browser, as its respondents do.
import { expect, type Page } from '@playwright/test';

/** Picks `choice` (e.g. "Agree") for every statement on the open answer page, one click each. */
export async function answerEveryStatement(page: Page, choice: string) {
	await expect(page.getByRole('button', { name: 'Send my answers' })).toBeVisible();
	// One radio of this name per statement: one query for all of them, not a query per statement.
	const radios = await page.getByRole('radio', { name: choice, exact: true }).all();
	expect(radios.length).toBeGreaterThan(0);
	for (const radio of radios) await radio.check();
}
