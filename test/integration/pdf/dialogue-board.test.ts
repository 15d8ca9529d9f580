// The printable dialogue board: the learning-environment template's zones on one large page and every question
// card of the template (read from where the template defines them), in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from '../actions/support/world';
import * as boards from '../../../src/lib/server/boards/index';
import { GET } from '../../../src/routes/(app)/boards/print.pdf/+server';
import { download, get, inLocale, pdfInfo, pdfText } from './support';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 120_000);

afterAll(async () => {
	await database.close();
});

describe('PDF: printable dialogue board', () => {
	it('prints the zones as an A3 board and every question card of the template, in Danish', async () => {
		const bytes = await inLocale('da', async () =>
			download(
				await get(GET, w.member, {}, '/boards/print.pdf?template=learning-environment'),
				'Vores-læringsmiljø.pdf'
			)
		);
		const text = await pdfText(bytes);
		const content = await boards.printableTemplate(w.member, 'learning-environment', 'da');
		const cards = [...content.zones.flatMap((z) => z.questions), ...content.questions];
		expect(content.zones).toHaveLength(4);
		expect(cards.length).toBeGreaterThanOrEqual(6);
		expect(text).toContain('Vores læringsmiljø');
		for (const z of content.zones) expect(text).toContain(z.title);
		expect(text).toContain('Læring er et fælles anliggende');
		expect(text).toContain('Spørgsmålskort');
		for (const card of cards) expect(text).toContain(card.replace(/\s+/g, ' '));
		const { pages, sizes } = await pdfInfo(bytes);
		expect(pages).toBe(1 + Math.ceil(cards.length / 8));
		expect(sizes[0]).toEqual([1191, 842]); // A3 landscape
		expect(sizes[1]).toEqual([595, 842]); // A4 portrait
	});

	it('is not found for another organisation’s template or one that does not exist', async () => {
		for (const template of ['no-such-template', 'org:someone-elses', ''])
			expect((await get(GET, w.member, {}, `/boards/print.pdf?template=${template}`)).status).toBe(404);
	});
});
