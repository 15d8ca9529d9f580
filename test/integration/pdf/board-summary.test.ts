// The board summary as a PDF, through its route: what the summary page shows (decisions, action items, vote rounds,
// zones with notes, votes and comments), in the reader's language, for those who may see the board only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from '../actions/support/world';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import * as boards from '../../../src/lib/server/boards/index';
import { changeDoc } from '../../../src/lib/server/boards/live';
import { addComment, addDecision, addNote, boardDoc, boardDocName, listZones } from '../../../src/lib/boards/doc';
import { app } from '../../../src/lib/server/app/index';
import { GET } from '../../../src/routes/(app)/boards/[board]/summary.pdf/+server';
import { boardSummaryPdf } from '../../../src/lib/server/pdf/index';
import { download, get, inLocale, pdfInfo, pdfText } from './support';

let database: TestDatabase;
let sync: AppSync;
let w: World;
let boardId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	// Made in Danish: a template's zones are written in the language of whoever makes the board.
	const board = await boards.createBoard(
		w.manager,
		{ title: 'Forårets værksted', teamId: w.teamA, template: 'learning-environment' },
		'da'
	);
	boardId = board.id;
	await changeDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		const zoneId = listZones(b)[0].id;
		const note = addNote(b, { text: 'Sidemandsoplæring for nye kolleger', zoneId, authorName: 'Søren Åberg' });
		addComment(b, { noteId: note, text: 'Også for vikarer', authorName: 'Ærø Østergård' });
		addDecision(b, { text: 'Alle nye får en makker fra første dag' });
	});
	const decisionId = (await boards.boardSnapshot(w.manager, boardId)).decisions[0].id;
	await boards.makeActions(w.manager, boardId, [decisionId]);
}, 120_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
});

describe('PDF: board summary', () => {
	it('holds the title, decisions, action items, zones, notes with their authors and comments, in Danish', async () => {
		const bytes = await inLocale('da', async () =>
			download(await get(GET, w.member, { board: boardId }), 'Forårets-værksted.pdf')
		);
		const text = await pdfText(bytes);
		expect(text).toContain('Forårets værksted');
		expect(text).toContain('Beslutninger');
		expect(text).toContain('Alle nye får en makker fra første dag');
		expect(text).toContain('Læring er et fælles anliggende');
		expect(text).toContain('Sidemandsoplæring for nye kolleger');
		expect(text).toContain('Søren Åberg');
		expect(text).toContain('Ærø Østergård: Også for vikarer');
		// the action made from the decision, listed as the summary page lists it
		const items = text.split('Alle nye får en makker fra første dag').length - 1;
		expect(items).toBeGreaterThanOrEqual(2);
		const { info } = await pdfInfo(bytes);
		expect(info.Title).toBe('Forårets værksted');
		expect(info.Language).toBe('da');
	});

	it('refuses another organisation (404) and answers everyone else as the summary page does', async () => {
		expect((await get(GET, w.outsider, { board: boardId })).status).toBe(404);
		expect((await get(GET, w.manager, { board: 'no-such-board' })).status).toBe(404);
		const page = await boards.boardSummary(w.otherMember, boardId).then(
			() => 200,
			(e) => e.status as number
		);
		expect((await get(GET, w.otherMember, { board: boardId })).status).toBe(page);
	});

	it('prints an action item’s score before and after when the summary gives one', async () => {
		const bytes = await boardSummaryPdf(
			{
				title: 'Loop',
				zones: [],
				rounds: [],
				decisions: [],
				actions: [
					{
						title: 'Buddy from day one',
						beforeAfter: { before: { label: 'Spring', score: 2.5 }, after: { label: 'Autumn', score: 3.25 } }
					}
				]
			},
			'en'
		);
		expect(await pdfText(bytes)).toContain('Buddy from day one Before and after: Spring: 2.5 -> Autumn: 3.25');
	});
});
