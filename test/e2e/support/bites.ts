// The bites specs' module, written as its author writes it through the pages: bites-authoring.spec.ts proves each
// step; the learner specs start from the finished module, made here without checking what that spec checks.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { setupOrganisation } from './people';

export const MODULE = 'Listening at the counter';
export const MODULE_MARKDOWN =
	'## Listen first\n\nLet the citizen **finish**.\n\n<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">[x](javascript:alert(1))';
/** The smallest valid PNG header: a real image by its content. */
export const PNG = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');

/**
 * Sets up the demo organisation as its admin and writes MODULE: a text card, a small image, one quiz question
 * (the right answer and a wrong one, each with feedback); publishes it, assigns it to Borgerservice and defines
 * the micro-credential "Good listener" it earns. Returns the module's URL.
 */
export async function authorListeningModule(page: Page, baseURL: string, dataDir: string): Promise<string> {
	await setupOrganisation(page, baseURL, { demo: true });
	await page.goto(baseURL + '/bites/author');
	await page.getByLabel('Title', { exact: true }).fill(MODULE);
	await page.getByLabel('Estimated minutes').fill('3');
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();
	const moduleUrl = page.url().replace(/\/edit$/, '');

	await page.getByLabel('Text (Markdown)').first().fill(MODULE_MARKDOWN);
	await page.getByRole('button', { name: 'Add text card' }).click();
	await expect(page.locator('.prose').first().getByRole('heading', { name: 'Listen first' })).toBeVisible();
	const small = path.join(fs.mkdtempSync(path.join(dataDir, 'upload-')), 'small.png');
	fs.writeFileSync(small, PNG);
	await page.getByLabel('Image description (alt text)').fill('A tiny picture');
	await page.getByLabel('File').setInputFiles(small);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.getByRole('link', { name: 'Open the file' })).toBeVisible();
	await page.getByLabel('Question', { exact: true }).fill('A citizen pauses mid-sentence. What do you do?');
	await page.getByLabel('Answer 1', { exact: true }).fill('Wait and let them finish');
	await page.getByLabel('Answer 1 is right').check();
	await page.getByLabel('Feedback for answer 1').fill('Yes: the pause is theirs.');
	await page.getByLabel('Answer 2', { exact: true }).fill('Suggest how the sentence ends');
	await page.getByLabel('Feedback for answer 2').fill('Finishing their sentence tells them you are in a hurry.');
	await page.getByRole('button', { name: 'Add quiz question' }).click();
	await expect(page.getByText('A citizen pauses mid-sentence. What do you do?')).toBeVisible();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.getByLabel('Team or person').selectOption({ label: 'Borgerservice' });
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Remove the assignment for Borgerservice' })).toBeVisible();

	await page.goto(baseURL + '/bites/credentials/manage');
	const define = page.locator('form[action="?/define"]');
	await define.getByLabel('Title', { exact: true }).fill('Good listener');
	await define.getByLabel('Learning outcomes', { exact: true }).fill('Lets citizens finish and checks understanding.');
	await define.getByLabel('How it is assessed').fill('Quiz after the module');
	await define.getByLabel('Minimum score (%)').fill('0');
	await define.getByLabel('Quality assurance (who checks and how)').fill('Reviewed by the service desk lead.');
	await define.getByLabel(MODULE).check();
	await define.getByRole('button', { name: 'Define a micro-credential' }).click();
	await expect(page.getByText('The micro-credential is defined.')).toBeVisible();
	return moduleUrl;
}
