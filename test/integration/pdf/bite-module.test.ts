// A learning bite for offline reading: every card's words in the PDF (Danish letters intact), the questions with
// their options but nothing that tells which are right, documents and transcripts listed; for players only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { tempDataDir } from '../bites/support';
import { GET } from '../../../src/routes/(app)/bites/[module]/module.pdf/+server';
import { GET as PUBLIC_GET } from '../../../src/routes/public/bites/[collection]/[module]/module.pdf/+server';
import { pdf, silentWav } from '../../fixtures/documents';
import { download, get, inLocale, pdfText } from './support';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let admin: Actor;
let learner: Actor;
let outsider: Actor;
let moduleId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
	const org = await makeOrg('Fjordby Kommune');
	admin = await makePerson(org.id, { role: 'admin' });
	learner = await makePerson(org.id);
	outsider = await makePerson((await makeOrg('Elsewhere')).id, { role: 'admin' });
	const module = await bites.createModule(admin, {
		title: 'Høflighed ved skranken',
		summary: 'Små råd om at lytte færdig.',
		minutes: 5,
		language: 'da',
		tags: ''
	});
	moduleId = module.id;
	await bites.addTextCard(admin, moduleId, {
		body: '## Lyt først\n\nLad borgeren **tale færdig**, før du svarer.\n\n- Øjenkontakt\n- Åbne spørgsmål'
	});
	await bites.addMediaCard(admin, moduleId, {
		kind: 'audio',
		body: 'En borger ved skranken',
		alt: '',
		url: '',
		file: silentWav(),
		transcript: 'Goddag, jeg skal forny mit sygesikringskort.'
	});
	await bites.addQuizCard(admin, moduleId, {
		body: 'Hvad gør du, når borgeren holder en pause?',
		quizKind: 'single',
		option1: 'Venter roligt',
		option2: 'Afslutter sætningen',
		correct1: true,
		correct2: false,
		feedback1: 'Ja, pausen er borgerens.',
		feedback2: 'Nej, det lyder travlt.'
	});
	await bites.addDownloadCard(admin, moduleId, {
		body: 'Til opslagstavlen',
		file: await pdf(),
		name: 'Tjekliste for skranken.pdf'
	});
}, 120_000);

afterAll(async () => database.close());

const path = (id: string) => `https://samspil.test/bites/${id}/module.pdf`;

describe('PDF: a module for offline reading', () => {
	it('holds every card in order with Danish letters, the options without the right answer or feedback', async () => {
		await bites.setPublished(admin, moduleId, true);
		const bytes = await inLocale('da', async () =>
			download(await get(GET, learner, { module: moduleId }, path(moduleId)), /^Høflighed-ved-skranken\.pdf$/)
		);
		const text = await pdfText(bytes);
		for (const words of [
			'Høflighed ved skranken',
			'Små råd om at lytte færdig.',
			'Lyt først',
			'Lad borgeren tale færdig, før du svarer.',
			'Øjenkontakt',
			'Åbne spørgsmål',
			'En borger ved skranken',
			'Goddag, jeg skal forny mit sygesikringskort.',
			'Hvad gør du, når borgeren holder en pause?',
			'Venter roligt',
			'Afslutter sætningen',
			'Til opslagstavlen',
			'Tjekliste for skranken.pdf',
			'Dokumenter til download',
			'4 kort'
		])
			expect(text).toContain(words);
		expect(text.indexOf('Lyt først')).toBeLessThan(text.indexOf('Venter roligt'));
		// Nothing marks the right answer: no feedback, not the editor's "rigtigt svar", no tick.
		for (const tell of ['pausen er borgerens', 'det lyder travlt', 'rigtigt svar', 'korrekt', '✓', '(v)'])
			expect(text).not.toContain(tell);
		expect(text).not.toContain('**');
	});

	it('is for whoever may play the module: not a draft for a learner, not another organisation', async () => {
		await bites.setPublished(admin, moduleId, false);
		expect((await get(GET, learner, { module: moduleId }, path(moduleId))).status).toBe(404);
		await bites.setPublished(admin, moduleId, true);
		expect((await get(GET, outsider, { module: moduleId }, path(moduleId))).status).toBe(404);
		expect((await get(GET, learner, { module: moduleId }, path(moduleId))).status).toBe(200);
	});

	it('is given to an external learner of a collection holding the module, by their cookie only', async () => {
		const collection = await bites.createCollection(admin, {
			title: 'Akademi',
			description: '',
			moduleIds: [moduleId]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const joined = await bites.joinCollection(token, { name: 'Carla Kunde', email: 'carla@kunde.test' });
		if (!('secret' in joined) || !joined.secret) throw new Error('a first join gives a learner cookie');
		const call = async (cookie: string | undefined, module = moduleId) => {
			const event = { params: { collection: token, module }, cookies: { get: () => cookie } };
			try {
				return await (PUBLIC_GET as unknown as (e: typeof event) => Promise<Response>)(event);
			} catch (e) {
				return new Response(null, { status: (e as { status: number }).status });
			}
		};
		const text = await pdfText(await inLocale('da', async () => download(await call(joined.secret), /\.pdf$/)));
		expect(text).toContain('Tjekliste for skranken.pdf');
		expect((await call('wrong-secret')).status).toBe(404);
		const other = await bites.createModule(admin, {
			title: 'Ikke i samlingen',
			summary: '',
			minutes: 3,
			language: 'da',
			tags: ''
		});
		await bites.addTextCard(admin, other.id, { body: 'Andet indhold.' });
		await bites.setPublished(admin, other.id, true);
		expect((await call(joined.secret, other.id)).status).toBe(404);
	});
});
