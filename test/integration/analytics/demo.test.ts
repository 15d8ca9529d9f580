// The demo organisation's learning analytics look lived-in: overdue assignments and logged hours in the teams
// its managers lead, and a drill-down with a completed module, a credential and hours by pair.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, setup } from '../learning/support';
import { tempDataDir } from '../bites/support';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { loadActor } from '../../../src/lib/server/auth/index';
import * as analytics from '../../../src/lib/server/analytics/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let ctx: Awaited<ReturnType<typeof seedDemoInto>>;
const actorOf = async (name: string) =>
	(await loadActor(ctx.people.find((p) => p.name === name)!.id, ctx.orgId)) as Actor;

beforeAll(async () => {
	database = await setup();
	tempDataDir();
	const org = await makeOrg('Nordhavn Kommune');
	const admin = await makePerson(org.id, { role: 'admin', name: 'Birgitte Lund' });
	ctx = await seedDemoInto(org.id, admin.userId, 'demo-password-long');
}, 90_000);

afterAll(async () => database.close());

it('shows each team’s manager overdue people and logged buddy or mentoring hours', async () => {
	for (const name of ['Mette Kjærgaard', 'Hanne Brøndum']) {
		const view = await analytics.learningAnalytics(await actorOf(name), new URLSearchParams());
		expect(view.teams).toHaveLength(1);
		const [team] = view.teams;
		expect(team.counts.overdue, name).toBeGreaterThan(0);
		expect(team.counts.done, name).toBeGreaterThan(0);
		expect(team.total.buddyMinutes + team.total.mentoringMinutes, name).toBeGreaterThan(0);
	}
	const mette = await analytics.learningAnalytics(await actorOf('Mette Kjærgaard'), new URLSearchParams());
	const overdue = mette.teams[0].compliance.filter((c) => c.status === 'overdue').map((c) => c.personName);
	expect(overdue).toContain('Lars Thygesen');
});

it('has a learner whose drill-down shows a completed module, hours by pair and an overdue assignment', async () => {
	const mette = await actorOf('Mette Kjærgaard');
	const sofie = ctx.people.find((p) => p.name === 'Sofie Lindholm')!;
	const p = await analytics.personAnalytics(mette, sofie.id, new URLSearchParams());
	expect(p.completed.length).toBeGreaterThan(0);
	expect(p.pairs.find((x) => x.partnerName === 'Ahmed Hassan')?.minutes).toBeGreaterThan(0);
	const held = await analytics.personAnalytics(await actorOf('Mette Kjærgaard'), mette.userId, new URLSearchParams());
	expect(held.credentials.map((c) => c.title)).toContain('Sidemandsoplæring i borgerservice');
});
