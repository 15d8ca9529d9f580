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
	expect(active.length).toBeGreaterThan(1);
	expect(archived).toHaveLength(1);
	for (const b of [...active, ...archived]) expect(b.title.trim()).not.toBe('');
	const snap = await boards.boardSnapshot(actor, archived[0].id);
	// The list's counts mirror the board's document.
	expect(archived[0].note_count).toBeGreaterThan(0);
	expect(snap.notes).toHaveLength(archived[0].note_count);
	expect(snap.decisions.length).toBeGreaterThan(0);
	expect(snap.decisions.every((d) => d.actionId)).toBe(true);
	// Vote totals live in the control doc: the workshop was voted on.
	expect([...snap.votes.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
	expect(snap.zones.length).toBeGreaterThan(0);
	for (const z of snap.zones) expect(z.title.trim()).not.toBe('');
	// Each decision made an action item, and the board lists exactly those.
	const made = new Set(snap.decisions.map((d) => d.actionId));
	expect(await boards.listBoardActions(actor, archived[0].id)).toHaveLength(made.size);
}, 60_000); // the whole demo organisation, people with real password hashes: slow on a busy machine
