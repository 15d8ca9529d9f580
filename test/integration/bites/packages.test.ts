// LMS packages (issue 23): a module goes out as SCORM 1.2, SCORM 2004 and cmi5; a SCORM package comes in as a module
// that plays in a sandbox and records completion and score like a native bite; broken and unsafe packages are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as bites from '../../../src/lib/server/bites/index';
import { config } from '../../../src/lib/server/config';
import { Invalid, NotFound } from '../../../src/lib/server/errors';
import { translate } from '../../../src/lib/server/i18n';
import { packageGrant } from '../../../src/lib/server/bites/package-files';
import { GET } from '../../../src/routes/(app)/bites/packages/[package]/[grant]/[...file]/+server';
import { samplePackage, scorm2004Manifest } from '../../fixtures/packages';
import { makeBitesPeople, makeModule, ORIGIN, tempDataDir } from './support';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let dataDir: string;
let admin: Actor;
let learner: Actor;
let stranger: Actor;
beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = tempDataDir();
	({ admin, learner, stranger } = await makeBitesPeople());
});
afterAll(async () => database.close());

async function refusal(bytes: Uint8Array) {
	try {
		await bites.importPackage(admin, { bytes, language: 'en', fileName: 'p.zip' });
	} catch (e) {
		if (e instanceof Invalid) return translate(e.key, e.params);
		throw e;
	}
	throw new Error('the package was accepted');
}

async function serve(url: string) {
	const [, , , packageId, grant, ...file] = url.split('/');
	const event = {
		params: { package: packageId, grant, file: decodeURIComponent(file.join('/')) },
		url: new URL(ORIGIN + url)
	};
	try {
		return await (GET as unknown as (e: typeof event) => Promise<Response>)(event);
	} catch (e) {
		if (e && typeof e === 'object' && 'status' in e) return new Response(null, { status: e.status as number });
		throw e;
	}
}

/** An exported package's player page and its bite data, once its manifest is found to hold `marker`. */
function unpack(bytes: Uint8Array, manifest: string, marker: string) {
	const entries = unzipSync(bytes);
	expect(strFromU8(entries[manifest])).toContain(marker);
	const html = strFromU8(entries['index.html']);
	const bite = JSON.parse(/<script id="bite" type="application\/json">(.*?)<\/script>/s.exec(html)![1]);
	return { html, bite };
}

describe('exporting a module', () => {
	it('packs the cards, the quiz and the manifest of each standard', async () => {
		const { module } = await makeModule(admin, { title: 'Giving feedback', questions: 1 });
		for (const [standard, manifest, marker] of [
			['scorm12', 'imsmanifest.xml', '<schemaversion>1.2</schemaversion>'],
			['scorm2004', 'imsmanifest.xml', '<schemaversion>2004 4th Edition</schemaversion>'],
			['cmi5', 'cmi5.xml', '<url>index.html</url>']
		] as const) {
			const file = await bites.exportPackage(admin, module.id, standard, ORIGIN);
			expect(file.fileName).toBe(`Giving-feedback-${standard}.zip`);
			const { html, bite } = unpack(file.bytes, manifest, marker);
			expect(bite.standard).toBe(standard);
			expect(bite.cards.map((c: { kind: string }) => c.kind)).toEqual(['text', 'quiz']);
			expect(bite.cards[0].html).toContain('Feedback is a <strong>gift</strong>.');
			expect(bite.cards[1].question).toBe('Question 1');
			expect(html).not.toContain('<strong>');
		}
	});

	it('is for those who write modules, within their organisation', async () => {
		const { module } = await makeModule(admin, { questions: 0 });
		await expect(bites.exportPackage(learner, module.id, 'scorm2004', ORIGIN)).rejects.toThrow();
		await expect(bites.exportPackage(stranger, module.id, 'scorm2004', ORIGIN)).rejects.toThrow(NotFound);
	});

	it('refuses a module that came in as a package (its cards are not here: the package is the original)', async () => {
		const { moduleId } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'en',
			fileName: 'imported.zip'
		});
		expect((await bites.editPage(admin, moduleId)).imported).toBe(true);
		await expect(bites.exportPackage(admin, moduleId, 'scorm2004', ORIGIN)).rejects.toMatchObject({
			key: 'package_error_export_imported'
		});
		const { module } = await makeModule(admin, { questions: 0 });
		expect((await bites.editPage(admin, module.id)).imported).toBe(false);
	});
});

