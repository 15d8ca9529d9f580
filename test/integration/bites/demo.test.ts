// The demo organisation gets lived-in bites: modules, progress, reviews, a credential the admin holds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { loadActor } from '../../../src/lib/server/auth/sessions';
import * as bites from '../../../src/lib/server/bites/index';
import { tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

it('seeds modules, assignments, history and a verifiable credential for the demo admin', async () => {
	const org = await makeOrg('Nordhavn Kommune');
	const admin = await makePerson(org.id, { role: 'admin' });
	await seedDemoInto(org.id, admin.userId, 'demo-password-long');
	const me = (await loadActor(admin.userId, org.id))!;
	const modules = await bites.listModulesForAuthoring(me);
	expect(modules.filter((x) => x.published).length).toBeGreaterThanOrEqual(3);
	const [credential] = await bites.listMyCredentials(me);
	expect(credential.title).toBe('Feedbackpraksis');
	const { jwt } = await bites.downloadCredential(me, credential.id);
	expect((await bites.verifyCredentialJwt(jwt, 'http://localhost:3000')).valid).toBe(true);
	const stats = await bites.moduleAnalytics(me, modules.find((x) => x.title === 'Giv feedback, der virker')!.id);
	if (!stats.shown) throw new Error('the demo module has enough learners to be shown');
	expect(stats.completions).toBeGreaterThanOrEqual(5);
	expect(stats.retention.reduce((n, r) => n + (r.reviews ?? 0), 0)).toBeGreaterThan(0);
	// Challenges in each state: the admin's accepted one shows the colleague's progress; the one sent to the admin waits.
	const challenges = await bites.myChallenges(me);
	expect(challenges.map((c) => c.status).sort()).toEqual(['accepted', 'pending']);
	expect(challenges.find((c) => c.status === 'accepted')?.buddyProgress).not.toBeNull();
	expect(challenges.find((c) => c.status === 'pending')).toMatchObject({ canRespond: true, buddyProgress: null });
	expect((await bites.listCollections(me))[0].publicToken).toBeTruthy();
	expect(await bites.todaysBite(me)).not.toBeNull();
}, 60_000);
