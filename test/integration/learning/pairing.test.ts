// Pairing against a real database: suggestions from people's stated skills and availability, the
// manager exclusion, accepting a suggestion, peer-feedback rotation; and who may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from './support';
import {
	acceptSuggestion,
	addExclusion,
	addParticipant,
	createPair,
	generateRotation,
	joinProgramme,
	listPairs,
	saveLearningProfile,
	suggestForProgramme
} from '../../../src/lib/server/learning/index';
import type { Actor } from '../../../src/lib/server/actor';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';

let database: TestDatabase;
let teamId: string;
let admin: Actor, manager: Actor, anna: Actor, bo: Actor, carl: Actor, dina: Actor, outsider: Actor;

const profile = (offers: string[], wants: string[], days: number[], capacity = 2) => ({
	offers,
	wants,
	days,
	capacity
});

beforeAll(async () => {
	database = await setup();
	const org = await makeOrg();
	teamId = (await makeTeam(org.id, 'Hjemmeplejen')).id;
	admin = await makePerson(org.id, { role: 'admin', name: 'Admin' });
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']], name: 'Manager' });
	anna = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Anna' });
	bo = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Bo' });
	carl = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Carl' });
	dina = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Dina' });
	const other = await makeOrg();
	outsider = await makePerson(other.id, { role: 'admin', name: 'Outsider' });
});

afterAll(async () => {
	await database.close();
});

describe('pairing in a mentoring programme', () => {
	it('suggests the mentor who teaches what a mentee wants, never their own manager, on shared days', async () => {
		const p = await makeProgramme(manager, teamId);
		await saveLearningProfile(manager, profile(['Medicine handling', 'Dementia care'], [], [1, 2, 3]));
		await saveLearningProfile(anna, profile(['Dementia care'], [], [2]));
		await saveLearningProfile(carl, profile(['Rostering'], [], [4]));
		await saveLearningProfile(bo, profile([], ['dementia care', 'medicine handling'], [1, 2]));
		await saveLearningProfile(dina, profile([], ['Rostering'], [4, 5]));
		for (const [who, role] of [
			[manager, 'guide'],
			[anna, 'guide'],
			[carl, 'guide']
		] as const)
			await joinProgramme(who, p.id, role);
		await joinProgramme(bo, p.id, 'learner');
		await joinProgramme(dina, p.id, 'learner');

		const s = await suggestForProgramme(manager, p.id);
		const byLearner = new Map(s.pairs.map((x) => [x.learnerName, x.guideName]));
		// The manager teaches both of Bo's wishes, but is Bo's manager: Anna (one shared skill) it is.
		expect(byLearner.get('Bo')).toBe('Anna');
		expect(byLearner.get('Dina')).toBe('Carl');
		expect(s.pairs.find((x) => x.learnerName === 'Dina')!.days).toEqual([4]);

		const created = await acceptSuggestion(
			manager,
			p.id,
			s.pairs.map((x) => ({ guideId: x.guideId, learnerId: x.learnerId })),
			'2026-03-01'
		);
		expect(created).toHaveLength(2);
		// First meeting: the first shared day on or after the programme's start (Thursday 12 March for Carl and Dina).
		expect(created.find((c) => c.learner_id === dina.userId)!.first_date).toBe('2026-03-12');
		// Everyone paired now: nothing more to suggest, and accepting the same again is refused.
		expect((await suggestForProgramme(manager, p.id)).pairs).toEqual([]);
		await expect(
			acceptSuggestion(manager, p.id, [{ guideId: carl.userId, learnerId: dina.userId }])
		).rejects.toBeInstanceOf(Invalid);
	});

	it('respects an explicit exclusion', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'buddy', name: 'Buddies' });
		await addParticipant(manager, p.id, { userId: anna.userId, role: 'guide' });
		await addParticipant(manager, p.id, { userId: bo.userId, role: 'learner' });
		await addExclusion(manager, p.id, { userA: anna.userId, userB: bo.userId });
		const s = await suggestForProgramme(manager, p.id);
		expect(s.pairs).toEqual([]);
		expect(s.unpaired.map((u) => u.name)).toEqual(['Bo']);
		await expect(createPair(manager, p.id, { guideId: anna.userId, learnerId: bo.userId })).rejects.toBeInstanceOf(
			Invalid
		);
	});

	it('lets only the team’s manager or an admin pair people; another organisation finds nothing', async () => {
		const p = await makeProgramme(admin, teamId, { kind: 'buddy', name: 'Admin-made' });
		await expect(suggestForProgramme(anna, p.id)).rejects.toBeInstanceOf(Forbidden);
		await expect(createPair(bo, p.id, { guideId: anna.userId, learnerId: bo.userId })).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(suggestForProgramme(outsider, p.id)).rejects.toBeInstanceOf(NotFound);
		await expect(createPair(outsider, p.id, { guideId: anna.userId, learnerId: bo.userId })).rejects.toBeInstanceOf(
			NotFound
		);
		const pair = await createPair(admin, p.id, { guideId: anna.userId, learnerId: bo.userId });
		expect(pair.source).toBe('manual');
		await expect(createPair(admin, p.id, { guideId: bo.userId, learnerId: anna.userId })).rejects.toBeInstanceOf(
			Invalid
		);
	});
});

