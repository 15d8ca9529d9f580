// Issue 16, points 14–16: bite analytics obey the organisation's minimum group size (also over time),
// a buddy challenge is an invitation the other person accepts before anything of theirs is shown, and
// only a module's authors and admins edit it — and a module that certified someone keeps that version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { removeTeamMember } from '../../../src/lib/server/orgs/index';
import { ORIGIN, badge, completeModule, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

const json = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));

async function learners(orgId: string, teamId: string, count: number) {
	const people = [];
	for (let i = 0; i < count; i++) people.push(await makePerson(orgId, { teams: [[teamId, 'member']] }));
	return people;
}

/** Answers the first quiz question (right or wrong) and stops there. */
async function answerFirstQuestion(learner: Parameters<typeof bites.play>[0], moduleId: string, right: boolean) {
	const ctx = { origin: ORIGIN, now: new Date() };
	let state = await bites.play(learner, moduleId, ctx);
	while (state.card && state.card.kind !== 'quiz') {
		await bites.next(learner, moduleId, state.card.id, ctx);
		state = await bites.play(learner, moduleId, ctx);
	}
	await bites.answer(learner, moduleId, state.card!.id, [right ? 'o1' : 'o2'], ctx);
}

describe('bite analytics and the minimum group size', () => {
	it('shows no figure, score or answer breakdown for a team of one; the learner still sees their own score', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
		const [jonas] = await learners(org.id, team.id, 1);
		const { module } = await makeModule(admin);
		await completeModule(jonas, module.id, [true, false]);

		for (const viewer of [manager, admin]) {
			const stats = await bites.moduleAnalytics(viewer, module.id, team.id);
			expect(stats).toMatchObject({ shown: false, minimum: 5 });
			expect(JSON.stringify(stats)).not.toMatch(/"(starts|completions|averageScore|correctPercent|items|retention)"/);
		}
		// Nor through the whole organisation: one learner is one person.
		expect(await bites.moduleAnalytics(admin, module.id)).toMatchObject({ shown: false });
		expect((await bites.myProgress(jonas)).get(module.id)).toMatchObject({ score: 50 });
	}, 60_000);

	it('hides the next smallest team, so a hidden team cannot be derived as the total minus the visible teams', async () => {
		const org = await makeOrg();
		const small = await makeTeam(org.id, 'Small');
		const large = await makeTeam(org.id, 'Large');
		const admin = await makePerson(org.id, { role: 'admin' });
		const { module } = await makeModule(admin);
		for (const p of await learners(org.id, small.id, 2)) await completeModule(p, module.id, [false, false]);
		for (const p of await learners(org.id, large.id, 6)) await completeModule(p, module.id, [true, true]);

		const all = await bites.moduleAnalytics(admin, module.id);
		expect(all).toMatchObject({ shown: true, starts: 8, averageScore: 75 });
		expect(await bites.moduleAnalytics(admin, module.id, small.id)).toMatchObject({ shown: false });
		// 8 − 6 would be the small team's two people: the large team is hidden too.
		expect(await bites.moduleAnalytics(admin, module.id, large.id)).toMatchObject({ shown: false });
	}, 60_000);

	it('hides averages and a question’s breakdown that fewer than the minimum contributed to', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		const { module } = await makeModule(admin);
		const people = await learners(org.id, team.id, 6);
		for (const p of people.slice(0, 2)) await completeModule(p, module.id, [true, true]);
		for (const p of people.slice(2)) await answerFirstQuestion(p, module.id, false);

		const stats = await bites.moduleAnalytics(admin, module.id, team.id);
		if (!stats.shown) throw new Error('the team of six should be shown');
		expect(stats).toMatchObject({ starts: 6, completions: 2, averageScore: null, averageMinutes: null });
		expect(stats.items).toHaveLength(2);
		expect(stats.items[0]).toMatchObject({ answers: 6, correctPercent: 33 });
		expect(stats.items[1]).toMatchObject({ answers: null, correctPercent: null });
	}, 60_000);

	it('changes only once at least the minimum of learners acted, not after one person’s answer or move', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
		const { module } = await makeModule(admin);
		const people = await learners(org.id, team.id, 11);
		for (const p of people.slice(0, 6)) await completeModule(p, module.id, [true, true]);
		const before = await bites.moduleAnalytics(manager, module.id, team.id);
		expect(before).toMatchObject({ shown: true, starts: 6, averageScore: 100 });

		// One more learner answers everything wrong: the manager's two reads must not tell them apart.
		await completeModule(people[6], module.id, [false, false]);
		expect(await bites.moduleAnalytics(manager, module.id, team.id)).toEqual(before);
		// Nor does taking a learner out of the team.
		await removeTeamMember(admin, team.id, people[0].userId);
		expect(await bites.moduleAnalytics(manager, module.id, team.id)).toEqual(before);
		// Three more act (five changes in all): the figures advance by at least five people at once.
		for (const p of people.slice(7, 10)) await completeModule(p, module.id, [false, false]);
		const after = await bites.moduleAnalytics(manager, module.id, team.id);
		expect(after).toMatchObject({ shown: true, starts: 9 });
		expect(after).not.toEqual(before);
	}, 60_000);
});