describe('exporting a learning path', () => {
	it('packs every module’s cards in the path’s order into one course of each standard', async () => {
		const first = (await makeModule(admin, { title: 'Giving feedback', questions: 1 })).module;
		const second = (await makeModule(admin, { title: 'Asking for feedback', questions: 2 })).module;
		const path = await bites.createPath(admin, { title: 'Feedback culture', description: 'Give it, ask for it.' });
		for (const mod of [first, second]) await bites.addStep(admin, path.id, { moduleId: mod.id });
		for (const [standard, manifest, marker] of [
			['scorm12', 'imsmanifest.xml', '<title>Feedback culture</title>'],
			['scorm2004', 'imsmanifest.xml', '<title>Feedback culture</title>'],
			['cmi5', 'cmi5.xml', `<course id="${ORIGIN}/bites/paths/${path.id}">`]
		] as const) {
			const file = await bites.exportPathPackage(admin, path.id, standard, ORIGIN);
			expect(file.fileName).toBe(`Feedback-culture-${standard}.zip`);
			const { bite } = unpack(file.bytes, manifest, marker);
			expect(bite.title).toBe('Feedback culture');
			expect(bite.cards.map((c: { kind: string }) => c.kind)).toEqual(['text', 'quiz', 'text', 'quiz', 'quiz']);
			expect(bite.cards.map((c: { question: string }) => c.question).filter(Boolean)).toEqual([
				'Question 1',
				'Question 1',
				'Question 2'
			]);
		}
	});

	it('is for those who write paths, within their organisation; an empty path or one with an imported package is refused', async () => {
		const path = await bites.createPath(admin, { title: 'Empty for now', description: '' });
		await expect(bites.exportPathPackage(admin, path.id, 'scorm2004', ORIGIN)).rejects.toMatchObject({
			key: 'package_error_export_path_empty'
		});
		const { module } = await makeModule(admin, { questions: 0 });
		await bites.addStep(admin, path.id, { moduleId: module.id });
		await expect(bites.exportPathPackage(learner, path.id, 'scorm2004', ORIGIN)).rejects.toThrow();
		await expect(bites.exportPathPackage(stranger, path.id, 'scorm2004', ORIGIN)).rejects.toThrow(NotFound);
		const { moduleId } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'en',
			fileName: 'imported.zip'
		});
		await bites.setPublished(admin, moduleId, true);
		await bites.addStep(admin, path.id, { moduleId });
		await expect(bites.exportPathPackage(admin, path.id, 'scorm2004', ORIGIN)).rejects.toMatchObject({
			key: 'package_error_export_path_imported',
			params: { title: 'Safe lifting' }
		});
	});
});

