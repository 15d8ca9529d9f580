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
	expect(credential.title.trim()).not.toBe('');
	const { jwt } = await bites.downloadCredential(me, credential.id);
	expect((await bites.verifyCredentialJwt(jwt, 'http://localhost:3000')).valid).toBe(true);
	// At least one module has enough learners for its analytics to be shown, with completions and reviews.
	const shown = [];
	for (const m of modules.filter((x) => x.published)) {
		const stats = await bites.moduleAnalytics(me, m.id);
		if (stats.shown) shown.push(stats);
	}
	expect(shown.length).toBeGreaterThan(0);
	for (const stats of shown) {
		expect(stats.completions).toBeGreaterThan(0);
		expect(stats.retention.reduce((n, r) => n + (r.reviews ?? 0), 0)).toBeGreaterThan(0);
	}
	// Challenges in each state: the admin's accepted one shows the colleague's progress; the one sent to the admin waits.
	const challenges = await bites.myChallenges(me);
	expect(challenges.map((c) => c.status).sort()).toEqual(['accepted', 'pending']);
	expect(challenges.find((c) => c.status === 'accepted')?.buddyProgress).not.toBeNull();
	expect(challenges.find((c) => c.status === 'pending')).toMatchObject({ canRespond: true, buddyProgress: null });
	expect((await bites.listCollections(me))[0].publicToken).toBeTruthy();
	expect(await bites.todaysBite(me)).not.toBeNull();
	// One module is an imported SCORM package, ready to play,
	const played = await Promise.all(
		modules.filter((x) => x.published).map((x) => bites.play(me, x.id, { origin: 'http://localhost:3000' }))
	);
	expect(played.filter((p) => p.package?.standard === 'scorm12').map((p) => p.module.title)).toEqual([
		'Håndhygiejne på to minutter'
	]);
	// and one a cmi5 package, launched with the cmi5 launch parameters
	const cmi5 = played.filter((p) => p.package?.standard === 'cmi5');
	expect(cmi5.map((p) => p.module.title)).toEqual(['Brandsikkerhed: find nærmeste udgang']);
	expect([...new URL(cmi5[0].package!.url, 'http://localhost:3000').searchParams.keys()]).toEqual([
		'endpoint',
		'fetch',
		'actor',
		'registration',
		'activityId'
	]);
	// Every demo definition carries the eleven EU elements; one credential was awarded by hand (work-based).
	const defs = await bites.listDefinitions(me);
	expect(defs.length).toBeGreaterThan(0);
	for (const d of defs) expect([d.country, d.participation, d.assessmentType, d.qaType].every(Boolean)).toBe(true);
	const issued = await bites.listIssued(me);
	expect(issued.some((c) => c.title === 'Sidemandsoplæring i borgerservice')).toBe(true);
	const held = (await bites.listMyCredentials(me))[0];
	const certificate = await bites.certificateData(me, held.id, { origin: 'http://localhost:3000', locale: 'da' });
	expect(certificate.elements.filter((e) => e.value !== '')).toHaveLength(11);
	// A module offers a PDF to download and an audio card with captions and a transcript.
	const cards = (await Promise.all(modules.map((x) => bites.getModuleForAuthoring(me, x.id)))).flatMap((x) => x.cards);
	const download = cards.find((c) => c.kind === 'download');
	expect(download?.fileName).toMatch(/\.pdf$/);
	expect((await bites.mediaFile(me, undefined, download!.mediaId!)).bytes.subarray(0, 5).toString()).toBe('%PDF-');
	expect(cards.find((c) => c.kind === 'audio' && c.transcript && c.captionsId)).toBeTruthy();
	// A newcomer path assigned to the admin's team, where some colleagues are partway and one step waits for another.
	const [path] = (await bites.pathsPage(me)).paths;
	expect(path).toMatchObject({ title: 'Ny i Borgerservice', steps: 3 });
	const page = await bites.pathPage(me, path.id);
	expect(page.steps[2].prerequisiteId).toBe(page.steps[0].id);
	const members = page.progress.flatMap((t) => t.members);
	expect(members.length).toBeGreaterThan(0);
	expect(members.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
}, 60_000);
