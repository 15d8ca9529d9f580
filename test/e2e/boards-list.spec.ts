// The boards list (search, rename, duplicate, archive, delete), the exports and summary, and the board
// page's JavaScript budget.
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, setPhase } from './support/boards';
import { holdAppScripts } from './support/scripts';

const { server, facilitator, createBoard } = boardsSuite();

test('exports hold every note and vote, and HTML in a note is shown as text everywhere', async ({ browser }) => {
	const fac = await facilitator(browser);
	const id = await createBoard(fac, 'Export board', 'Start / stop / continue');
	const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
	await addNote(fac, 'Start', evil);
	await addNote(fac, 'Stop', 'Stop long meetings');
	await addNote(fac, 'Continue', 'Continue buddy lunches');
	await expect(note(fac, 'Continue buddy lunches')).toBeVisible();
	await setPhase(fac, 'Vote');
	await fac.getByRole('button', { name: 'Give a dot to “Continue buddy lunches”' }).click();
	await fac.getByRole('button', { name: 'Give a dot to “Continue buddy lunches”' }).click();
	await fac.getByRole('button', { name: `Give a dot to “${evil}”` }).click();
	await expect(fac.getByText('You have 2 of 5 dots left')).toBeVisible();
	await fac.getByRole('button', { name: 'Close voting and show results' }).click();
	await expect(note(fac, 'Continue buddy lunches')).toContainText('votes: 2');

	await expect(fac.getByText(evil, { exact: true }).first()).toBeVisible();
	await fac.getByRole('button', { name: 'List view' }).click();
	await expect(fac.getByText(evil, { exact: true }).first()).toBeVisible();
	await fac.goto(`${server.baseURL}/boards/${id}/summary`);
	await expect(fac.getByText(evil, { exact: true })).toBeVisible();
	await expect(fac.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
	expect(await fac.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await expectAccessible(fac);

	const md = await (await fac.request.get(`${server.baseURL}/boards/${id}/export/markdown`)).text();
	const csvResponse = await fac.request.get(`${server.baseURL}/boards/${id}/export/csv`);
	expect(csvResponse.headers()['content-disposition']).toContain('export-board.csv');
	const csv = await csvResponse.text();
	expect(md).toContain('Continue buddy lunches (Author: Ada Admin, Votes: 2)');
	expect(md).toContain('Stop long meetings (Author: Ada Admin, Votes: 0)');
	expect(md).toContain('&lt;img src=x onerror="window.\\_\\_xss=1"&gt;');
	expect(md).not.toContain('<img');
	expect(csv).toContain('"Note","Continue","","Continue buddy lunches","Ada Admin","2"');
	expect(csv).toContain('"Note","Stop","","Stop long meetings","Ada Admin","0"');
	expect(csv).toContain('"Note","Start","",' + JSON.stringify(evil).replace(/\\"/g, '""') + ',"Ada Admin","1"');
	await fac.context().close();
});

test('the boards list searches, renames, duplicates, archives and deletes only after confirmation', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	// A board the search must leave out.
	await createBoard(fac, 'Læringsværksted', 'Start / stop / continue');
	await createBoard(fac, 'Kvartalsmøde om læring', 'Impact × effort');
	await addNote(fac, 'High impact, low effort', 'Fredagsdemo af noget nyt');
	await expect(note(fac, 'Fredagsdemo')).toBeVisible();
	// Leaving the board asks the server to mirror its counts from the doc into the list.
	await fac.getByRole('link', { name: '← Boards' }).click();
	await fac.getByLabel('Search boards by title').fill('kvartal');
	await fac.getByRole('button', { name: 'Search', exact: true }).click();
	// The card is on the unfiltered list too: wait for the search itself before reloading below.
	await fac.waitForURL(/[?&]q=kvartal/);
	const card = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring' }) });
	await expect(card).toHaveCount(1);
	await expect(async () => {
		await fac.reload();
		await expect(card).toContainText('notes: 1', { timeout: 500 });
	}).toPass({ timeout: 10_000 });
	await expect(fac.getByRole('heading', { name: 'Læringsværksted' })).toHaveCount(0);

	await card.getByText('Manage “Kvartalsmøde om læring”').click();
	await card.getByLabel('New title').fill('Kvartalsmøde om læring – Q3');
	await card.getByRole('button', { name: 'Rename' }).click();
	await fac.goto(server.baseURL + '/boards?q=Q3');
	const renamed = fac
		.getByRole('listitem')
		.filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3' }) });
	await renamed.getByText(/^Manage/).click();
	await renamed.getByRole('button', { name: 'Duplicate' }).click();
	await expect(fac.getByRole('heading', { level: 1, name: 'Copy of Kvartalsmøde om læring – Q3' })).toBeVisible();
	await expect(note(fac, 'Fredagsdemo af noget nyt')).toBeVisible();

	await fac.goto(server.baseURL + '/boards?q=Q3');
	const original = fac
		.getByRole('listitem')
		.filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3', exact: true }) });
	await original.getByText(/^Manage/).click();
	await original.getByRole('button', { name: 'Archive' }).click();
	await expect(original).toHaveCount(0);
	await fac.goto(server.baseURL + '/boards?archived=1&q=Q3');
	const archived = fac
		.getByRole('listitem')
		.filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3', exact: true }) });
	await expect(archived).toContainText('Archived');

	await fac.goto(server.baseURL + '/boards?q=Copy');
	const copy = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: /^Copy of Kvartalsmøde/ }) });
	await copy.getByText(/^Manage/).click();
	await copy
		.getByRole('button', { name: 'Delete board' })
		.evaluate((b: HTMLButtonElement) => (b.form!.noValidate = true));
	await copy.getByRole('button', { name: 'Delete board' }).click();
	await expect(fac.getByText('Tick the box to confirm that the board should be deleted.')).toBeVisible();
	await fac.goto(server.baseURL + '/boards?q=Copy');
	await copy.getByText(/^Manage/).click();
	await copy.getByRole('checkbox', { name: /Yes, delete/ }).check();
	await copy.getByRole('button', { name: 'Delete board' }).click();
	await expect(fac.getByText('The board is deleted.')).toBeVisible();
	await expect(fac.getByRole('heading', { name: /^Copy of Kvartalsmøde/ })).toHaveCount(0);
	await expectAccessible(fac);
	await fac.context().close();
});

