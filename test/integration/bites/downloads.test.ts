// Downloadable documents and captions on learning bites: a file is accepted only when its bytes say it is a PDF,
// a Word or an Excel document (for the Office formats, the ZIP must also hold the main part), captions only when
// they are WebVTT text; a document is served as an attachment under its own name to whoever may play the module.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { GET } from '../../../src/routes/(app)/bites/media/[media]/+server';
import { CAPTIONS, docx, exe, pdf, silentWav, xlsx, zip } from '../../fixtures/documents';
import { makeModule, tempDataDir } from './support';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let dataDir: string;
let admin: Actor;
let learner: Actor;
let outsider: Actor;
beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = tempDataDir();
	const org = await makeOrg('Fjordby Kommune');
	admin = await makePerson(org.id, { role: 'admin' });
	learner = await makePerson(org.id);
	outsider = await makePerson((await makeOrg()).id, { role: 'admin' });
});
afterAll(async () => database.close());

async function draft() {
	return (await makeModule(admin, { title: 'Skranken', questions: 0, publish: false })).module;
}

async function serve(actor: Actor | null, mediaId: string) {
	const event = { locals: { actor }, params: { media: mediaId }, cookies: { get: () => undefined } };
	try {
		return await (GET as unknown as (e: typeof event) => Promise<Response>)(event);
	} catch (e) {
		if (e && typeof e === 'object' && 'status' in e) return new Response(null, { status: e.status as number });
		throw e;
	}
}

const filesOf = (orgId: string) =>
	fs.existsSync(path.join(dataDir, 'bites', orgId)) ? fs.readdirSync(path.join(dataDir, 'bites', orgId)) : [];

describe('documents to download', () => {
	it('accepts a real PDF, DOCX and XLSX, each listed with its own name and size', async () => {
		const module = await draft();
		const files = { 'Tjekliste for skranken.pdf': await pdf(), 'Referat.docx': docx(), 'Vagtplan.xlsx': xlsx() };
		for (const [name, bytes] of Object.entries(files))
			await bites.addDownloadCard(admin, module.id, { body: `Om ${name}`, file: bytes, name });
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		const downloads = cards.filter((c) => c.kind === 'download');
		expect(downloads.map((c) => [c.fileName, c.fileSize])).toEqual(
			Object.entries(files).map(([name, bytes]) => [name, bytes.byteLength])
		);
		expect(downloads.map((c) => c.mediaMime)).toEqual([
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		]);
	});

	it('refuses a renamed ZIP, an Office file without its main part, an executable, and a file over the limit', async () => {
		const module = await draft();
		const before = filesOf(admin.orgId).length;
		const refused = {
			'plain.docx': zip({ 'word/document.xml': '<w:document/>' }),
			'no-main.docx': docx(false),
			'no-main.xlsx': xlsx(false),
			'setup.pdf': exe(),
			'notes.pdf': Buffer.from('just text, no PDF')
		};
		for (const [name, bytes] of Object.entries(refused))
			await expect(bites.addDownloadCard(admin, module.id, { body: '', file: bytes, name })).rejects.toMatchObject({
				key: 'error_bites_download_type',
				field: 'file'
			});
		const big = Buffer.concat([await pdf(), Buffer.alloc(bites.maxUploadBytes())]);
		await expect(
			bites.addDownloadCard(admin, module.id, { body: '', file: big, name: 'big.pdf' })
		).rejects.toMatchObject({ key: 'error_bites_upload_too_big' });
		await expect(bites.addDownloadCard(admin, module.id, { body: '', file: null, name: '' })).rejects.toMatchObject({
			key: 'error_bites_download_missing'
		});
		expect((await bites.getModuleForAuthoring(admin, module.id)).cards.filter((c) => c.kind !== 'text')).toEqual([]);
		expect(filesOf(admin.orgId).length).toBe(before);
	});

	it('is served as an attachment with its type and nosniff, to members once published, never to outsiders', async () => {
		const module = await draft();
		const bytes = await pdf('Ærlig feedback på én side');
		await bites.addDownloadCard(admin, module.id, { body: '', file: bytes, name: 'C:\\Users\\x\\Ærlig feedback.pdf' });
		const card = (await bites.getModuleForAuthoring(admin, module.id)).cards.find((c) => c.kind === 'download')!;
		expect(card.fileName).toBe('Ærlig feedback.pdf');
		expect((await serve(learner, card.mediaId!)).status).toBe(404);
		await bites.setPublished(admin, module.id, true);
		const response = await serve(learner, card.mediaId!);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="AErlig feedback.pdf"; filename*=UTF-8''%C3%86rlig%20feedback.pdf`
		);
		expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
		expect((await serve(outsider, card.mediaId!)).status).toBe(404);
		expect((await serve(null, card.mediaId!)).status).toBe(404);
	});
});

describe('captions and transcripts', () => {
	it('keeps WebVTT captions in the chosen language and a transcript on an audio card', async () => {
		const module = await draft();
		await bites.addMediaCard(admin, module.id, {
			kind: 'audio',
			body: 'Velkomst',
			alt: '',
			url: '',
			file: silentWav(),
			captions: Buffer.from(CAPTIONS),
			captionsLang: 'da',
			transcript: 'Velkommen til skranken – lyt først.'
		});
		const card = (await bites.getModuleForAuthoring(admin, module.id)).cards.find((c) => c.kind === 'audio')!;
		expect(card).toMatchObject({
			mediaMime: 'audio/wav',
			captionsLang: 'da',
			transcript: 'Velkommen til skranken – lyt først.'
		});
		await bites.setPublished(admin, module.id, true);
		const captions = await serve(learner, card.captionsId!);
		expect(captions.status).toBe(200);
		expect(captions.headers.get('content-type')).toBe('text/vtt');
		expect(captions.headers.get('content-disposition')).toMatch(/^inline/);
		expect(await captions.text()).toBe(CAPTIONS);
	});

	it('refuses captions that are not WebVTT or too large, and captions on an image, keeping no file', async () => {
		const module = await draft();
		const before = filesOf(admin.orgId).length;
		const audio = { kind: 'audio' as const, body: '', alt: '', url: '', file: silentWav() };
		const bad = {
			'SRT, not WebVTT': Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nHej\n'),
			'a WAV named .vtt': silentWav(),
			'a signature run on': Buffer.from('WEBVTTX\n'),
			'binary after the signature': Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.from([0, 1, 2])])
		};
		for (const captions of Object.values(bad))
			await expect(bites.addMediaCard(admin, module.id, { ...audio, captions })).rejects.toMatchObject({
				key: 'error_bites_captions_type',
				field: 'captions'
			});
		const long = Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(bites.MAX_CAPTIONS_BYTES, 'a')]);
		await expect(bites.addMediaCard(admin, module.id, { ...audio, captions: long })).rejects.toMatchObject({
			key: 'error_bites_captions_too_big'
		});
		await expect(
			bites.addMediaCard(admin, module.id, { ...audio, kind: 'image', alt: 'x', captions: Buffer.from(CAPTIONS) })
		).rejects.toMatchObject({ key: 'error_bites_captions_kind' });
		expect(filesOf(admin.orgId).length).toBe(before);
		// A byte-order mark before the signature is still WebVTT.
		await bites.addMediaCard(admin, module.id, { ...audio, captions: Buffer.from('\ufeff' + CAPTIONS) });
		expect(filesOf(admin.orgId).length).toBe(before + 2);
	});
});
