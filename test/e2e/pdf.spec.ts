// A PDF downloaded the way a person gets it: in Chromium, a click on the results page's "Download as PDF" saves a
// real PDF file whose text (read back with unpdf) is the round's results as the page shows them.
import fs from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';

let server: TestServer;
let demo: { email: string; password: string };

test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	demo = await createDemoOrganisation(server.dataDir);
});
test.afterAll(async () => {
	await server.stop();
});

test('the survey results page downloads the results as a PDF with the same heading', async ({ page }) => {
	await signIn(page, server.baseURL, demo.email, demo.password);
	await page.goto(server.baseURL + '/surveys');
	const results = page.getByRole('link', { name: /^Results of / });
	await expect(results.first()).toBeVisible();
	await results.first().click();
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toHaveText(/^Results: /);
	const heading = (await h1.textContent())!.trim();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download as PDF' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.pdf$/);
	const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
	expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
	const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
	const flat = text.replace(/\s+/g, ' ');
	expect(flat).toContain(heading.replace(/\s+/g, ' '));
	expect(flat).toContain('Everyone in the round');
});
