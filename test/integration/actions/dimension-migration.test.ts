// Plans and the organisation's own catalogue actions made under the catalogue's former dimension list move to
// the survey instrument's dimensions (migrations/0014_one_dimension_list.js), losing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import { createOwnAction, getItem, listCatalogue } from '../../../src/lib/server/actions/index';
import { db } from '../../../src/lib/server/db/current';
import * as migration from '../../../migrations/0014_one_dimension_list.js';

let database: TestDatabase;
let w: World;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 60_000);

afterAll(async () => {
	await database.close();
});

describe('the move to one dimension list', () => {
	it("moves stored plan items and custom actions to the instrument's dimensions", async () => {
		const item = await createOwnAction(w.manager, w.teamA, { title: 'Mentor hour' });
		await db().updateTable('action_items').set({ dimension_id: 'mentoring' }).where('id', '=', item).execute();
		const now = new Date().toISOString();
		await db()
			.insertInto('action_custom')
			.values({
				id: 'custom-old',
				org_id: w.orgId,
				title: 'Friday café',
				why: 'We rarely hear what the other teams learnt this week.',
				how: JSON.stringify(['Book the canteen', 'One team tells a story', 'Write down one thing']),
				factors: JSON.stringify(['interplay']),
				dimensions: JSON.stringify(['buddy_training', 'mentoring', 'interplay']),
				driver: 'team',
				effort: 'S',
				first_effect_weeks: 4,
				indicator: 'A café every month with two teams.',
				created_by: w.admin.userId,
				created_at: now
			})
			.execute();

		await migration.up(db());

		expect((await getItem(w.manager, item, 'en')).dimension).toBe('learning_together');
		const custom = (await listCatalogue(w.member, 'en')).find((a) => a.id.endsWith('custom-old'));
		expect(custom?.dimensions).toEqual(['learning_together', 'interplay']);
	});
});