describe('buddy challenges are invitations', () => {
	async function pair() {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const emma = await makePerson(org.id, { name: 'Emma Clarke' });
		const jonas = await makePerson(org.id, { name: 'Jonas Vestergaard' });
		const other = await makePerson(org.id);
		const { module } = await makeModule(admin);
		return { admin, emma, jonas, other, module };
	}

	it('shows the challenger nothing of the colleague until the colleague accepts', async () => {
		const { emma, jonas, module } = await pair();
		const id = await bites.createChallenge(emma, { moduleId: module.id, buddyId: jonas.userId });
		await completeModule(jonas, module.id, [true, true]);

		const [sent] = await bites.myChallenges(emma);
		expect(sent).toMatchObject({
			id,
			status: 'pending',
			iChallenged: true,
			buddy: { name: 'Jonas Vestergaard' },
			buddyProgress: null
		});
		const [received] = await bites.myChallenges(jonas);
		expect(received).toMatchObject({
			id,
			status: 'pending',
			iChallenged: false,
			buddy: { name: 'Emma Clarke' },
			canRespond: true
		});

		await bites.respondToChallenge(jonas, id, 'accept');
		const [accepted] = await bites.myChallenges(emma);
		expect(accepted).toMatchObject({ status: 'accepted', buddyProgress: { completed: true, score: 100 } });
	});

	it('only the challenged colleague may answer; a declined challenge shows nothing to either', async () => {
		const { emma, jonas, other, module } = await pair();
		const id = await bites.createChallenge(emma, { moduleId: module.id, buddyId: jonas.userId });
		await completeModule(jonas, module.id, [true, true]);
		await completeModule(emma, module.id, [true, false]);
		await expect(bites.respondToChallenge(emma, id, 'accept')).rejects.toMatchObject({ status: 404 });
		await expect(bites.respondToChallenge(other, id, 'accept')).rejects.toMatchObject({ status: 404 });
		await bites.respondToChallenge(jonas, id, 'decline');
		expect((await bites.myChallenges(emma))[0]).toMatchObject({ status: 'declined', buddyProgress: null });
		expect((await bites.myChallenges(jonas))[0]).toMatchObject({ status: 'declined', buddyProgress: null });
		// Declined means declined: no second invitation for the same module.
		await expect(bites.createChallenge(emma, { moduleId: module.id, buddyId: jonas.userId })).rejects.toMatchObject({
			key: 'error_bites_challenge_exists'
		});
	});

	it('lets either colleague end an accepted challenge, which hides both results again', async () => {
		const { emma, jonas, module } = await pair();
		const id = await bites.createChallenge(emma, { moduleId: module.id, buddyId: jonas.userId });
		await completeModule(jonas, module.id, [true, true]);
		await bites.respondToChallenge(jonas, id, 'accept');
		expect((await bites.myChallenges(emma))[0].buddyProgress).not.toBeNull();
		await bites.leaveChallenge(jonas, id);
		expect((await bites.myChallenges(emma))[0]).toMatchObject({ status: 'ended', buddyProgress: null });
		expect((await bites.myChallenges(jonas))[0]).toMatchObject({ status: 'ended', buddyProgress: null });
		await expect(bites.respondToChallenge(jonas, id, 'accept')).rejects.toMatchObject({ status: 404 });
	});
});

