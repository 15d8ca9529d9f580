// Learning analytics for managers: who is overdue, hours of buddy training and mentoring per person and team in a
// period, a learner's drill-down, and who may see whom (an admin everyone, a manager their own teams' people only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from '../learning/support';
import { completeModule, makeModule, tempDataDir } from '../bites/support';
import * as bites from '../../../src/lib/server/bites/index';
import { createPair, writeLog } from '../../../src/lib/server/learning/index';
import * as analytics from '../../../src/lib/server/analytics/index';
import { Forbidden } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/server/actor';

const TODAY = '2026-06-01';
const q = (params: Record<string, string> = {}) => new URLSearchParams(params);

let database: TestDatabase;
let teamA: string, teamB: string;
let admin: Actor, managerA: Actor, managerB: Actor, alice: Actor, bob: Actor, mallory: Actor, carol: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
	database = await setup();
	tempDataDir();
	const orgId = (await makeOrg()).id;
	teamA = (await makeTeam(orgId, 'Borgerservice')).id;
	teamB = (await makeTeam(orgId, 'Hjemmepleje')).id;
	admin = await makePerson(orgId, { role: 'admin', name: 'Admin' });
	managerA = await makePerson(orgId, { teams: [[teamA, 'manager']], name: 'Mette' });
	managerB = await makePerson(orgId, { teams: [[teamB, 'manager']], name: 'Hanne' });
	alice = await makePerson(orgId, { teams: [[teamA, 'member']], name: 'Alice' });
	bob = await makePerson(orgId, { teams: [[teamA, 'member']], name: 'Bob' });
	// A name that starts like a spreadsheet formula.
	mallory = await makePerson(orgId, { teams: [[teamA, 'member']], name: '=HYPERLINK("http://x","Mallory")' });
	carol = await makePerson(orgId, { teams: [[teamB, 'member']], name: 'Carol' });

	// Bites: m1 to team A (due before today), m2 to Bob alone (due later), m3 to Alice due today, m4 to team B.
	const m1 = (await makeModule(admin, { title: 'Feedback' })).module.id;
	const m2 = (await makeModule(admin, { title: 'Passports' })).module.id;
	const m3 = (await makeModule(admin, { title: 'Due today' })).module.id;
	const m4 = (await makeModule(admin, { title: 'Home care' })).module.id;
	Object.assign(ids, { m1, m2, m3, m4 });
	await bites.assignModule(admin, m1, { target: `team:${teamA}`, dueOn: '2026-05-01' });
	await bites.assignModule(admin, m2, { target: `user:${bob.userId}`, dueOn: '2026-07-01' });
	await bites.assignModule(admin, m3, { target: `user:${alice.userId}`, dueOn: TODAY });
	await bites.assignModule(admin, m4, { target: `team:${teamB}`, dueOn: '2026-05-01' });
	await completeModule(alice, m1, [true, false]);
	await bites.play(bob, m2, { origin: 'https://samspil.test', now: new Date() }); // started, not finished
	await bites.play(mallory, m1, { origin: 'https://samspil.test', now: new Date() }); // started, past due

	// Logs: Alice is Bob's buddy; Mallory (team A) mentors Carol (team B); a peer circle does not count.
	const log = (heldOn: string, minutes: number) => ({
		heldOn,
		occurrenceDate: null,
		minutes,
		practised: 'SECRET-PRACTISED-TEXT',
		skills: 'secret-skill',
		nextStep: 'SECRET-NEXT-STEP'
	});
	const buddy = await makeProgramme(managerA, teamA, { kind: 'buddy', name: 'Buddy', startDate: '2026-01-01' });
	const buddyPair = await createPair(
		managerA,
		buddy.id,
		{ guideId: alice.userId, learnerId: bob.userId },
		'2026-01-05'
	);
	await writeLog(alice, buddyPair.id, log('2026-05-10', 60));
	await writeLog(bob, buddyPair.id, log('2026-05-10', 45)); // the same session, logged by the other person
	await writeLog(alice, buddyPair.id, log('2026-02-01', 30)); // before the default 90 days
	const mentoring = await makeProgramme(managerA, teamA, {
		kind: 'mentoring',
		name: 'Mentoring',
		startDate: '2026-01-01'
	});
	const mentorPair = await createPair(
		managerA,
		mentoring.id,
		{ guideId: mallory.userId, learnerId: carol.userId },
		'2026-01-05'
	);
	await writeLog(carol, mentorPair.id, log('2026-05-20', 45));
	const peer = await makeProgramme(managerA, teamA, { kind: 'peer', name: 'Circle', startDate: '2026-01-01' });
	const peerPair = await createPair(
		managerA,
		peer.id,
		{ guideId: alice.userId, learnerId: mallory.userId },
		'2026-01-05'
	);
	await writeLog(alice, peerPair.id, log('2026-05-12', 30));
}, 60_000);

afterAll(async () => database.close());

const team = (a: analytics.LearningAnalytics, id: string) => a.teams.find((t) => t.id === id)!;

describe('assignment compliance', () => {
	it('marks a module overdue once its due date has passed without completion, started or not', async () => {
		const a = await analytics.learningAnalytics(managerA, q(), TODAY);
		const rows = team(a, teamA).compliance.map((c) => [c.personName, c.title, c.status]);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows).toContainEqual(['Alice', 'Feedback', 'done']);
		expect(rows).toContainEqual(['Bob', 'Feedback', 'overdue']);
		expect(rows).toContainEqual([mallory.name, 'Feedback', 'overdue']);
		expect(rows).toContainEqual(['Bob', 'Passports', 'in_progress']);
		// due today is not overdue yet
		expect(rows).toContainEqual(['Alice', 'Due today', 'not_started']);
		// Mette (the manager, on the team) has not started Feedback either.
		expect(rows).toContainEqual(['Mette', 'Feedback', 'overdue']);
		expect(team(a, teamA).counts).toEqual({ overdue: 3, not_started: 1, in_progress: 1, done: 1 });
		expect(team(a, teamA).overduePeople).toBe(3);
	});

	it('counts the next day as overdue for a module due today', async () => {
		const a = await analytics.learningAnalytics(managerA, q(), '2026-06-02');
		expect(team(a, teamA).compliance.find((c) => c.title === 'Due today')?.status).toBe('overdue');
	});
});

