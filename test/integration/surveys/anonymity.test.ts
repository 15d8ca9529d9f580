import { beforeAll, describe, expect, it } from 'vitest';
import * as surveys from '../../../src/lib/server/surveys/index';
import { answer, instrumentSurvey, makeOrg, openRoundFor, uniform, type Org } from './support';
import { CSV_LABELS, liveSurveys } from './live-support';

const { liveDoc } = liveSurveys();
const csvLabels = CSV_LABELS;

/** Every number in a CSV, apart from the header row. */
const numbersIn = (csv: string) =>
	csv
		.split('\r\n')
		.slice(1)
		.flatMap((line) => line.split(','))
		.filter((cell) => /^-?\d+(\.\d+)?$/.test(cell));

describe('surveys: the minimum group size', () => {
	let org: Org;
	let roundId: string;
	let team: Awaited<ReturnType<Org['teamOf']>>;

	beforeAll(async () => {
		org = await makeOrg();
		team = await org.teamOf('Borgerservice', 5);
		const survey = await instrumentSurvey(org.admin);
		roundId = (await openRoundFor(org.admin, survey.id, [team.id])).id;
	});

	it('shows no number for a team of four anywhere: results, CSV, JSON and the live view', async () => {
		for (const member of team.members.slice(0, 4)) await answer(member, roundId, uniform(2));

		const results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.total.shown).toBe(false);
		expect(results.total.numbers).toBeNull();
		expect(results.teams).toEqual([
			{ id: team.id, name: team.name, shown: false, hiddenBecause: 'few', numbers: null }
		]);
		expect(results.trend.length).toBeGreaterThan(0);
		expect(results.trend.every((p) => p.responses === null && p.dimensions === null)).toBe(true);
		expect(results.comments).toEqual([]);

		// The JSON API returns this same object: not a single count in it.
		const json = JSON.stringify({ total: results.total, teams: results.teams, trend: results.trend });
		expect(json).not.toMatch(/"responses":\d/);
		expect(json).not.toMatch(/"mean":/);

		const csv = surveys.resultsCsv(results, 'en', csvLabels);
		expect(numbersIn(csv)).toEqual([]);
		expect(csv).toContain('"Whole round","hidden"');

		const live = await liveDoc(roundId);
		expect(live).not.toBeNull();
		expect(live!.shown).toBe(false);
		expect(live!.responses).toBeNull();
		expect(live!.dimensions).toEqual([]);
		expect(live!.items).toEqual([]);
	});

	it('shows the team once a fifth person has answered, in every view', async () => {
		await answer(team.members[4], roundId, uniform(2));

		const results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.total.shown).toBe(true);
		expect(results.total.numbers!.responses).toBe(5);
		expect(results.teams[0].shown).toBe(true);
		expect(results.teams[0].numbers!.responses).toBe(5);
		expect(numbersIn(surveys.resultsCsv(results, 'en', csvLabels)).length).toBeGreaterThan(0);

		const live = await liveDoc(roundId);
		expect(live!.shown).toBe(true);
		expect(live!.responses).toBe(5);
		expect(live!.dimensions.length).toBe(9);
	});

	it('respects a minimum the admin raised', async () => {
		const { updateOrganisation } = await import('../../../src/lib/server/orgs/index');
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 6 });
		const results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.minimum).toBe(6);
		expect(results.total.shown).toBe(false);
		await surveys.publishLive(org.admin, roundId);
		expect((await liveDoc(roundId))!.responses).toBeNull();
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 5 });
	});
});

