import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import {
	addFromCatalogue,
	recommendForDecisions,
	recommendForTeam,
	type RoundScores
} from '../../../src/lib/server/actions/index';
import { Forbidden } from '../../../src/lib/server/errors';

let database: TestDatabase;
let w: World;
let restore: (() => void) | undefined;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 60_000);
afterEach(() => restore?.());
afterAll(async () => {
	await database.close();
});

const autumn: RoundScores = {
	roundId: 'round-autumn',
	label: 'Autumn 2025',
	closedAt: '2025-10-15T12:00:00.000Z',
	scale: { min: 1, max: 5 },
	scores: {
		psychological_safety: 4.1,
		openness: 3.9,
		shared_concern: 3.6,
		reflection: 3.4,
		learning_together: 1.9,
		feedback: 3.0,
		experimenting_sharing: 3.2,
		leadership: 4.3,
		interplay: null
	}
};
const spring: RoundScores = {
	...autumn,
	roundId: 'round-spring',
	label: 'Spring 2025',
	closedAt: '2025-04-15T12:00:00.000Z',
	scores: { leadership: 1.0, learning_together: 4.5 }
};

describe('recommendations from the latest survey round', () => {
	it("lists the low dimension's actions first", async () => {
		restore = swapAppPart('surveyResults', {
			teamRounds: async (_a, teamId) => (teamId === w.teamA ? [autumn, spring] : [])
		});
		const r = await recommendForTeam(w.member, w.teamA, 'en');
		expect(r.round).toMatchObject({ roundId: 'round-autumn', label: 'Autumn 2025' });
		expect(r.groups[0]).toMatchObject({ dimension: 'learning_together', score: 1.9 });
		expect(r.groups[0].actions.map((a) => a.id)[0]).toBe('buddy-for-newcomers');
		for (const a of r.groups[0].actions) expect(a.dimensions).toContain('learning_together');
		// then the next lowest, and a hidden dimension is not ranked at all
		expect(r.groups.map((g) => g.dimension).slice(0, 3)).toEqual([
			'learning_together',
			'feedback',
			'experimenting_sharing'
		]);
		expect(r.groups.map((g) => g.dimension)).not.toContain('interplay');
	});

	it("filters by factor, effort and who drives it, in the reader's language", async () => {
		restore = swapAppPart('surveyResults', { teamRounds: async () => [autumn] });
		const r = await recommendForTeam(w.member, w.teamA, 'sv', { driver: 'team', effort: 'M' });
		const first = r.groups.find((g) => g.dimension === 'learning_together')!;
		expect(first.actions.length).toBeGreaterThan(0);
		for (const a of first.actions) expect([a.driver, a.effort]).toEqual(['team', 'M']);
		expect(first.actions[0].title).toBe('Parvis arbete med komplexa uppgifter');
	});

	it("marks the actions already on the team's plan", async () => {
		restore = swapAppPart('surveyResults', { teamRounds: async () => [autumn] });
		await addFromCatalogue(w.manager, { teamId: w.teamA, catalogueId: 'buddy-for-newcomers' }, 'en');
		const r = await recommendForTeam(w.manager, w.teamA, 'en');
		expect(r.groups[0].actions.find((a) => a.id === 'buddy-for-newcomers')!.inPlan).toBe(true);
		const others = r.groups[0].actions.filter((a) => a.id !== 'buddy-for-newcomers');
		expect(others.length).toBeGreaterThan(0);
		expect(others.every((a) => !a.inPlan)).toBe(true);
	});

	it('says so when the team has no survey round yet', async () => {
		expect(await recommendForTeam(w.otherMember, w.teamB, 'en')).toEqual({ round: null, groups: [] });
	});

	it("is only for those who may see the team's plan", async () => {
		await expect(recommendForTeam(w.otherMember, w.teamA, 'en')).rejects.toBeInstanceOf(Forbidden);
	});
});

describe("recommendations from a board's decisions", () => {
	it('suggests the catalogue actions each decision points to, in any of the four languages', async () => {
		const [en, da] = await recommendForDecisions(
			w.member,
			['Every newcomer gets a named buddy', 'Vi skal holde en kort evaluering efter hvert projekt'],
			'en'
		);
		expect(en.actions[0].id).toBe('buddy-for-newcomers');
		expect(da.actions[0]).toMatchObject({
			id: 'after-action-review',
			title: 'An after-action review after each project'
		});
	});

	it('applies the filters to the suggestions', async () => {
		const [only] = await recommendForDecisions(w.member, ['Every newcomer gets a named buddy'], 'en', {
			driver: 'team'
		});
		for (const a of only.actions) expect(a.driver).toBe('team');
	});
});
