// Learning analytics in the browser: a team's manager finds who is overdue on a phone, opens that person's
// drill-down and downloads it as CSV (parsed here); a member and another team's manager are refused; axe.
import Papa from 'papaparse';
import type { Download } from '@playwright/test';
import { test, expect } from './support/test';
import { demoSuite } from './support/demo';
import { expectAccessible } from './support/a11y';

const { server, as, fitsThePhone } = demoSuite();
/** Lars's drill-down, as the manager's page links to it */
let larsPath = '';

async function csvOf(download: Download): Promise<string[][]> {
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

test('a manager finds the overdue person on a phone, opens the drill-down and downloads it as CSV', async ({
	browser
}) => {
	const mette = await as(browser, 'Mette Kjærgaard', { width: 375 });
	await mette.goto(`${server.baseURL}/learning`);
	await mette.getByRole('link', { name: 'Learning analytics' }).click();
	await expect(mette.getByRole('heading', { level: 1, name: 'Learning analytics' })).toBeVisible();
	// Only the team she leads.
	await expect(mette.getByRole('heading', { level: 2 })).toHaveText(['Borgerservice']);
	const compliance = mette.getByRole('table', { name: 'Assigned bites' });
	const larsOverdue = compliance.getByRole('row').filter({ hasText: 'Lars Thygesen' }).filter({ hasText: 'Overdue' });
	await expect(larsOverdue.first()).toBeVisible();
	await expect(mette.getByText(/\d+ assignments? overdue\./)).toBeVisible();
	await fitsThePhone(mette);
	await expectAccessible(mette);

	// The hours table downloads with the same people and a team total.
	const [hoursFile] = await Promise.all([
		mette.waitForEvent('download'),
		mette.getByRole('button', { name: 'Download hours (CSV)' }).click()
	]);
	expect(hoursFile.suggestedFilename()).toMatch(/^samspil-learning-hours-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
	const hours = await csvOf(hoursFile);
	expect(hours[0].slice(0, 3)).toEqual(['Team', 'Person', 'Buddy training (hours)']);
	const sofie = hours.find((r) => r[1] === 'Sofie Lindholm');
	expect(Number(sofie?.[2])).toBeGreaterThan(0);
	expect(hours.some((r) => r[0] === 'Borgerservice' && r[1] === 'Whole team')).toBe(true);
	expect(hours.every((r) => r[0] === 'Team' || r[0] === 'Borgerservice')).toBe(true);

	await larsOverdue.first().getByRole('link', { name: 'Lars Thygesen' }).click();
	await expect(mette.getByRole('heading', { level: 1, name: 'Learning of Lars Thygesen' })).toBeVisible();
	larsPath = new URL(mette.url()).pathname;
	await expect(mette.getByRole('table', { name: 'Assignments' }).getByText('Overdue').first()).toBeVisible();
	await fitsThePhone(mette);
	await expectAccessible(mette);

	const [file] = await Promise.all([
		mette.waitForEvent('download'),
		mette.getByRole('link', { name: 'Download this overview (CSV)' }).click()
	]);
	expect(file.suggestedFilename()).toMatch(/^samspil-learner-lars-thygesen-\d{4}-\d{2}-\d{2}\.csv$/);
	const rows = await csvOf(file);
	expect(rows[0].slice(0, 4)).toEqual(['Section', 'Item', 'Status', 'Due']);
	const assignments = rows.filter((r) => r[0] === 'Assignment');
	expect(assignments.length).toBeGreaterThan(0);
	expect(assignments.some((r) => r[2] === 'Overdue' && /^\d{4}-\d{2}-\d{2}$/.test(r[3]))).toBe(true);
	await mette.context().close();
});

test('a member and another team’s manager are refused', async ({ browser }) => {
	expect(larsPath).toMatch(/^\/learning\/analytics\/people\/[A-Za-z0-9_-]{22}$/);
	const jonas = await as(browser, 'Jonas Vestergaard');
	await jonas.goto(`${server.baseURL}/learning`);
	await expect(jonas.getByRole('heading', { level: 1, name: 'Learning' })).toBeVisible();
	await expect(jonas.getByRole('link', { name: 'Learning analytics' })).toHaveCount(0);
	for (const path of ['/learning/analytics', larsPath, `${larsPath}/learner.csv`, '/learning/analytics/hours.csv'])
		expect((await jonas.request.get(`${server.baseURL}${path}`)).status(), path).toBe(403);
	const page = await jonas.goto(`${server.baseURL}/learning/analytics`);
	expect(page?.status()).toBe(403);
	await expectAccessible(jonas);

	const hanne = await as(browser, 'Hanne Brøndum');
	expect((await hanne.goto(`${server.baseURL}${larsPath}`))?.status()).toBe(403);
	expect((await hanne.request.get(`${server.baseURL}${larsPath}/learner.csv`)).status()).toBe(403);
	// Her own page shows her team only.
	await hanne.goto(`${server.baseURL}/learning/analytics`);
	await expect(hanne.getByRole('heading', { level: 2 })).toHaveText(['Hjemmeplejen Nord']);
	await expect(hanne.getByText('Lars Thygesen')).toHaveCount(0);
});
