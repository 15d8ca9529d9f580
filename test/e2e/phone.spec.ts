// A manager reading survey results and the actions overview on a 375 px phone (issue 17, point 11): every
// chart label is drawn whole, inside its chart and the screen, at a readable size and clear of its
// neighbours; and a number table turned into cards names each number by its column.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { demoServer, PHONE } from './support/demo-server';

const demo = demoServer();
const phone = (browser: Browser): Promise<Page> => demo.adminPage(browser, PHONE);

/** The demo's autumn round: the whole round is shown, two rounds make a trend. */
async function openResults(page: Page) {
	await page.goto(demo.server.baseURL + '/surveys');
	const href = await page.locator('a[href$="/results"]').first().getAttribute('href');
	expect(href, 'a results link on /surveys').toBeTruthy();
	await page.goto(demo.server.baseURL + href!);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Letters only: a label wrapped over lines (or a long word broken with a hyphen) still reads as its name. */
const letters = (s: string) => s.replace(/[\s\u2010]/g, '');

interface LabelBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
	fontSize: number;
}

/** Every text drawn in the chart, with its box on screen; and the chart's own box. */
async function chartLabels(page: Page, name: string) {
	const chart = page.getByRole('img', { name });
	await expect(chart).toBeVisible();
	// drawn once the browser knows the chart's width
	await expect
		.poll(() => chart.locator('svg text').count(), { message: `text in the chart "${name}"` })
		.toBeGreaterThan(0);
	return chart.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const labels = [...el.querySelectorAll('svg text')].map((t) => {
			const r = t.getBoundingClientRect();
			return {
				text: t.textContent ?? '',
				left: r.left,
				right: r.right,
				top: r.top,
				bottom: r.bottom,
				fontSize: parseFloat(getComputedStyle(t).fontSize)
			};
		});
		const legend = [...el.querySelectorAll('li')].map((li) => ({
			text: li.textContent ?? '',
			right: li.getBoundingClientRect().right,
			clipped: li.scrollWidth > li.clientWidth + 1
		}));
		return { box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom }, labels, legend };
	});
}

function expectInside(labels: LabelBox[], box: { left: number; right: number; top: number; bottom: number }) {
	expect(labels.length).toBeGreaterThan(0);
	for (const l of labels) {
		const where = `"${l.text}" at ${Math.round(l.left)}–${Math.round(l.right)} px`;
		expect.soft(l.left, where).toBeGreaterThanOrEqual(Math.max(0, box.left) - 0.5);
		expect.soft(l.right, where).toBeLessThanOrEqual(Math.min(PHONE.width, box.right) + 0.5);
		expect.soft(l.top, where).toBeGreaterThanOrEqual(box.top - 0.5);
		expect.soft(l.bottom, where).toBeLessThanOrEqual(box.bottom + 0.5);
		expect.soft(l.fontSize, `${where}: font size`).toBeGreaterThanOrEqual(11);
	}
	// no two labels drawn over each other
	for (const [i, a] of labels.entries())
		for (const b of labels.slice(i + 1)) {
			const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
			expect.soft(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
		}
}

test('survey results at 375 px: every chart label is whole, inside the chart and the screen, and readable', async ({
	browser
}) => {
	const page = await phone(browser);
	await openResults(page);

	// Dimension scores: a label per dimension, each the dimension's whole name.
	const dimensionsTable = page.locator('table', { has: page.getByRole('columnheader', { name: 'Score' }) }).first();
	const names = (await dimensionsTable.locator('tbody th').allTextContents()).map((t) => t.trim());
	expect(names.length).toBeGreaterThanOrEqual(9);
	const dims = await chartLabels(
		page,
		'Bar chart of favourable, neutral and unfavourable answers per dimension. The table below has the same numbers.'
	);
	expectInside(dims.labels, dims.box);
	const drawn = dims.labels.map((l) => letters(l.text));
	for (const name of names) expect.soft(drawn, `the chart names "${name}" in full`).toContain(letters(name));
	for (const item of dims.legend) expect.soft(item.clipped, `legend "${item.text}"`).toBe(false);

	// The trend across rounds: the rounds' names on the axis and every dimension in the legend, whole.
	const trend = await chartLabels(
		page,
		'Line chart of dimension scores across rounds. The table below has the same numbers.'
	);
	expectInside(trend.labels, trend.box);
	const rounds = (
		await page
			.locator('section', { has: page.getByRole('heading', { name: 'Trend across rounds' }) })
			.locator('thead th.num')
			.allTextContents()
	).length;
	expect(rounds).toBeGreaterThan(1);
	expect(trend.legend.map((l) => letters(l.text))).toEqual(names.map(letters));
	for (const item of trend.legend) {
		expect.soft(item.clipped, `legend "${item.text}"`).toBe(false);
		expect.soft(item.right, `legend "${item.text}"`).toBeLessThanOrEqual(PHONE.width);
	}
});

/** For each body cell that stands for one column: its header's text and what the card writes before it. */
async function cardLabels(page: Page, table: ReturnType<Page['locator']>) {
	return table.evaluate((t) => {
		const headers = [...t.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
		const out: { header: string; before: string; value: string }[] = [];
		for (const row of t.querySelectorAll('tbody tr')) {
			let column = 0;
			for (const cell of row.children) {
				const span = (cell as HTMLTableCellElement).colSpan || 1;
				// a number (or a date) needs its column's name; a link names itself
				if (cell.tagName === 'TD' && span === 1 && /\d/.test(cell.textContent ?? ''))
					out.push({
						header: headers[column],
						before: getComputedStyle(cell, '::before').content,
						value: (cell.textContent ?? '').trim()
					});
				column += span;
			}
		}
		return out;
	});
}

function expectNamed(cells: { header: string; before: string; value: string }[], where: string) {
	expect(cells.length, `${where}: cells with a number`).toBeGreaterThan(0);
	for (const c of cells) expect.soft(c.before, `${where}: "${c.value}" under "${c.header}"`).toContain(c.header);
}

test('at 375 px a number table becomes cards whose every number is named by its column', async ({ browser }) => {
	const page = await phone(browser);
	await openResults(page);
	const heatmap = page.locator('table', { has: page.locator('caption', { hasText: 'Score per team and dimension' }) });
	// the cards are laid out as blocks, the header row is off-screen: the column's name has to come from the cell
	await expect(heatmap.locator('thead')).not.toBeInViewport();
	expectNamed(await cardLabels(page, heatmap), 'heatmap');
	const rates = page.locator('table', {
		has: page.locator('caption', { hasText: 'Responses and response rate per team' })
	});
	expectNamed(await cardLabels(page, rates), 'response rates');
	const dimensions = page.locator('table', { has: page.getByRole('columnheader', { name: 'Score' }) }).first();
	expectNamed(await cardLabels(page, dimensions), 'dimension scores');

	await page.goto(demo.server.baseURL + '/actions/overview');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const tables = page.locator('main table');
	expect(await tables.count()).toBeGreaterThanOrEqual(2);
	for (const [i, table] of (await tables.all()).entries())
		expectNamed(await cardLabels(page, table), `overview table ${i + 1}`);
	// and a person sees it: the first team's planned count reads "Planned: n"
	const planned = await page
		.locator('main table')
		.first()
		.locator('tbody td')
		.first()
		.evaluate((td) => getComputedStyle(td, '::before').content);
	expect(planned).toContain('Planned');
});