describe('importing a SCORM package', () => {
	it('plays it from a sandboxed path and records completion and score like a native bite', async () => {
		const { moduleId, standard } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'en',
			fileName: 'safe-lifting.zip'
		});
		expect(standard).toBe('scorm2004');
		await bites.setPublished(admin, moduleId, true);

		const first = await bites.play(learner, moduleId, { origin: ORIGIN });
		expect(first.module.title).toBe('Safe lifting');
		expect(first.completed).toBe(false);
		expect(first.package?.url).toMatch(/^\/bites\/packages\/[\w-]+\/[\w.-]+\/content\/index\.html$/);

		const page = await serve(first.package!.url);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-security-policy')).toBe('sandbox allow-scripts allow-forms');
		const html = await page.text();
		expect(html).toContain(`new CrossFrameAPI("${ORIGIN}", window.top)`);
		expect(html.indexOf('CrossFrameAPI')).toBeLessThan(html.indexOf('src="sco.js"'));
		const script = await serve(first.package!.url.replace('index.html', 'sco.js'));
		expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);

		await bites.recordPackageResult(learner, moduleId, { completed: false }, { origin: ORIGIN });
		expect((await bites.play(learner, moduleId, { origin: ORIGIN })).completed).toBe(false);
		await bites.recordPackageResult(learner, moduleId, { completed: true, score: 80 }, { origin: ORIGIN });
		const again = await bites.play(learner, moduleId, { origin: ORIGIN });
		expect(again.completed).toBe(true);
		expect(again.score).toBe(80);
		expect((await bites.myProgress(learner)).get(moduleId)).toMatchObject({
			score: 80,
			completed_at: expect.any(String)
		});
	});

	it('serves nothing without a valid grant, nor outside the package', async () => {
		const { moduleId, packageId } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'en',
			fileName: 'p.zip'
		});
		const file = 'content/index.html';
		expect((await serve(`/bites/packages/${packageId}/${packageGrant(packageId)}/${file}`)).status).toBe(200);
		expect((await serve(`/bites/packages/${packageId}/${packageGrant('other')}/${file}`)).status).toBe(404);
		const expired = packageGrant(packageId, Date.now() - 13 * 3600 * 1000);
		expect((await serve(`/bites/packages/${packageId}/${expired}/${file}`)).status).toBe(404);
		expect((await serve(`/bites/packages/${packageId}/${packageGrant(packageId)}/../../x`)).status).toBe(404);
		expect(moduleId).toBeTruthy();
	});

	it('records results only for a published package module', async () => {
		const { module } = await makeModule(admin, { questions: 0 });
		await expect(
			bites.recordPackageResult(learner, module.id, { completed: true }, { origin: ORIGIN })
		).rejects.toThrow(NotFound);
	});

	it('stores the files beside the organisation’s media, until the module is deleted', async () => {
		const { moduleId, packageId } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'da',
			fileName: 'p.zip'
		});
		const folder = path.join(dataDir, 'bites', admin.orgId, 'packages', packageId);
		expect(fs.existsSync(path.join(folder, 'content', 'sco.js'))).toBe(true);
		await bites.deleteModule(admin, moduleId);
		expect(fs.existsSync(folder)).toBe(false);
	});
});

describe('refusing a package', () => {
	it('without a manifest', async () => {
		expect(await refusal(samplePackage({ 'imsmanifest.xml': undefined }))).toBe(
			'The package has no imsmanifest.xml or cmi5.xml at its top level.'
		);
	});

	it('with a manifest that cannot be read or names no file it holds', async () => {
		const unreadable = 'The package’s manifest cannot be read: it names no launchable content that is in the package.';
		expect(await refusal(samplePackage({ 'imsmanifest.xml': 'this is not <xml' }))).toBe(unreadable);
		expect(await refusal(samplePackage({ 'imsmanifest.xml': scorm2004Manifest('X', 'content/missing.html') }))).toBe(
			unreadable
		);
	});

	it('that reaches outside its folder (zip slip)', async () => {
		const message =
			'The package holds a file outside its own folder (a path with ../ or starting with /). It is refused.';
		expect(await refusal(samplePackage({ '../../evil.html': '<script>alert(1)</script>' }))).toBe(message);
		expect(await refusal(samplePackage({ 'content/../../evil.js': 'x' }))).toBe(message);
		expect(await refusal(samplePackage({ '/etc/evil': 'x' }))).toBe(message);
		expect(fs.existsSync(path.join(dataDir, 'bites', admin.orgId, 'evil.html'))).toBe(false);
	});

	it('with too many files or too much once unpacked (zip bomb)', async () => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 2001; i++) many[`f/${i}.txt`] = 'x';
		expect(await refusal(samplePackage(many))).toBe('The package holds too many files: at most 2000 files.');
		const before = config.bitePackageMaxMb;
		config.bitePackageMaxMb = 1;
		try {
			const zeros = zipSync({ 'imsmanifest.xml': strToU8(scorm2004Manifest('Z')), 'big.bin': new Uint8Array(3e6) });
			expect(zeros.byteLength).toBeLessThan(50_000);
			expect(await refusal(zeros)).toBe('The package is too large once unpacked: at most 1 MB.');
		} finally {
			config.bitePackageMaxMb = before;
		}
	});

	it('that is not a ZIP, and a cmi5 package whose course structure is empty (cmi5.test.ts has the rest)', async () => {
		expect(await refusal(strToU8('hello'))).toBe('This is not a ZIP package that can be read.');
		expect(await refusal(zipSync({ 'cmi5.xml': strToU8('<courseStructure/>') }))).toMatch(
			/^The package’s cmi5\.xml cannot be read/
		);
	});
});
