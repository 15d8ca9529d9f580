// Someone deactivated in an organisation (by SCIM or an import) gets none of its emails (survey invitations and
// reminders, nudges and review emails all go through `prepareMemberEmails`, which reads only active members), and no
// picker offers them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { prepareMemberEmails, type MemberEmail } from '../../../src/lib/server/notify/index';
import { setMemberActive } from '../../../src/lib/server/auth/index';
import { app } from '../../../src/lib/server/app/index';
import * as bites from '../../../src/lib/server/bites/index';
import * as analytics from '../../../src/lib/server/analytics/index';
import * as actions from '../../../src/lib/server/actions/index';
import * as learning from '../../../src/lib/server/learning/index';
import { teamOverview } from '../../../src/lib/server/orgs/teams';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
	// Email is on (nothing is sent here: the emails are only prepared).
	app().mailer = { send: async () => {} };
});
afterAll(async () => {
	app().mailer = undefined;
	await t?.close();
});

const reminder = (orgId: string, userId: string): MemberEmail => ({
	orgId,
	userId,
	kind: 'survey_reminder',
	link: '/surveys',
	content: () => ({
		subject: 'Your answer is missing',
		paragraphs: ['The round closes on Friday.'],
		actionLabel: 'Answer'
	})
});

it('sends a deactivated member no email, and sends again once they are active', async () => {
	const org = await makeOrg('Fjordby');
	const [ann, bo] = [await makePerson(org.id), await makePerson(org.id)];
	const prepare = async () =>
		(await prepareMemberEmails([reminder(org.id, ann.userId), reminder(org.id, bo.userId)])).map((e) => e.userId);
	expect(await prepare()).toEqual([ann.userId, bo.userId]);

	expect(await setMemberActive(org.id, bo.userId, false)).toBe(true);
	expect(await prepare()).toEqual([ann.userId]);

	await setMemberActive(org.id, bo.userId, true);
	expect(await prepare()).toEqual([ann.userId, bo.userId]);
});

it('offers a deactivated member in no picker of a colleague to challenge or a person to award', async () => {
	const org = await makeOrg('Havnby');
	const admin = await makePerson(org.id, { role: 'admin' });
	const [ann, bo] = [await makePerson(org.id, { name: 'Ann' }), await makePerson(org.id, { name: 'Bo' })];
	const offered = async () => ({
		challenge: (await bites.challengesPage(ann)).colleagues.map((p) => p.name),
		award: (await bites.manageCredentialsPage(admin)).members.map((p) => p.name)
	});
	expect(await offered()).toEqual({
		challenge: expect.arrayContaining(['Bo']),
		award: expect.arrayContaining(['Ann', 'Bo'])
	});
	await setMemberActive(org.id, bo.userId, false);
	const after = await offered();
	expect(after.award).toContain('Ann');
	expect(after.challenge).not.toContain('Bo');
	expect(after.award).not.toContain('Bo');
});

it('offers a deactivated member as no action owner, feedback receiver or team addition', async () => {
	const org = await makeOrg('Lysby');
	const [team, other] = [await makeTeam(org.id, 'Lager'), await makeTeam(org.id, 'Kontor')];
	const admin = await makePerson(org.id, { role: 'admin', teams: [[team.id, 'manager']] });
	const ann = await makePerson(org.id, { name: 'Ann', teams: [[team.id, 'member']] });
	const bo = await makePerson(org.id, { name: 'Bo', teams: [[team.id, 'member']] });
	const names = (people: { name: string }[]) => people.map((p) => p.name);
	const offered = async () => ({
		owners: names((await actions.planPage(admin, team.id, null)).members),
		feedback: names((await learning.feedbackOverview(ann)).members),
		joiners: names((await teamOverview(admin, other.id)).candidates)
	});
	const before = await offered();
	for (const list of Object.values(before)) expect(list).toContain('Bo');
	const seen = async () =>
		(await analytics.learningAnalytics(admin, new URLSearchParams({ team: team.id }))).teams.flatMap((t) =>
			t.people.map((p) => p.name)
		);
	expect(await seen()).toContain('Bo');
	await setMemberActive(org.id, bo.userId, false);
	const after = await offered();
	expect(after.owners).toContain('Ann');
	expect(after.feedback).toContain(admin.name);
	expect(after.joiners).toContain('Ann');
	for (const list of Object.values(after)) expect(list).not.toContain('Bo');
	// Nor do the manager's learning analytics count them, or open their drill-down.
	expect(await seen()).toEqual(expect.arrayContaining(['Ann']));
	expect(await seen()).not.toContain('Bo');
	await expect(analytics.personAnalytics(admin, bo.userId, new URLSearchParams())).rejects.toThrow();
});
