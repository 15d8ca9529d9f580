import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { seedDemoOrganisation } from '../../../src/lib/server/demo/index';
import { findUserByEmail } from '../../../src/lib/server/auth/accounts';
import { loadActor } from '../../../src/lib/server/auth/index';
import { listUserOrganisations } from '../../../src/lib/server/orgs/index';
import { getOverview, listCatalogue, listMyFollowUps, listPlans } from '../../../src/lib/server/actions/index';
import type { Actor } from '../../../src/lib/server/actor';
import * as Y from 'yjs';
import { useLiveWriter } from '../../../src/lib/server/live';

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
	database = await createTestDatabase();
	// The demo writes live documents (boards, team views); an in-memory writer stands in for the sync
	// server, whose documents are not what this file tests.
	const docs = new Map<string, Y.Doc>();
	useLiveWriter({
		async writeDoc(name, change) {
			const doc = docs.get(name) ?? new Y.Doc();
			docs.set(name, doc);
			change(doc);
		}
	});
	const demo = await seedDemoOrganisation();
	const user = (await findUserByEmail(demo.email))!;
	const [org] = await listUserOrganisations(user.id);
	admin = (await loadActor(user.id, org.id))!;
}, 60_000);
afterAll(async () => {
	useLiveWriter(undefined);
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

	it('has one action of the organisation\'s own in the catalogue and a follow-up waiting for the admin', async () => {
		expect((await listCatalogue(admin, 'da'))[0]).toMatchObject({ source: 'custom', title: 'Læringscafé på tværs af teams' });
		const followUps = await listMyFollowUps(admin, new Date().toISOString().slice(0, 10), 'da');
		expect(followUps.map((f) => f.item.title)).toContain('En navngiven buddy til hver ny kollega');
	});
});
