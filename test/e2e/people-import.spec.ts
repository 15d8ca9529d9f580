// An admin imports people from a CSV file in the browser: the preview says line by line what will happen, the
// import is applied, and the new people are waiting as invitations. Once with JavaScript, once without.
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

const CSV = [
	'name,email,team,role,manager,language',
	'Freja Holm,freja.holm@fjordby.test,Hjemmeplejen,member,,da',
	'Omar Said,omar.said@fjordby.test,Hjemmeplejen,facilitator,,en',
	'Lise Kragh,lise.kragh.fjordby.test,Hjemmeplejen,member,,da'
].join('\r\n');

test('an admin uploads a CSV, reads the preview, applies it and finds the people invited', async ({ page }) => {
	await setupOrganisation(page, server.baseURL);
	await page.goto(`${server.baseURL}/members`);
	await page
		.getByLabel('CSV file')
		.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await page.getByRole('button', { name: 'Show preview' }).click();
	await expect(page.getByRole('heading', { name: 'Import preview: people.csv' })).toBeVisible();
	await expect(page.getByText('2 people will be invited')).toBeVisible();
	await expect(page.getByText('1 new team')).toBeVisible();
	await expect(page.getByText('1 line rejected')).toBeVisible();
	const rejected = page.getByRole('row', { name: /lise\.kragh/ });
	await expect(rejected).toContainText('4');
	await expect(rejected).toContainText('not a valid email address');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Apply the import' }).click();
	await expect(page.getByText('The import is done.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to people' }).click();
	await expect(page.getByText('freja.holm@fjordby.test · Member')).toBeVisible();
	await expect(page.getByText('omar.said@fjordby.test · Facilitator')).toBeVisible();
});

test('without JavaScript the same file again previews nothing to do', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	try {
		await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
		await page.goto(`${server.baseURL}/members`);
		await page
			.getByLabel('CSV file')
			.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
		await page.getByRole('button', { name: 'Show preview' }).click();
		await expect(page.getByText('0 people will be invited')).toBeVisible();
		await expect(page.getByText('2 lines change nothing')).toBeVisible();
		await expect(page.getByText('Nothing to do: the organisation already matches every valid line.')).toBeVisible();
		// a Windows-1252 file is refused with the way out
		await page.goto(`${server.baseURL}/members`);
		await page.getByLabel('CSV file').setInputFiles({
			name: 'excel.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('navn;e-mail\r\nSøren;s@fjordby.test\r\n', 'latin1')
		});
		await page.getByRole('button', { name: 'Show preview' }).click();
		await expect(page.getByText('The file is not in UTF-8.')).toBeVisible();
	} finally {
		await context.close();
	}
});
