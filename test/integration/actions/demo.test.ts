import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { seedDemoOrganisation } from '../../../src/lib/server/demo/index';
import { findUserByEmail } from '../../../src/lib/server/auth/accounts';
import { loadActor } from '../../../src/lib/server/auth/index';
import { listUserOrganisations } from '../../../src/lib/server/orgs/index';
import { getOverview, getPlan, listCatalogue, listMyFollowUps, listPlans, pendingBoardDecisions, recommendForTeam } from '../../../src/lib/server/actions/index';
import type { Actor } from '../../../src/lib/server/actor';
import { useLiveWriter } from '../../../src/lib/server/live';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';

let database: TestDatabase;
let admin: Actor;
let sync: AppSync;

beforeAll(async () => {
	database = await createTestDatabase();
	// Every module's seeder runs, as in the app: boards and live views write through a real sync server.
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	useLiveWriter(sync);
	const demo = await seedDemoOrganisation();
	const user = (await findUserByEmail(demo.email))!;
	const [org] = await listUserOrganisations(user.id);
	admin = (await loadActor(user.id, org.id))!;
}, 60_000);
afterAll(async () => {
	useLiveWriter(undefined);
	await sync.close();
	await database.close();
});

describe('the demo organisation\'s actions', () => {
	it('gives every team a plan with actions in several states', async () => {
		const plans = await listPlans(admin, new Date().toISOString().slice(0, 10));
		expect(plans).toHaveLength(3);
		for (const p of plans) expect(p.counts.planned + p.counts.doing + p.counts.done + p.counts.dropped).toBeGreaterThanOrEqual(3);
		const overview = await getOverview(admin, new Date().toISOString().slice(0, 10), 'da');
		expect(overview.overdue.map((i) => i.title)).toContain('Fælles vejledning til det nye sagssystem');
	});

	it('recommends from the demo survey round, and has the workshop board\'s decisions on the plan', async () => {
		const borgerservice = (await listPlans(admin, new Date().toISOString().slice(0, 10)))[0];
		const r = await recommendForTeam(admin, borgerservice.id, 'da');
		expect(r.round).not.toBeNull();
		expect(r.groups[0].dimension).toBe('reflection');
		const fromBoard = (await getPlan(admin, borgerservice.id, 'da')).filter((i) => i.source === 'board');
		expect(fromBoard.map((i) => i.title)).toContain('Alle nye kolleger får en makker i de første seks uger');
		expect(await pendingBoardDecisions(admin, borgerservice.id)).toEqual([]);
	});

	it('has one action of the organisation\'s own in the catalogue and a follow-up waiting for the admin', async () => {
		expect((await listCatalogue(admin, 'da'))[0]).toMatchObject({ source: 'custom', title: 'Læringscafé på tværs af teams' });
		const followUps = await listMyFollowUps(admin, new Date().toISOString().slice(0, 10), 'da');
		expect(followUps.map((f) => f.item.title)).toContain('En navngiven buddy til hver ny kollega');
	});
});