test('the board page loads at most 200 KB of JavaScript (gzip)', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Bundle board', 'Start / stop / continue');
	// A fresh load of the board page: exactly the scripts it needs.
	await fac.reload();
	await expect(fac.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	const scripts = await fac.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'))
	);
	let total = 0;
	for (const url of new Set(scripts)) total += gzipSync(Buffer.from(await (await fac.request.get(url)).body())).length;
	const kb = total / 1024;
	const summary = `board page JS ${kb.toFixed(1)} KB gzip in ${scripts.length} files`;
	console.log(`[boards] ${summary}`);
	test.info().annotations.push({ type: 'benchmark', description: summary });
	expect(scripts.some((s) => /\/_app\/immutable\/nodes\//.test(s))).toBe(true);
	expect(kb).toBeLessThanOrEqual(200);
	await fac.context().close();
});

test('a new title typed before the page’s scripts have run is the one the board gets', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Teammøde om læring', 'Start / stop / continue');
	// The app's scripts are held back until the title is typed.
	const release = await holdAppScripts(fac);
	await fac.goto(server.baseURL + '/boards?q=Teammøde', { waitUntil: 'commit' });
	const card = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Teammøde om læring' }) });
	await card.getByText('Manage “Teammøde om læring”').click();
	await card.getByLabel('New title').fill('Teammøde om læring i maj');
	release();
	await fac.waitForLoadState('networkidle');
	await expect(card.getByLabel('New title')).toHaveValue('Teammøde om læring i maj');
	await fac.unrouteAll();
	await card.getByRole('button', { name: 'Rename' }).click();
	await fac.goto(server.baseURL + '/boards?q=maj');
	await expect(fac.getByRole('heading', { name: 'Teammøde om læring i maj' })).toBeVisible();
	await fac.context().close();
});