// Results are published in steps of the minimum group (differencing.test.ts), so a team's published
// numbers are nothing or at least the minimum — until an admin raises the minimum. That is when a team
// falls below it while its answers stay in the round total, and complementary suppression does its work.
describe('surveys: complementary suppression', () => {
	it('hides the visible sibling too, so the round total minus it cannot reveal the hidden team', async () => {
		const org = await makeOrg();
		const { updateOrganisation } = await import('../../../src/lib/server/orgs/index');
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 3 });
		const small = await org.teamOf('Small', 3);
		const large = await org.teamOf('Large', 6);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [small.id, large.id]);
		for (const m of small.members) await answer(m, roundId, uniform(1));
		for (const m of large.members) await answer(m, roundId, uniform(5));
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 4 });

		const results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.total.shown).toBe(true);
		expect(results.total.numbers!.responses).toBe(9);
		const byName = Object.fromEntries(results.teams.map((t) => [t.name, t]));
		expect(byName.Small.shown).toBe(false);
		// Large alone would be enough, but total − Large = Small: so Large is hidden too.
		expect(byName.Large.shown).toBe(false);
		expect(byName.Large.numbers).toBeNull();
		// and each says why: Small has too few answers, Large has enough and is withheld to protect Small
		expect([byName.Small.hiddenBecause, byName.Large.hiddenBecause]).toEqual(['few', 'sibling']);

		const csv = surveys.resultsCsv(results, 'en', csvLabels);
		expect(csv).toContain('"Small","hidden"');
		expect(csv).toContain('"Large","hidden"');
		// A manager of the large team sees the same: the rule does not depend on who is looking.
		const asManager = await surveys.getRoundResults(large.manager, roundId, large.id);
		expect(asManager.teams.map((t) => [t.name, t.shown])).toEqual([['Large', false]]);
	}, 90_000);

	it('with three siblings hides only the next smallest, so what subtraction reveals is itself large enough', async () => {
		const org = await makeOrg();
		const { updateOrganisation } = await import('../../../src/lib/server/orgs/index');
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 3 });
		const a = await org.teamOf('A', 3);
		const b = await org.teamOf('B', 6);
		const c = await org.teamOf('C', 9);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [a.id, b.id, c.id]);
		for (const t of [a, b, c]) for (const m of t.members) await answer(m, roundId, uniform(3));
		await updateOrganisation(org.admin, { name: 'Fjordby', minGroupSize: 4 });

		const results = await surveys.getRoundResults(org.admin, roundId);
		const shown = Object.fromEntries(results.teams.map((t) => [t.name, t.shown]));
		expect(shown).toEqual({ A: false, B: false, C: true });
		// total (18) − C (9) = A + B (9 answers): at least the minimum.
		expect(
			results.total.numbers!.responses - results.teams.find((t) => t.name === 'C')!.numbers!.responses
		).toBeGreaterThanOrEqual(results.minimum);
	}, 90_000);
});

describe('surveys: comments', () => {
	it('need more people than numbers do, and come in random order', async () => {
		const org = await makeOrg();
		const team = await org.teamOf('Hjemmeplejen', 16);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		const helps = survey.questions.find((q) => q.key === 'open_helps')!;
		for (const [i, m] of team.members.slice(0, 7).entries()) await answer(m, roundId, uniform(4, `comment ${i}`));

		let results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.total.shown).toBe(true);
		expect(results.commentsShown).toBe(false);
		expect(results.comments).toEqual([]);
		expect(results.commentMinimum).toBe(8);

		// Comments are published in steps of the comment minimum: 16 people, two steps of 8.
		for (const [i, m] of team.members.slice(7).entries()) await answer(m, roundId, uniform(4, `comment ${i + 7}`));
		results = await surveys.getRoundResults(org.admin, roundId);
		expect(results.commentsShown).toBe(true);
		const texts = results.comments.find((c) => c.questionId === helps.id)!.texts;
		expect([...texts].sort()).toEqual(Array.from({ length: 16 }, (_, i) => `comment ${i}`).sort());

		// Not the order they were written in (16! orders; several draws to rule out luck).
		const orders = new Set<string>();
		for (let i = 0; i < 5; i++)
			orders.add(
				(await surveys.getRoundResults(org.admin, roundId)).comments
					.find((c) => c.questionId === helps.id)!
					.texts.join('|')
			);
		expect(orders.size).toBeGreaterThan(1);

		// The live view never carries comments.
		const live = await liveDoc(roundId);
		expect(JSON.stringify(live)).not.toContain('comment 1');
	}, 90_000);
});
