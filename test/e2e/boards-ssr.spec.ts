// The board's first screen comes from the server (the page's copies of the docs, rendered as the browser would
// render them first): that HTML is an output of its own, read here as plain HTTP answers, before and after a
// person writes. It shows the notes, never an anonymous note's author, and never anyone's hidden work.
import { test, expect, type Page } from '@playwright/test';
import { addNote, boardsSuite, note, openPopover, openSession, setPhase } from './support/boards';

const { server, facilitator, createBoard, joinAsGuest } = boardsSuite();

const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

/** The page's HTML as the server sends it, read with a person's cookies (no browser, no JavaScript). */
async function html(page: Page, path: string) {
	const res = await fetch(server.baseURL + path, { headers: { cookie: await cookieOf(page) } });
	expect(res.status).toBe(200);
	return res.text();
}

/** The words in `after` that were not in `before`: what a person's note added to the server's HTML. */
function added(before: string, after: string) {
	const words = (s: string) => s.split(/[\s<>"'=;:,()/]+/).filter(Boolean);
	const seen = new Set(words(before));
	return words(after).filter((w) => !seen.has(w));
}

/** The server-rendered note with this text, or null (its `<article>` element). */
function renderedNote(page: string, text: string) {
	const articles = page.match(/<article[^>]*data-note[\s\S]*?<\/article>/g) ?? [];
	return articles.find((a) => a.includes(text)) ?? null;
}

test('the server renders the first screen of notes, and the browser keeps that markup as the board goes live', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Rendered retro', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Walking meetings');
	await expect(note(fac, 'Walking meetings')).toBeVisible();
	await expect.poll(async () => renderedNote(await html(fac, `/boards/${boardId}`), 'Walking meetings')).not.toBeNull();

	// A fresh tab: the note is in the page before any script has run, and the same element once the board is live.
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.context().addCookies(await fac.context().cookies());
	await page.goto(server.baseURL + `/boards/${boardId}`);
	await expect(note(page, 'Walking meetings')).toBeVisible();
	await page.context().close();

	const tab = await fac.context().newPage();
	await tab.goto(server.baseURL + `/boards/${boardId}`, { waitUntil: 'commit' });
	await expect(note(tab, 'Walking meetings')).toBeVisible();
	const first = await note(tab, 'Walking meetings').elementHandle();
	await expect(tab.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	expect(await first!.evaluate((el) => el.isConnected)).toBe(true);
	await fac.context().close();
});

test('on an anonymous board the server’s HTML of a new note carries no author, for members and guests alike', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Anonymous rendered retro', 'Start / stop / continue');
	const code = await openSession(fac);
	const bo = await joinAsGuest(browser, code, 'Bo');

	// The control: on a board with names, the author's name and colour reach the HTML with the note.
	const ann = await joinAsGuest(browser, code, 'Annelise Quist');
	const named = [await html(fac, `/boards/${boardId}`), await html(bo, `/join/${boardId}`)];
	await addNote(ann, 'Start', 'Signed idea');
	await expect(note(fac, 'Signed idea')).toBeVisible();
	const namedAfter = [await html(fac, `/boards/${boardId}`), await html(bo, `/join/${boardId}`)];
	for (const [i, after] of namedAfter.entries()) {
		expect(added(named[i], after)).toContain('Signed');
		expect(renderedNote(after, 'Signed idea')).toContain('Annelise Quist');
		expect(renderedNote(after, 'Signed idea')).toContain('class="own');
	}

	await openPopover(fac, 'More');
	await fac.getByRole('button', { name: 'Anonymous mode' }).click();
	await expect(fac.getByText('Anonymous mode: new notes do not show who wrote them.')).toBeVisible();
	await expect(bo.getByText(/Anonymous mode/).first()).toBeVisible();
	await expect(ann.getByText(/Anonymous mode/).first()).toBeVisible();

	const before = [await html(fac, `/boards/${boardId}`), await html(bo, `/join/${boardId}`)];
	await addNote(ann, 'Stop', 'Unsigned idea');
	await expect(note(fac, 'Unsigned idea, by Anonymous')).toBeVisible();
	const after = [await html(fac, `/boards/${boardId}`), await html(bo, `/join/${boardId}`)];
	for (const [i, page] of after.entries()) {
		const rendered = renderedNote(page, 'Unsigned idea');
		expect(rendered).not.toBeNull();
		expect(rendered).toContain('by Anonymous');
		expect(rendered).not.toContain('class="own');
		expect(rendered).not.toContain('Quist');
		const diff = added(before[i], page);
		expect(diff.length).toBeGreaterThan(0);
		expect(diff).toContain('Unsigned');
		for (const word of ['Annelise', 'Quist']) expect(diff).not.toContain(word);
	}
	for (const p of [fac, bo, ann]) await p.context().close();
});

test('during silent writing the server renders nobody’s hidden notes, not even to their author', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Silent rendered retro', 'Start / stop / continue');
	const code = await openSession(fac);
	const bo = await joinAsGuest(browser, code, 'Bo');
	const ann = await joinAsGuest(browser, code, 'Ann');
	await setPhase(fac, 'Silent writing');
	await addNote(ann, 'Start', 'A private thought');
	await expect(note(ann, 'A private thought')).toBeVisible();
	// It reached the server (her private doc): a reload brings it back from there, not from this page.
	await ann.reload();
	await expect(note(ann, 'A private thought')).toBeVisible();

	for (const [page, path] of [
		[fac, `/boards/${boardId}`],
		[bo, `/join/${boardId}`],
		[ann, `/join/${boardId}`]
	] as const) {
		const text = await html(page, path);
		expect(text).toContain('data-zone');
		expect(text).not.toContain('A private thought');
	}
	for (const p of [fac, bo, ann]) await p.context().close();
});

test('the list view and a folded side panel, once chosen, come from the server as the browser will show them', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Listed retro', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Listed idea');
	await fac.getByRole('button', { name: 'List view' }).click();
	await fac.getByRole('button', { name: 'Hide decisions and actions' }).click();
	await expect(fac.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');

	const page = await html(fac, `/boards/${boardId}`);
	expect(page).toContain('Listed idea');
	expect(page).not.toContain('class="canvas');
	expect(page).toMatch(/aria-pressed="true"[^>]*>List view</);
	expect(page).toMatch(/aria-expanded="false"[^>]*>Show decisions and actions</);
	await fac.context().close();
});
