// Authoring a module: Markdown sanitising, uploads checked by content and size, ordering and deleting cards;
// against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { makeBitesPeople, makeModule, tempDataDir } from './support';

let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = tempDataDir();
});
afterAll(async () => database.close());

describe('authoring', () => {
	it('sanitises Markdown: scripts, event handlers and javascript: links never reach the page', async () => {
		const { admin } = await makeBitesPeople();
		const module = await bites.createModule(admin, {
			title: 'Safe',
			summary: '',
			minutes: 3,
			language: 'da',
			tags: ''
		});
		await bites.addTextCard(admin, module.id, {
			body: '# Hi\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) and [ok](https://example.org)\n\n<iframe src="https://evil.test"></iframe><b onclick="x()">bold</b>'
		});
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		const html = cards[0].html;
		expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
		expect(html).toContain('<h2>Hi</h2>');
		expect(html).toContain('href="https://example.org"');
		expect(html).toContain('rel="noopener noreferrer nofollow"');
	});

	it('stores an uploaded image under the data folder, checked by its content', async () => {
		const { admin } = await makeBitesPeople();
		const module = await bites.createModule(admin, {
			title: 'Media',
			summary: '',
			minutes: 3,
			language: 'en',
			tags: ''
		});
		const png = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');
		await bites.addMediaCard(admin, module.id, {
			kind: 'image',
			body: 'A chart',
			alt: 'Bar chart',
			url: '',
			file: png
		});
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		// its size in pixels is read from the file, so the player can reserve its space before it loads
		expect(cards[0]).toMatchObject({ kind: 'image', mediaMime: 'image/png', mediaWidth: 1, mediaHeight: 1 });
		const file = await bites.mediaFile(admin, undefined, cards[0].mediaId!);
		expect(file.mime).toBe('image/png');
		expect(fs.readdirSync(path.join(dataDir, 'bites', admin.orgId))).toHaveLength(1);
		const outsider = await makePerson((await makeOrg()).id);
		await expect(bites.mediaFile(outsider, undefined, cards[0].mediaId!)).rejects.toMatchObject({ status: 404 });
		await expect(bites.mediaFile(null, undefined, cards[0].mediaId!)).rejects.toMatchObject({ status: 404 });
	});

	it('refuses uploads of the wrong type or over the size limit with a clear reason', async () => {
		const { admin } = await makeBitesPeople();
		const module = await bites.createModule(admin, {
			title: 'Media',
			summary: '',
			minutes: 3,
			language: 'en',
			tags: ''
		});
		const html = Buffer.from('<html><script>alert(1)</script></html>');
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'image', body: '', alt: 'x', url: '', file: html })
		).rejects.toMatchObject({ key: 'error_bites_upload_type', field: 'file' });
		// A PNG named and typed as audio is still a PNG.
		const png = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'audio', body: '', alt: '', url: '', file: png })
		).rejects.toMatchObject({ key: 'error_bites_upload_kind' });
		const huge = Buffer.alloc(bites.maxUploadBytes() + 1);
		png.copy(huge);
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'image', body: '', alt: 'x', url: '', file: huge })
		).rejects.toMatchObject({ key: 'error_bites_upload_too_big' });
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		expect(cards).toHaveLength(0);
	});

	it('orders, moves and deletes cards', async () => {
		const { admin } = await makeBitesPeople();
		const { module } = await makeModule(admin);
		let { cards } = await bites.getModuleForAuthoring(admin, module.id);
		await bites.moveCard(admin, module.id, cards[2].id, 'up');
		const moved = (await bites.getModuleForAuthoring(admin, module.id)).cards.map((c) => c.id);
		expect(moved).toEqual([cards[0].id, cards[2].id, cards[1].id]);
		await bites.deleteCard(admin, module.id, cards[0].id);
		({ cards } = await bites.getModuleForAuthoring(admin, module.id));
		expect(cards.map((c) => c.position)).toEqual([0, 1]);
	});
});
