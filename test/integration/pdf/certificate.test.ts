// The credential certificate as a PDF, through both routes (member and external learner): every element the
// credential carries, the holder's name, and a QR code that leads to its verification page; for the holder only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { completeModule, makeModule, tempDataDir } from '../bites/support';
import { GET } from '../../../src/routes/(app)/bites/credentials/[credential]/certificate.pdf/+server';
import { GET as PUBLIC_GET } from '../../../src/routes/public/bites/[collection]/credentials/[credential]/certificate.pdf/+server';
import { download, firstImage, get, inLocale, pdfText } from './support';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let admin: Actor;
let holder: Actor;
let colleague: Actor;
let outsider: Actor;
let credentialId: string;
let moduleId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
	const org = await makeOrg('Fjordby Kommune');
	admin = await makePerson(org.id, { role: 'admin' });
	holder = await makePerson(org.id, { name: 'Søren Ærø Åström' });
	colleague = await makePerson(org.id, { name: 'Kaj Kollega' });
	outsider = await makePerson((await makeOrg('Elsewhere')).id, { role: 'admin' });
	const { module } = await makeModule(admin, { title: 'Feedback i hverdagen' });
	moduleId = module.id;
	await bites.createDefinition(admin, {
		title: 'Feedback-praktiker på første niveau',
		outcomes: 'Giver konkret og venlig feedback.',
		assessment: 'Quiz',
		minScore: 50,
		eqfLevel: 4,
		workloadHours: 0.5,
		credits: 0.1,
		qualityAssurance: 'Gennemgået af HR-læringsteamet.',
		moduleIds: [module.id],
		requiresIds: []
	});
	await completeModule(holder, module.id, [true, false]);
	credentialId = (await bites.listMyCredentials(holder))[0].id;
}, 120_000);

afterAll(async () => database.close());

const path = (id: string) => `https://samspil.test/bites/credentials/${id}/certificate.pdf`;

describe('PDF: credential certificate', () => {
	it('holds the holder, every element and a QR code to the verification page, in Danish', async () => {
		const token = await bites.setSharing(holder, credentialId, true);
		const bytes = await inLocale('da', async () =>
			download(await get(GET, holder, { credential: credentialId }, path(credentialId)), /^Feedback-praktiker/)
		);
		const text = await pdfText(bytes);
		expect(text).toContain('Bevis');
		expect(text).toContain('Søren Ærø Åström');
		expect(text).toContain('Feedback-praktiker på første niveau');
		expect(text).toContain('Fjordby Kommune');
		expect(text).toContain('Giver konkret og venlig feedback.');
		expect(text).toContain('Gennemgået af HR-læringsteamet.');
		// every element the credential carries today is on the certificate
		const data = await bites.certificateData(holder, credentialId, { origin: 'https://samspil.test', locale: 'da' });
		expect(data.elements.length).toBeGreaterThanOrEqual(6);
		for (const e of data.elements) expect(text).toContain(e.value.replace(/\s+/g, ' ').trim());
		const url = `https://samspil.test/verify/${token}`;
		// a long address wraps onto two lines, which reads back as a space
		expect(text.replace(/\s/g, '')).toContain(url);
		const image = await firstImage(bytes);
		expect(image).not.toBeNull();
		expect(jsQR(image!.rgba, image!.width, image!.height)?.data).toBe(url);
	});

	it('leads to the general verification page while the holder shares no public link', async () => {
		await bites.setSharing(holder, credentialId, false);
		const bytes = await download(await get(GET, holder, { credential: credentialId }, path(credentialId)), /\.pdf$/);
		const image = (await firstImage(bytes))!;
		expect(jsQR(image.rgba, image.width, image.height)?.data).toBe('https://samspil.test/verify');
	});

	it('is refused to everyone but its holder: not an admin, a colleague, or another organisation', async () => {
		for (const person of [admin, colleague, outsider])
			expect((await get(GET, person, { credential: credentialId }, path(credentialId))).status).toBe(404);
	});

	it('is given to an external learner for their own credential by their cookie only', async () => {
		const collection = await bites.createCollection(admin, {
			title: 'Akademi',
			description: '',
			moduleIds: [moduleId]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const joined = await bites.joinCollection(token, { name: 'Carla Kunde', email: 'carla@kunde.test' });
		if (!('secret' in joined) || !joined.secret) throw new Error('a first join gives a learner cookie');
		const { secret } = joined;
		const ctx = { origin: 'https://samspil.test' };
		let state = await bites.external.play(token, secret, moduleId, ctx);
		while (!state.completed) {
			const card = state.card!;
			if (card.kind === 'quiz') await bites.external.answer(token, secret, moduleId, card.id, ['o1'], ctx);
			await bites.external.next(token, secret, moduleId, card.id, ctx);
			state = await bites.external.play(token, secret, moduleId, ctx);
		}
		const learner = (await bites.external.learner(token, secret))!;
		const [held] = await bites.listHeld(learner.orgId, learner.id);
		const call = async (cookie: string | undefined, credential = held.id) => {
			const url = new URL(`https://samspil.test/public/bites/${token}/credentials/${credential}/certificate.pdf`);
			const event = { params: { collection: token, credential }, url, cookies: { get: () => cookie } };
			try {
				return await (PUBLIC_GET as unknown as (e: typeof event) => Promise<Response>)(event);
			} catch (e) {
				return new Response(null, { status: (e as { status: number }).status });
			}
		};
		const text = await pdfText(await download(await call(secret), /\.pdf$/));
		expect(text).toContain('Carla Kunde');
		expect((await call('wrong-secret')).status).toBe(404);
		expect((await call(undefined)).status).toBe(404);
		// the learner's cookie opens no member's credential
		expect((await call(secret, credentialId)).status).toBe(404);
	});
});