describe('hours of buddy training and mentoring', () => {
	it('sums logged minutes per person and team in the last 90 days, each session once, without peer circles', async () => {
		const a = await analytics.learningAnalytics(managerA, q(), TODAY);
		expect(a.period).toEqual({ from: '2026-03-04', to: TODAY });
		const people = Object.fromEntries(team(a, teamA).people.map((p) => [p.name, p]));
		expect(people.Alice).toMatchObject({ buddyMinutes: 60, mentoringMinutes: 0, sessions: 1 });
		expect(people.Bob).toMatchObject({ buddyMinutes: 60, mentoringMinutes: 0, sessions: 1 });
		expect(people[mallory.name]).toMatchObject({ buddyMinutes: 0, mentoringMinutes: 45, sessions: 1 });
		expect(team(a, teamA).total).toEqual({ buddyMinutes: 60, mentoringMinutes: 45, sessions: 2 });
	});

	it('follows the chosen period', async () => {
		const wide = await analytics.learningAnalytics(managerA, q({ from: '2026-01-01', to: TODAY }), TODAY);
		expect(team(wide, teamA).people.find((p) => p.name === 'Alice')).toMatchObject({ buddyMinutes: 90, sessions: 2 });
		const narrow = await analytics.learningAnalytics(managerA, q({ from: '2026-05-15', to: '2026-05-31' }), TODAY);
		expect(team(narrow, teamA).total).toEqual({ buddyMinutes: 0, mentoringMinutes: 45, sessions: 1 });
	});

	it('counts a mentee on another team for that team’s manager', async () => {
		const b = await analytics.learningAnalytics(managerB, q(), TODAY);
		expect(b.teams.map((t) => t.id)).toEqual([teamB]);
		expect(team(b, teamB).people.find((p) => p.name === 'Carol')).toMatchObject({ mentoringMinutes: 45, sessions: 1 });
	});
});

describe('who may see whom', () => {
	it('shows a manager their own team only and refuses another team’s people', async () => {
		const a = await analytics.learningAnalytics(managerA, q(), TODAY);
		expect(a.teams.map((t) => t.id)).toEqual([teamA]);
		expect(a.options.map((t) => t.id)).toEqual([teamA]);
		await expect(analytics.learningAnalytics(managerA, q({ team: teamB }), TODAY)).rejects.toBeInstanceOf(Forbidden);
		await expect(analytics.personAnalytics(managerA, carol.userId, q(), TODAY)).rejects.toBeInstanceOf(Forbidden);
		await expect(analytics.personCsv(managerA, carol.userId, q())).rejects.toBeInstanceOf(Forbidden);
	});

	it('shows an admin every team and the people on none', async () => {
		const a = await analytics.learningAnalytics(admin, q(), TODAY);
		expect(a.teams.map((t) => t.id).sort()).toEqual([teamA, teamB, analytics.NO_TEAM].sort());
		expect(team(a, analytics.NO_TEAM).people.map((p) => p.name)).toEqual(['Admin']);
		expect((await analytics.personAnalytics(admin, carol.userId, q(), TODAY)).person.name).toBe('Carol');
	});

	it('refuses a member, even about a colleague on their own team', async () => {
		await expect(analytics.learningAnalytics(bob, q(), TODAY)).rejects.toBeInstanceOf(Forbidden);
		await expect(analytics.personAnalytics(bob, alice.userId, q(), TODAY)).rejects.toBeInstanceOf(Forbidden);
		await expect(analytics.hoursCsv(bob, q())).rejects.toBeInstanceOf(Forbidden);
	});
});

describe('a learner’s drill-down', () => {
	it('lists assignments with status, completed modules with scores and hours by pair, never log text', async () => {
		const p = await analytics.personAnalytics(managerA, bob.userId, q(), TODAY);
		expect(p.assignments.map((a) => [a.title, a.status])).toEqual([
			['Feedback', 'overdue'],
			['Passports', 'in_progress']
		]);
		expect(p.overdue).toBe(1);
		expect(p.pairs).toEqual([
			expect.objectContaining({ partnerName: 'Alice', kind: 'buddy', role: 'learner', sessions: 1, minutes: 60 })
		]);
		const a = await analytics.personAnalytics(managerA, alice.userId, q(), TODAY);
		expect(a.completed).toEqual([expect.objectContaining({ title: 'Feedback', score: 50 })]);
		expect(JSON.stringify([p, a])).not.toMatch(/SECRET|secret-skill/);
	});

	it('writes CSV that defuses a formula in a name and carries the same numbers', async () => {
		const { csv, fileName } = await analytics.hoursCsv(managerA, q());
		expect(fileName).toMatch(/^samspil-learning-hours-[0-9-]+\.csv$/);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Mallory"")"`);
		expect(csv).not.toMatch(/(^|,)"=/m);
		const compliance = await analytics.complianceCsv(managerA, q());
		expect(compliance.csv.split('\r\n').filter((l) => l.includes('"Bob"') && l.includes('"Feedback"'))).toHaveLength(1);
	});
});
