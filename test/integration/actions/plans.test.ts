import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import {
	addFromCatalogue,
	createOwnAction,
	getItem,
	getPlan,
	moveItem,
	removeItem,
	schemas,
	updateItem
} from '../../../src/lib/server/actions/index';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';
import { parseInput } from '../../../src/lib/server/forms';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 60_000);
afterAll(async () => {
	await database.close();
});

const update = (over: Partial<schemas.ItemUpdate> & { title: string }): schemas.ItemUpdate => ({
	status: 'planned',
	ownerId: null,
	startDate: null,
	dueDate: null,
	reviewDate: null,
	indicator: null,
	target: null,
	notes: null,
	dimension: null,
	...over
});

describe("a team's action plan", () => {
	it("takes a catalogue action with its indicator and primary dimension, titled in each reader's language", async () => {
		const id = await addFromCatalogue(w.member, { teamId: w.teamA, catalogueId: 'buddy-for-newcomers' }, 'en');
		const en = await getItem(w.member, id, 'en');
		expect(en).toMatchObject({
			source: 'catalogue',
			catalogueId: 'buddy-for-newcomers',
			title: 'A named buddy for every new colleague',
			indicator: 'Every new colleague has a named buddy in week 1.',
			dimension: 'learning_together',
			status: 'planned'
		});
		expect((await getItem(w.manager, id, 'da')).title).toBe('En navngiven buddy til hver ny kollega');
		expect((await getPlan(w.manager, w.teamA, 'en')).map((i) => i.id)).toContain(id);
	});

	it('keeps owner, dates, status, indicator, target and notes', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Learning minute at the Monday huddle' });
		await updateItem(
			w.manager,
			id,
			update({
				title: 'Learning minute at the Monday huddle',
				ownerId: w.member.userId,
				status: 'doing',
				startDate: '2025-01-06',
				dueDate: '2025-03-31',
				reviewDate: '2025-02-15',
				indicator: 'A learning is noted every Monday',
				target: '10 of 12 Mondays',
				notes: 'Start with the front desk.',
				dimension: 'reflection'
			})
		);
		expect(await getItem(w.member, id, 'en')).toMatchObject({
			ownerId: w.member.userId,
			ownerName: 'Jonas Vestergaard',
			status: 'doing',
			startDate: '2025-01-06',
			dueDate: '2025-03-31',
			reviewDate: '2025-02-15',
			target: '10 of 12 Mondays',
			notes: 'Start with the front desk.',
			dimension: 'reflection'
		});
	});

	it('moves an action between status columns and puts it last in its new column', async () => {
		const a = await createOwnAction(w.member, w.teamA, { title: 'First' });
		const b = await createOwnAction(w.member, w.teamA, { title: 'Second' });
		await moveItem(w.member, a, 'doing');
		await moveItem(w.member, b, 'doing');
		const doing = (await getPlan(w.member, w.teamA, 'en')).filter((i) => i.status === 'doing').map((i) => i.title);
		expect(doing.slice(-2)).toEqual(['First', 'Second']);
	});

	it('refuses an owner who is not on the team and a due date before the start, naming the field', async () => {
		await expect(
			createOwnAction(w.member, w.teamA, { title: 'X', ownerId: w.otherMember.userId })
		).rejects.toMatchObject({
			key: 'error_actions_owner_not_in_team',
			field: 'ownerId'
		});
		await expect(
			createOwnAction(w.member, w.teamA, { title: 'X', startDate: '2025-05-01', dueDate: '2025-04-01' })
		).rejects.toMatchObject({
			key: 'error_actions_due_before_start',
			field: 'dueDate'
		});
		await expect(
			createOwnAction(w.member, w.teamA, { title: 'X', ownerId: w.otherMember.userId })
		).rejects.toBeInstanceOf(Invalid);
	});

	it('refuses a review date before the start, naming the field', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Review before it starts' });
		const err = await updateItem(
			w.manager,
			id,
			update({ title: 'Review before it starts', startDate: '2026-05-01', reviewDate: '2026-04-01' })
		).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect(err.field).toBe('reviewDate');
		await expect(
			createOwnAction(w.manager, w.teamA, { title: 'Also', startDate: '2026-05-01', reviewDate: '2026-04-30' })
		).rejects.toBeInstanceOf(Invalid);
		await updateItem(
			w.manager,
			id,
			update({ title: 'Review before it starts', startDate: '2026-05-01', reviewDate: '2026-05-01' })
		);
	});

	it('validates form input at the boundary with translated field messages', () => {
		const bad = parseInput({ title: '', status: 'someday', dueDate: '31/12/2025' }, schemas.ItemUpdate);
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(Object.keys(bad.failure.errors).sort()).toEqual(['dueDate', 'status', 'title']);
		expect(bad.failure.errors.dueDate).toBe('Enter a date (YYYY-MM-DD).');
		expect(bad.failure.values.title).toBe('');
		const good = parseInput({ title: 'Ok', status: 'done', dueDate: '', ownerId: '' }, schemas.ItemUpdate);
		expect(good).toMatchObject({ ok: true, value: { title: 'Ok', status: 'done', dueDate: null, ownerId: null } });
	});
});

