import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { seedDemoOrganisation } from '../../../src/lib/server/demo/index';
import { findUserByEmail } from '../../../src/lib/server/auth/accounts';
import { loadActor } from '../../../src/lib/server/auth/index';
import { listUserOrganisations } from '../../../src/lib/server/orgs/index';
import {
	getOverview,
	getPlan,
	listCatalogue,
	listMyFollowUps,
	listPlans,
	pendingBoardDecisions,
	recommendForTeam
} from '../../../src/lib/server/actions/index';
import type { Actor } from '../../../src/lib/server/actor';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let admin: Actor;
let sync: AppSync;

beforeAll(async () => {
	database = await createTestDatabase();
	// Every module's seeder runs, as in the app: boards and live views write through a real sync server.
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	const demo = await seedDemoOrganisation();
	const user = (await findUserByEmail(demo.email))!;
	const [org] = await listUserOrganisations(user.id);
	admin = (await loadActor(user.id, org.id))!;
}, 60_000);
afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
});

describe("the demo organisation's actions", () => {
	it('gives every team a plan with actions in several states, and something overdue', async () => {
		const plans = await listPlans(admin, new Date().toISOString().slice(0, 10));
		expect(plans.length).toBeGreaterThan(1);
		for (const p of plans) {
			expect(p.counts.planned + p.counts.doing + p.counts.done + p.counts.dropped).toBeGreaterThanOrEqual(3);
			const states = [p.counts.planned, p.counts.doing, p.counts.done, p.counts.dropped].filter((n) => n > 0);
			expect(states.length, `${p.name}: actions in several states`).toBeGreaterThan(1);
		}
		const overview = await getOverview(admin, new Date().toISOString().slice(0, 10), 'da');
		expect(overview.overdue.length).toBeGreaterThan(0);
		for (const item of overview.overdue) expect(item.title.trim()).not.toBe('');
	});

	it("recommends from the demo survey round, and has the workshop board's decisions on the plan", async () => {
		const borgerservice = (await listPlans(admin, new Date().toISOString().slice(0, 10)))[0];
		const r = await recommendForTeam(admin, borgerservice.id, 'da');
		expect(r.round).not.toBeNull();
		expect(r.groups.length).toBeGreaterThan(0);
		expect(r.groups[0].dimension).toBeTruthy();
		expect(r.groups[0].actions.length).toBeGreaterThan(0);
		const fromBoard = (await getPlan(admin, borgerservice.id, 'da')).filter((i) => i.source === 'board');
		expect(fromBoard.length).toBeGreaterThan(0);
		for (const item of fromBoard) expect(item.title.trim()).not.toBe('');
		// Every decision of the workshop is on the plan already.
		expect(await pendingBoardDecisions(admin, borgerservice.id)).toEqual([]);
	});

	it("has one action of the organisation's own in the catalogue and a follow-up waiting for the admin", async () => {
		// The organisation's own actions come first in the catalogue.
		const [first] = await listCatalogue(admin, 'da');
		expect(first.source).toBe('custom');
		expect(first.title.trim()).not.toBe('');
		const followUps = await listMyFollowUps(admin, new Date().toISOString().slice(0, 10), 'da');
		expect(followUps.length).toBeGreaterThan(0);
		for (const f of followUps) expect(f.item.title.trim()).not.toBe('');
	});
});