describe('peer-feedback circles', () => {
	it('rotates five peers through five rounds in which every pair meets exactly once', async () => {
		const p = await makeProgramme(manager, teamId, {
			kind: 'peer',
			name: 'Feedback circle',
			cadence: 'biweekly',
			sessionCount: null
		});
		for (const who of [anna, bo, carl, dina, manager]) await joinProgramme(who, p.id, 'peer');
		const result = await generateRotation(manager, p.id, '2026-03-01');
		expect(result).toMatchObject({ rounds: 5, pairs: 10 });
		const pairs = await listPairs(manager, p.id);
		const met = new Set(pairs.map((x) => [x.guide_id, x.learner_id].sort().join('|')));
		expect(met.size).toBe(10);
		const dates = [...new Set(pairs.map((x) => x.first_date))].sort();
		expect(dates).toEqual(['2026-03-10', '2026-03-24', '2026-04-07', '2026-04-21', '2026-05-05']);
		for (const round of [1, 2, 3, 4, 5]) {
			const inRound = pairs.filter((x) => x.round === round).flatMap((x) => [x.guide_id, x.learner_id]);
			expect(new Set(inRound).size).toBe(4);
		}
		await expect(generateRotation(anna, p.id)).rejects.toBeInstanceOf(Forbidden);
	});

	it('never pairs two peers a manager has said must never be paired, in any round', async () => {
		const p = await makeProgramme(manager, teamId, {
			kind: 'peer',
			name: 'Circle with an exclusion',
			cadence: 'weekly',
			sessionCount: null
		});
		for (const who of [anna, bo, carl, dina, manager]) await joinProgramme(who, p.id, 'peer');
		await addExclusion(manager, p.id, { userA: carl.userId, userB: bo.userId });
		await generateRotation(manager, p.id, '2026-03-01');
		const pairs = await listPairs(manager, p.id);
		expect(pairs.length).toBeGreaterThan(0);
		const met = pairs.map((x) => [x.guide_id, x.learner_id].sort().join('|'));
		expect(met).not.toContain([carl.userId, bo.userId].sort().join('|'));
		// Everyone else still meets everyone once.
		expect(new Set(met).size).toBe(9);
		expect(met.length).toBe(9);
	});

	it('plans as many rounds as the circle has sessions: six sessions of five people start the rotation again', async () => {
		const p = await makeProgramme(manager, teamId, {
			kind: 'peer',
			name: 'Six sessions',
			cadence: 'weekly',
			sessionCount: 6
		});
		for (const who of [anna, bo, carl, dina, manager]) await joinProgramme(who, p.id, 'peer');
		const result = await generateRotation(manager, p.id, '2026-03-01');
		expect(result.rounds).toBe(6);
		const pairs = await listPairs(manager, p.id);
		expect([...new Set(pairs.map((x) => x.round))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...new Set(pairs.map((x) => x.first_date))].sort()).toEqual([
			'2026-03-10',
			'2026-03-17',
			'2026-03-24',
			'2026-03-31',
			'2026-04-07',
			'2026-04-14'
		]);
		const key = (x: { guide_id: string; learner_id: string }) => [x.guide_id, x.learner_id].sort().join('|');
		const firstFive = new Set(pairs.filter((x) => x.round! <= 5).map(key));
		expect(firstFive.size).toBe(10);
		const sixth = pairs.filter((x) => x.round === 6);
		expect(sixth.length).toBe(2);
		for (const x of sixth) expect(firstFive.has(key(x))).toBe(true);
	});

	it('regenerating continues the circle: no pair that already met meets again while unmet pairs remain', async () => {
		const p = await makeProgramme(manager, teamId, {
			kind: 'peer',
			name: 'Regenerated circle',
			cadence: 'weekly',
			sessionCount: null
		});
		for (const who of [anna, bo, carl, dina, manager]) await joinProgramme(who, p.id, 'peer');
		await addExclusion(manager, p.id, { userA: anna.userId, userB: dina.userId });
		await generateRotation(manager, p.id, '2026-03-01');
		const key = (x: { guide_id: string; learner_id: string }) => [x.guide_id, x.learner_id].sort().join('|');
		// Two rounds are held (10 and 17 March); the manager regenerates on the 20th.
		const before = await listPairs(manager, p.id);
		const met = new Set(before.filter((x) => x.first_date < '2026-03-20').map(key));
		expect(met.size).toBeGreaterThan(0);
		await generateRotation(manager, p.id, '2026-03-20');
		const planned = (await listPairs(manager, p.id)).filter((x) => x.first_date >= '2026-03-20');
		expect(planned.length).toBeGreaterThan(0);
		for (const x of planned) expect(met.has(key(x)), `${key(x)} met already`).toBe(false);
		// Every pair but the excluded one has now met or is planned, each exactly once.
		const all = [...met, ...planned.map(key)];
		expect(new Set(all).size).toBe(all.length);
		expect(all.length).toBe(9);
		expect(all).not.toContain([anna.userId, dina.userId].sort().join('|'));
		// Rounds keep counting after the held ones.
		expect(Math.min(...planned.map((x) => x.round!))).toBe(3);
	});
});