describe('who may change a plan', () => {
	it("a member cannot edit another team's plan", async () => {
		const theirs = await createOwnAction(w.otherMember, w.teamB, { title: 'Hjemmeplejen: case reflection' });
		await expect(createOwnAction(w.member, w.teamB, { title: 'Sneaky' })).rejects.toBeInstanceOf(Forbidden);
		await expect(
			addFromCatalogue(w.member, { teamId: w.teamB, catalogueId: 'task-rotation' }, 'en')
		).rejects.toBeInstanceOf(Forbidden);
		await expect(moveItem(w.member, theirs, 'done')).rejects.toBeInstanceOf(NotFound);
		await expect(updateItem(w.member, theirs, update({ title: 'Changed' }))).rejects.toBeInstanceOf(NotFound);
		await expect(getPlan(w.member, w.teamB, 'en')).rejects.toBeInstanceOf(Forbidden);
		expect((await getItem(w.otherMember, theirs, 'en')).status).toBe('planned');
	});

	it("a manager can edit their teams' plans only", async () => {
		const ours = await createOwnAction(w.member, w.teamA, { title: 'Ours' });
		await moveItem(w.manager, ours, 'doing');
		await updateItem(w.manager, ours, update({ title: 'Ours, renamed', status: 'doing' }));
		expect((await getItem(w.manager, ours, 'en')).title).toBe('Ours, renamed');

		const theirs = await createOwnAction(w.otherManager, w.teamB, { title: 'Theirs' });
		await expect(moveItem(w.manager, theirs, 'doing')).rejects.toBeInstanceOf(NotFound);
		await expect(createOwnAction(w.manager, w.teamB, { title: 'Not mine' })).rejects.toBeInstanceOf(Forbidden);
		await expect(removeItem(w.manager, theirs)).rejects.toBeInstanceOf(NotFound);
		expect((await getItem(w.otherManager, theirs, 'en')).status).toBe('planned');
	});

	it("an admin and a facilitator work on every team's plan", async () => {
		const id = await createOwnAction(w.facilitator, w.teamB, { title: 'From the workshop' });
		await moveItem(w.admin, id, 'doing');
		expect((await getItem(w.otherMember, id, 'en')).status).toBe('doing');
	});

	it('only a manager or an admin removes an action; a member drops it instead', async () => {
		const id = await createOwnAction(w.member, w.teamA, { title: 'Maybe later' });
		await expect(removeItem(w.member, id)).rejects.toBeInstanceOf(Forbidden);
		await moveItem(w.member, id, 'dropped');
		await removeItem(w.manager, id);
		await expect(getItem(w.manager, id, 'en')).rejects.toBeInstanceOf(NotFound);
	});

	it('someone from another organisation finds neither the plan nor its actions', async () => {
		const id = await createOwnAction(w.member, w.teamA, { title: 'Internal' });
		await expect(getPlan(w.outsider, w.teamA, 'en')).rejects.toBeInstanceOf(NotFound);
		await expect(getItem(w.outsider, id, 'en')).rejects.toBeInstanceOf(NotFound);
		await expect(moveItem(w.outsider, id, 'done')).rejects.toBeInstanceOf(NotFound);
		await expect(createOwnAction(w.outsider, w.teamA, { title: 'x' })).rejects.toBeInstanceOf(NotFound);
		// …and an admin elsewhere cannot pull our catalogue's team into their plan either.
		await expect(
			addFromCatalogue(w.outsider, { teamId: w.teamA, catalogueId: 'task-rotation' }, 'en')
		).rejects.toBeInstanceOf(NotFound);
	});
});