describe('who edits a module, and what a credential certified', () => {
	it('lets a module’s author and admins edit it, but not another team manager or facilitator', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		const facilitator = await makePerson(org.id, { role: 'facilitator' });
		const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
		const { module, questions } = await makeModule(admin);
		const details = { title: 'Hijacked', summary: '', minutes: 5, language: 'en' as const, tags: '' };
		for (const intruder of [manager, facilitator]) {
			await expect(bites.updateModule(intruder, module.id, details)).rejects.toMatchObject({ status: 403 });
			await expect(bites.addTextCard(intruder, module.id, { body: 'Mine now' })).rejects.toMatchObject({ status: 403 });
			await expect(bites.deleteCard(intruder, module.id, questions[0])).rejects.toMatchObject({ status: 403 });
			await expect(bites.setPublished(intruder, module.id, false)).rejects.toMatchObject({ status: 403 });
			await expect(bites.deleteModule(intruder, module.id)).rejects.toMatchObject({ status: 403 });
		}
		expect((await bites.getModuleForAuthoring(manager, module.id)).module).toMatchObject({
			title: 'Giving feedback',
			canEdit: false
		});
		// A manager's own module is theirs to edit, and an admin's too.
		const own = await bites.createModule(manager, details);
		await bites.updateModule(manager, own.id, { ...details, title: 'Mine' });
		await bites.updateModule(admin, own.id, { ...details, title: 'Checked by the admin' });
		expect((await bites.getModuleForAuthoring(manager, own.id)).module).toMatchObject({
			title: 'Checked by the admin',
			canEdit: true
		});
	});

	it('versions a module that issued a credential: the credential keeps pointing at the content it certified', async () => {
		const org = await makeOrg('Fjordby Kommune');
		const admin = await makePerson(org.id, { role: 'admin' });
		const learner = await makePerson(org.id, { name: 'Nina Holt' });
		const { module } = await makeModule(admin, { title: 'Feedback basics' });
		await bites.createDefinition(admin, {
			title: 'Feedback practitioner',
			outcomes: 'Gives specific, kind feedback.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 4,
			workloadHours: 0.5,
			credits: null as unknown as undefined,
			qualityAssurance: 'Reviewed.',
			moduleIds: [module.id],
			requiresIds: []
		});
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		const { credential } = await bites.downloadCredential(learner, held.id);
		const achievement = badge(credential).credentialSubject.achievement;

		await bites.updateModule(admin, module.id, {
			title: 'Feedback basics, rewritten',
			summary: '',
			minutes: 5,
			language: 'en',
			tags: ''
		});
		await bites.addTextCard(admin, module.id, { body: 'A new card after certification.' });
		expect((await bites.getModuleForAuthoring(admin, module.id)).module).toMatchObject({ version: 2 });

		// The credential names version 1 and its content hash; the achievement it points at still describes that version.
		const [after] = await bites.listMyCredentials(learner);
		expect(after.certified).toEqual([expect.objectContaining({ title: 'Feedback basics', version: 1 })]);
		expect(achievement.criteria.narrative).toContain('Feedback basics (version 1');
		const url = new URL(achievement.id);
		const published = await bites.publicAchievement(
			org.id,
			url.pathname.split('/').pop()!,
			ORIGIN,
			url.searchParams.get('version') ?? undefined
		);
		expect(published).toMatchObject({ id: achievement.id, version: achievement.version });
		expect(published!.criteria.narrative).toContain('Feedback basics (version 1');
		expect(published!.criteria.narrative).not.toContain('rewritten');
		const certified = await bites.certifiedContent(learner, held.id);
		expect(certified).toHaveLength(1);
		expect(certified[0]).toMatchObject({ title: 'Feedback basics', version: 1 });
		expect(certified[0].cards.map((c) => c.body)).not.toContain('A new card after certification.');
		expect(
			json((await bites.downloadCredential(learner, held.id)).jwt.split('.')[1]).credentialSubject.achievement.id
		).toBe(achievement.id);

		// A second edit of the new, uncertified version does not make a third.
		await bites.addTextCard(admin, module.id, { body: 'Another card.' });
		expect((await bites.getModuleForAuthoring(admin, module.id)).module).toMatchObject({ version: 2 });
	});
});
