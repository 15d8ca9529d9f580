// The demo organisation's learning looks lived-in: programmes of all three kinds, pairs, logs,
// a checklist half signed off, people still waiting for a mentor, and nudges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, setup } from './support';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { getFeedback, listFeedback, listProgrammes, teamSnapshot } from '../../../src/lib/server/learning/index';
import { loadActor } from '../../../src/lib/server/auth/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let admin: Actor;
let ctx: Awaited<ReturnType<typeof seedDemoInto>>;

beforeAll(async () => {
	database = await setup();
	const org = await makeOrg('Nordhavn Kommune');
	const person = await makePerson(org.id, { role: 'admin', name: 'Birgitte Lund' });
	ctx = await seedDemoInto(org.id, person.userId, 'demo-password-long');
	admin = (await loadActor(person.userId, org.id))!;
}, 60_000);

afterAll(async () => {
	await database.close();
});

describe('the learning demo', () => {
	it('has a buddy, a mentoring and a peer-feedback programme with pairs and logs', async () => {
		const programmes = await listProgrammes(admin);
		expect(programmes.map((p) => p.kind).sort()).toEqual(['buddy', 'mentoring', 'peer']);
		for (const p of programmes) expect(p.name.trim()).not.toBe('');
		// Every team has pairs; the first has recent logs, and somebody there still waits for a partner.
		for (const team of ctx.teams) {
			const snapshot = await teamSnapshot(ctx.orgId, team.id);
			expect(snapshot.pairs.length, team.name).toBeGreaterThan(0);
		}
		const counter = await teamSnapshot(ctx.orgId, ctx.teams[0].id);
		expect(counter.recent.length).toBeGreaterThanOrEqual(3);
		expect(counter.unpaired.length).toBeGreaterThan(0);
		for (const u of counter.unpaired) expect(u.name.trim()).not.toBe('');
	});

	it('gives the administrator feedback of their own to open, and none of others', async () => {
		const lists = await listFeedback(admin);
		expect(lists.received.length).toBeGreaterThan(0);
		expect(lists.given.length).toBeGreaterThan(0);
		expect(await getFeedback(admin, lists.received[0].id)).toBeTruthy();
	});

	it('lists the latest logs newest session first', async () => {
		const counter = await teamSnapshot(ctx.orgId, ctx.teams[0].id);
		const held = counter.recent.map((l) => l.heldOn);
		expect(held.length).toBeGreaterThanOrEqual(3);
		expect(held).toEqual([...held].sort().reverse());
	});

	it('runs the IT feedback circle every two weeks, as its goals say', async () => {
		const circle = (await listProgrammes(admin)).find((p) => p.kind === 'peer')!;
		expect(circle.goals).toContain('hver anden uge');
		expect(circle.cadence).toBe('biweekly');
		const it = await teamSnapshot(ctx.orgId, ctx.teams[2].id);
		expect(it.pairs.length).toBeGreaterThan(0);
	});
});
