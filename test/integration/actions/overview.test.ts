import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import {
	addFromCatalogue,
	createOwnAction,
	getOverview,
	moveItem,
	updateItem
} from '../../../src/lib/server/actions/index';
import { Forbidden } from '../../../src/lib/server/errors';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
	// Borgerservice: two catalogue actions (one doing), one own overdue action, one dropped.
	const buddy = await addFromCatalogue(w.manager, { teamId: w.teamA, catalogueId: 'buddy-for-newcomers' }, 'en'); // shared_concern, interplay
	await moveItem(w.manager, buddy, 'doing');
	await addFromCatalogue(w.manager, { teamId: w.teamA, catalogueId: 'good-mistake-of-the-month' }, 'en'); // open_talk
	const late = await createOwnAction(w.manager, w.teamA, { title: 'Update the guides', dueDate: '2025-01-31' });
	await updateItem(w.manager, late, {
		title: 'Update the guides',
		status: 'doing',
		ownerId: w.member.userId,
		startDate: null,
		dueDate: '2025-01-31',
		reviewDate: null,
		indicator: null,
		target: null,
		notes: null,
		dimension: null
	});
	const dropped = await addFromCatalogue(w.manager, { teamId: w.teamA, catalogueId: 'task-rotation' }, 'en');
	await moveItem(w.manager, dropped, 'dropped');
	// Hjemmeplejen: one done action, due long ago but done, so not overdue.
	const done = await createOwnAction(w.otherManager, w.teamB, { title: 'Case reflection', dueDate: '2024-12-01' });
	await moveItem(w.otherManager, done, 'done');
}, 60_000);
afterAll(async () => {
	await database.close();
});

describe('the manager overview', () => {
	it("shows an admin every team's plan with counts per status and overdue actions", async () => {
		const o = await getOverview(w.admin, '2025-02-15', 'en');
		const a = o.teams.find((t) => t.name === 'Borgerservice')!;
		const b = o.teams.find((t) => t.name === 'Hjemmeplejen')!;
		expect(a.counts).toEqual({ planned: 1, doing: 2, done: 0, dropped: 1 });
		expect(a.overdue).toBe(1);
		expect(b.counts.done).toBe(1);
		expect(b.overdue).toBe(0);
		expect(o.overdue.map((i) => [i.title, i.teamName, i.ownerName])).toEqual([
			['Update the guides', 'Borgerservice', 'Jonas Vestergaard']
		]);
	});

	it('counts actions per factor, leaving dropped actions out and own actions as "no factor"', async () => {
		const o = await getOverview(w.admin, '2025-02-15', 'en');
		const by = Object.fromEntries(o.byFactor.map((f) => [f.factor, f]));
		expect(by.shared_concern).toMatchObject({ planned: 0, doing: 1, done: 0 });
		expect(by.interplay).toMatchObject({ planned: 0, doing: 1, done: 0 });
		expect(by.open_talk).toMatchObject({ planned: 1, doing: 0, done: 0 });
		expect(by.culture_routines).toMatchObject({ planned: 0, doing: 0, done: 0 }); // task rotation was dropped
		expect(by.none).toMatchObject({ planned: 0, doing: 1, done: 1 });
	});

	it('shows a manager the teams they lead only', async () => {
		const o = await getOverview(w.manager, '2025-02-15', 'en');
		expect(o.teams.map((t) => t.name)).toEqual(['Borgerservice']);
		const other = await getOverview(w.otherManager, '2025-02-15', 'en');
		expect(other.teams.map((t) => t.name)).toEqual(['Hjemmeplejen']);
		expect(other.overdue).toEqual([]);
	});

	it('is not for members or other organisations', async () => {
		await expect(getOverview(w.member, '2025-02-15', 'en')).rejects.toBeInstanceOf(Forbidden);
		const outside = await getOverview(w.outsider, '2025-02-15', 'en');
		expect(outside.teams.map((t) => t.name)).toEqual(['Fjordby Team']);
	});
});
