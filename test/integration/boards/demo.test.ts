import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { loadActor } from '../../../src/lib/server/auth/index';
import * as boards from '../../../src/lib/server/boards/index';
import { makeOrg, makePerson, startSync, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

it('seeds a lived-in set of boards: an archived workshop with decisions and actions, and active team boards', async () => {
	const orgId = await makeOrg('Nordhavn Kommune');
	const admin = await makePerson(orgId, 'admin');
	await seedDemoInto(orgId, admin.actor.userId, 'demo-password-long');
	const actor = (await loadActor(admin.actor.userId, orgId))!;
	const active = await boards.listBoards(actor, { status: 'active' });
	const archived = await boards.listBoards(actor, { status: 'archived' });
	expect(active.map((b) => b.title)).toEqual(expect.arrayContaining(['Sidemandsoplæring i Hjemmeplejen', 'Start / stop / continue – spring']));
	expect(archived.map((b) => b.title)).toEqual(['Vores læringsmiljø – workshop i marts']);
	expect(archived[0].note_count).toBe(9);
	const snap = await boards.boardSnapshot(actor, archived[0].id);
	expect(snap.decisions.every((d) => d.actionId)).toBe(true);
	// Vote totals live in the control doc: the nine notes' dots.
	expect([...snap.votes.values()].reduce((a, b) => a + b, 0)).toBe(32);
	expect(snap.zones.map((z) => z.title)).toContain('Læring i samspil');
	expect(await boards.listBoardActions(actor, archived[0].id)).toHaveLength(2);
}, 60_000); // the whole demo organisation, people with real password hashes: slow on a busy machine
