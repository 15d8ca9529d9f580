import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import {
	addFromCatalogue,
	archiveCustomAction,
	createCustomAction,
	getCatalogueAction,
	getItem,
	listCatalogue,
	updateCustomAction
} from '../../../src/lib/server/actions/index';
import { Forbidden, NotFound } from '../../../src/lib/server/errors';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 60_000);
afterAll(async () => {
	await database.close();
});

const own = {
	title: 'Fredagscafé med læring',
	why: 'Vi vil dele erfaringer på tværs af skifteholdene.',
	how: ['Book kantinen fredag kl. 14.', 'Én fortæller om en sag.', 'Alle skriver én læring på en seddel.'],
	factors: ['open_talk' as const, 'interplay' as const],
	dimensions: ['experimenting_sharing' as const],
	driver: 'team' as const,
	effort: 'S' as const,
	firstEffectWeeks: 3,
	indicator: 'Mindst 10 deltagere hver fredag.'
};

describe('the catalogue as an organisation sees it', () => {
	it("serves every built-in action in the reader's language, filtered by factor, effort, driver and dimension", async () => {
		const all = await listCatalogue(w.member, 'nl');
		expect(all.length).toBeGreaterThanOrEqual(40);
		expect(all.find((a) => a.id === 'task-rotation')!.title).toBe('Taakroulatie');
		const small = await listCatalogue(w.member, 'en', { effort: 'S', driver: 'leader', factor: 'open_talk' });
		expect(small.length).toBeGreaterThan(0);
		for (const a of small) expect([a.effort, a.driver, a.factors.includes('open_talk')]).toEqual(['S', 'leader', true]);
		const mentoring = await listCatalogue(w.member, 'en', { dimension: 'learning_together' });
		for (const a of mentoring) expect(a.dimensions).toContain('learning_together');
		expect((await listCatalogue(w.member, 'en', { q: 'buddy' })).map((a) => a.id)).toContain('buddy-for-newcomers');
	});

	it("adds the organisation's own action for its teams only", async () => {
		const created = await createCustomAction(w.manager, own);
		expect(created.source).toBe('custom');
		const ours = await listCatalogue(w.member, 'da');
		expect(ours[0]).toMatchObject({ id: created.id, title: 'Fredagscafé med læring', how: own.how });
		expect((await listCatalogue(w.outsider, 'da')).map((a) => a.id)).not.toContain(created.id);
		await expect(getCatalogueAction(w.outsider, created.id, 'da')).rejects.toBeInstanceOf(NotFound);
		await expect(
			addFromCatalogue(w.outsider, { teamId: w.outsiderTeam, catalogueId: created.id }, 'da')
		).rejects.toBeInstanceOf(NotFound);

		const onPlan = await addFromCatalogue(w.member, { teamId: w.teamA, catalogueId: created.id }, 'da');
		expect(await getItem(w.member, onPlan, 'en')).toMatchObject({
			title: 'Fredagscafé med læring',
			dimension: 'experimenting_sharing',
			indicator: own.indicator
		});
	});

	it("lets only admins, facilitators and managers write the organisation's own actions", async () => {
		await expect(createCustomAction(w.member, own)).rejects.toBeInstanceOf(Forbidden);
		await createCustomAction(w.facilitator, { ...own, title: 'Workshop follow-up' });
		await createCustomAction(w.admin, { ...own, title: 'Admin idea' });
	});

	it('edits and archives an own action; plans that use it keep it', async () => {
		const created = await createCustomAction(w.admin, { ...own, title: 'Old name' });
		const onPlan = await addFromCatalogue(w.member, { teamId: w.teamA, catalogueId: created.id }, 'en');
		await updateCustomAction(w.manager, created.id, { ...own, title: 'New name' });
		expect((await getCatalogueAction(w.member, created.id, 'en')).title).toBe('New name');
		await expect(updateCustomAction(w.member, created.id, own)).rejects.toBeInstanceOf(Forbidden);
		await expect(updateCustomAction(w.outsider, created.id, own)).rejects.toBeInstanceOf(NotFound);
		await archiveCustomAction(w.manager, created.id);
		expect((await listCatalogue(w.member, 'en')).map((a) => a.id)).not.toContain(created.id);
		expect((await getItem(w.member, onPlan, 'en')).title).toBe('Old name');
		await expect(archiveCustomAction(w.manager, 'buddy-for-newcomers')).rejects.toBeInstanceOf(NotFound);
	});
});
