// A team's action plan as a PDF, through its route: every action with its owner, dates, indicator and target,
// grouped by status, in the reader's language; refused to whoever may not open the plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from '../actions/support/world';
import { addFromCatalogue, createOwnAction, getPlan, planAccess } from '../../../src/lib/server/actions/index';
import { GET } from '../../../src/routes/(app)/actions/teams/[team]/plan.pdf/+server';
import { download, get, inLocale, pdfText } from './support';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
	await createOwnAction(w.manager, w.teamA, {
		title: 'Fælles læringsmøde hver fredag',
		ownerId: w.member.userId,
		dueDate: '2030-06-30',
		indicator: 'Mødet bliver holdt',
		target: 'Fire fredage ud af fire',
		notes: 'Øvelse gør mester'
	});
	await addFromCatalogue(w.member, { teamId: w.teamA, catalogueId: 'buddy-for-newcomers' }, 'da');
}, 120_000);

afterAll(async () => {
	await database.close();
});

describe('PDF: action plan', () => {
	it('lists every action of the plan with owner, dates, indicator and target, in Danish', async () => {
		const bytes = await inLocale('da', async () =>
			download(await get(GET, w.member, { team: w.teamA }), /^Indsatsplan-for-Borgerservice\.pdf$/)
		);
		const text = await pdfText(bytes);
		const items = await inLocale('da', () => getPlan(w.member, w.teamA, 'da'));
		expect(items).toHaveLength(2);
		expect(text).toContain('Indsatsplan for Borgerservice');
		for (const item of items) expect(text).toContain(item.title);
		expect(text).toContain('Fælles læringsmøde hver fredag');
		expect(text).toContain('Jonas Vestergaard');
		expect(text).toContain('Mødet bliver holdt');
		expect(text).toContain('Fire fredage ud af fire');
		expect(text).toContain('Øvelse gør mester');
		expect(text).toContain('Planlagt');
	});

	it('is refused to another organisation, and to anyone the plan page refuses', async () => {
		expect((await get(GET, w.outsider, { team: w.teamA })).status).toBe(404);
		const statuses: number[] = [];
		for (const person of [w.otherMember, w.otherManager, w.facilitator, w.admin]) {
			const page = await planAccess(person, w.teamA).then(
				() => 200,
				(e) => e.status as number
			);
			expect((await get(GET, person, { team: w.teamA })).status).toBe(page);
			statuses.push(page);
		}
		// the admin may open every plan; someone of another team may not
		expect(statuses[3]).toBe(200);
		expect(statuses.some((s) => s === 403 || s === 404)).toBe(true);
	});
});
