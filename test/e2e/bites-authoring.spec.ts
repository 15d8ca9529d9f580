// Writing a learning bite in a real browser against the production build: Markdown is sanitised, a wrong or
// too large upload is refused clearly and a real image is served with a safe type, the phone preview works, and
// the module is published, assigned and earns a micro-credential.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { setupOrganisation } from './support/people';
import { MODULE, MODULE_MARKDOWN, PNG } from './support/bites';

let server: TestServer;
test.beforeAll(async () => {
	// A 1 MB upload limit, so the size check can be shown with a small file.
	server = await startServer({ BITES_UPLOAD_MAX_MB: '1' });
});
test.afterAll(async () => {
	await server.stop();
});

test('an author writes a module: Markdown is sanitised, a wrong upload is refused clearly, the phone preview works', async ({
	page
}) => {
	test.setTimeout(90_000);
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.getByRole('link', { name: 'Bites', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: 'Bites', level: 1 })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Write bites' }).click();
	await page.getByLabel('Title', { exact: true }).fill(MODULE);
	await page.getByLabel('Estimated minutes').fill('12');
	await page.locator('form[action="?/create"]').evaluate((f: HTMLFormElement) => (f.noValidate = true));
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByText('Enter a whole number of minutes from 2 to 10.')).toBeVisible();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(MODULE);
	await page.getByLabel('Estimated minutes').fill('3');
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();

	await page.getByLabel('Text (Markdown)').first().fill(MODULE_MARKDOWN);
	await page.getByRole('button', { name: 'Add text card' }).click();
	const text = page.locator('.prose').first();
	await expect(text.getByRole('heading', { name: 'Listen first' })).toBeVisible();
	await expect(text.locator('strong')).toHaveText('finish');
	expect(await text.locator('script, img, [onerror], a[href^="javascript"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

	// A text file dressed up as a PNG is refused by its content, with a message at the field.
	const dir = fs.mkdtempSync(path.join(server.dataDir, 'upload-'));
	const fake = path.join(dir, 'chart.png');
	fs.writeFileSync(fake, '<html><script>alert(1)</script></html>');
	await page.getByLabel('Image description (alt text)').fill('A chart');
	await page.getByLabel('File').setInputFiles(fake);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.getByText('This file type is not allowed.', { exact: false })).toBeVisible();
	// A real PNG over the limit (1 MB here) is refused as too large.
	const big = path.join(dir, 'big.png');
	const png = PNG;
	fs.writeFileSync(big, Buffer.concat([png, Buffer.alloc(1_200_000)]));
	await page.getByLabel('File').setInputFiles(big);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.getByText('The file is too large.', { exact: false })).toBeVisible();
	// A small real PNG is stored and served with a safe type.
	const small = path.join(dir, 'small.png');
	fs.writeFileSync(small, png);
	await page.getByLabel('Image description (alt text)').fill('A tiny picture');
	await page.getByLabel('File').setInputFiles(small);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	const fileLink = page.getByRole('link', { name: 'Open the file' });
	await expect(fileLink).toBeVisible();
	const media = await page.request.get(server.baseURL + (await fileLink.getAttribute('href')));
	expect(media.headers()['content-type']).toBe('image/png');
	expect(media.headers()['x-content-type-options']).toBe('nosniff');
	expect(media.headers()['content-disposition']).toContain('inline');
	const anonymous = await fetch(server.baseURL + (await fileLink.getAttribute('href')), { redirect: 'manual' });
	expect(anonymous.status).toBe(404);

	await page.getByLabel('Question', { exact: true }).fill('A citizen pauses mid-sentence. What do you do?');
	await page.getByLabel('Answer 1', { exact: true }).fill('Wait and let them finish');
	await page.getByLabel('Answer 1 is right').check();
	await page.getByLabel('Feedback for answer 1').fill('Yes: the pause is theirs.');
	await page.getByLabel('Answer 2', { exact: true }).fill('Suggest how the sentence ends');
	await page.getByLabel('Feedback for answer 2').fill('Finishing their sentence tells them you are in a hurry.');
	await page.getByRole('button', { name: 'Add quiz question' }).click();
	await expect(page.getByText('A citizen pauses mid-sentence. What do you do?')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Preview' }).click();
	await expect(page.getByRole('region', { name: 'Phone preview' })).toBeVisible();
	const frame = await page.getByRole('region', { name: 'Phone preview' }).boundingBox();
	expect(frame!.width).toBeLessThanOrEqual(375);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.getByLabel('Team or person').selectOption({ label: 'Borgerservice' });
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Remove the assignment for Borgerservice' })).toBeVisible();

	// A micro-credential that this module earns.
	await page.goto(server.baseURL + '/bites/credentials/manage');
	const define = page.locator('form[action="?/define"]');
	await define.getByLabel('Title', { exact: true }).fill('Good listener');
	await define.getByLabel('Learning outcomes', { exact: true }).fill('Lets citizens finish and checks understanding.');
	await define.getByLabel('How it is assessed').fill('Quiz after the module');
	await define.getByLabel('Minimum score (%)').fill('0');
	await define.getByLabel('Quality assurance (who checks and how)').fill('Reviewed by the service desk lead.');
	await define.getByLabel(MODULE).check();
	await define.getByRole('button', { name: 'Define a micro-credential' }).click();
	await expect(page.getByText('The micro-credential is defined.')).toBeVisible();
	await expectAccessible(page);
	await page.context().close();
});
