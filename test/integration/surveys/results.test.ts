// Survey results: dimension scores with reverse-scored statements turned round, distributions, trends across
// rounds, who may see which team, and the dialogue agenda made from the lowest dimensions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { Forbidden, NotFound } from '../../../src/lib/server/errors';
import { db } from '../../../src/lib/server/db/current';
import { answer, makeOrg, makeTwoTeams, scoring, uniform, type Org, type TwoTeams } from './support';

let database: TestDatabase;
let org: Org;
let a: TwoTeams['a'];
let b: TwoTeams['b'];
let survey: TwoTeams['survey'];
let spring: string;
let autumn: string;

beforeAll(async () => {
	database = await createTestDatabase();
	({ org, a, b, survey } = await makeTwoTeams());
	spring = (
		await surveys.openRound(org.admin, survey.id, {
			name: 'Spring',
			teamIds: [a.id, b.id],
			opensOn: '2020-01-01',
			closesOn: '2099-01-01'
		})
	).id;
	// Team A leans low on every statement, team B high; reverse-scored statements are answered so the
	// learning environment they describe is the same.
	for (const m of a.members) await answer(m, spring, (q) => (q.kind === 'likert' ? (q.reverse ? '4' : '2') : null));
	for (const m of b.members) await answer(m, spring, (q) => (q.kind === 'likert' ? (q.reverse ? '1' : '5') : null));
	// Backdate spring so autumn is the later round.
	await db().updateTable('survey_rounds').set({ opens_on: '2020-01-01' }).where('id', '=', spring).execute();
	autumn = (
		await surveys.openRound(org.admin, survey.id, {
			name: 'Autumn',
			teamIds: [a.id, b.id],
			opensOn: '2021-01-01',
			closesOn: '2099-01-01'
		})
	).id;
	for (const m of a.members) await answer(m, autumn, scoring(4));
	for (const m of b.members) await answer(m, autumn, scoring(4));
});

afterAll(async () => {
	await database.close();
});

describe('surveys: results', () => {
	it('scores dimensions with reverse-scored statements turned round, per team and for the whole round', async () => {
		const r = await surveys.getRoundResults(org.admin, spring);
		const team = (name: string) => r.teams.find((t) => t.name === name)!.numbers!;
		for (const d of r.dimensions) {
			expect(team('Borgerservice').dimensions[d.id].mean).toBe(2);
			expect(team('Borgerservice').dimensions[d.id].favourable).toBe(0);
			expect(team('Hjemmeplejen').dimensions[d.id].mean).toBe(5);
			expect(team('Hjemmeplejen').dimensions[d.id].favourable).toBe(1);
			// 5 × 2 and 10 × 5, answer by answer.
			expect(r.total.numbers!.dimensions[d.id].mean).toBeCloseTo((5 * 2 + 10 * 5) / 15, 10);
		}
		expect(r.total.numbers!.responses).toBe(15);
		// Response rate against the team's current members.
		expect(team('Borgerservice').responseRate).toBe(1);
	});

	it('shows the distribution of each statement as given (not reversed), for the group looked at', async () => {
		const r = await surveys.getRoundResults(org.admin, spring, a.id);
		const reversed = r.questions.find((q) => q.reverse)!;
		const stats = r.teams.find((t) => t.name === 'Borgerservice')!.numbers!.items[reversed.id] as surveys.LikertStats;
		expect(stats.counts).toEqual([0, 0, 0, 5, 0]);
		expect(stats.mean).toBe(2);
		// The other groups carry their dimension scores, not their statements.
		expect(r.total.numbers!.items).toEqual({});
		expect(Object.keys(r.total.numbers!.dimensions)).toHaveLength(9);
	});

	it('follows the whole round and each team across rounds', async () => {
		const total = await surveys.getRoundResults(org.admin, autumn);
		expect(total.trend.map((p) => p.name)).toEqual(['Spring', 'Autumn']);
		const dim = total.dimensions[0].id;
		expect(total.trend[1].dimensions![dim].mean).toBe(4);
		const teamA = await surveys.getRoundResults(org.admin, autumn, a.id);
		expect(teamA.scope).toBe(a.id);
		expect(teamA.trend.map((p) => p.dimensions![dim].mean)).toEqual([2, 4]);
	});

	it('orders two rounds opened the same day by when they close, so an improvement does not read as a decline', async () => {
		const set = (id: string, opens: string, closes: string) =>
			db().updateTable('survey_rounds').set({ opens_on: opens, closes_on: closes }).where('id', '=', id).execute();
		await set(spring, '2021-01-01', '2021-03-01');
		await set(autumn, '2021-01-01', '2098-06-01');
		try {
			const later = await surveys.getRoundResults(org.admin, autumn);
			expect(later.trend.map((p) => p.name)).toEqual(['Spring', 'Autumn']);
			const earlier = await surveys.getRoundResults(org.admin, spring);
			expect(earlier.trend.map((p) => p.name)).toEqual(['Spring']);
		} finally {
			await set(spring, '2020-01-01', '2099-01-01');
			await set(autumn, '2021-01-01', '2099-01-01');
		}
	});

	it('lets a team member see their own team and the whole round, and no other team', async () => {
		const member = a.members[2];
		const r = await surveys.getRoundResults(member, spring);
		expect(r.teams.map((t) => t.name)).toEqual(['Borgerservice']);
		expect(r.total.shown).toBe(true);
		// Asking for the other team falls back to the whole round.
		expect((await surveys.getRoundResults(member, spring, b.id)).scope).toBe(surveys.TOTAL);
	});

	it('refuses results to people outside the round’s teams and to other organisations', async () => {
		const outsider = await org.person('Outsider', { teams: [[(await org.team('Other')).id, 'manager']] });
		await expect(surveys.getRoundResults(outsider, spring)).rejects.toBeInstanceOf(Forbidden);
		const other = await makeOrg('Elsewhere');
		await expect(surveys.getRoundResults(other.admin, spring)).rejects.toBeInstanceOf(NotFound);
		await expect(surveys.roundTotals(other.admin, spring)).rejects.toBeInstanceOf(NotFound);
		expect(await surveys.livePermission({ kind: 'user', actor: other.admin }, spring)).toBe('none');
		expect(await surveys.livePermission({ kind: 'user', actor: outsider }, spring)).toBe('none');
		expect(await surveys.livePermission({ kind: 'user', actor: a.members[1] }, spring)).toBe('read');
		expect(await surveys.livePermission({ kind: 'guest', guestId: 'g', orgId: org.id, boardId: 'x' }, spring)).toBe(
			'none'
		);
	});

	it('turns the lowest dimensions into a dialogue agenda with question cards', async () => {
		const r = await surveys.getRoundResults(org.admin, spring, a.id);
		const agenda = surveys.dialogueAgenda(r, 'en', {
			title: ({ survey: s, round }) => `${s} – ${round}`,
			wholeRound: 'Everyone',
			prompts: [({ dimension }) => `What explains ${dimension}?`, () => 'What works?', () => 'What do we try?']
		})!;
		expect(agenda.zones).toHaveLength(3);
		expect(agenda.scopeName).toBe('Borgerservice');
		expect(agenda.zones[0].items.length).toBe(3);
		expect(agenda.zones[0].questions[0]).toBe(`What explains ${agenda.zones[0].title}?`);
		const content = surveys.agendaBoardContent(agenda);
		expect(content.zones.map((z) => z.title)).toEqual(agenda.zones.map((z) => z.title));
		expect(content.questions.length).toBe(3 * (3 + 3));
		const md = surveys.agendaMarkdown(agenda, {
			scope: 'Scope',
			responses: 'Responses',
			score: 'Score',
			favourable: 'Favourable',
			statements: 'Statements',
			questions: 'Questions'
		});
		expect(md).toContain(`## 1. ${agenda.zones[0].title}`);
		expect(md).toContain('Responses: 5');
	});

	it('offers no agenda where the numbers are hidden', async () => {
		const small = await org.teamOf('Small', 3);
		const round = await surveys.openRound(org.admin, survey.id, {
			name: 'Small',
			teamIds: [small.id],
			opensOn: '2020-01-01',
			closesOn: '2099-01-01'
		});
		for (const m of small.members) await answer(m, round.id, uniform(3));
		const r = await surveys.getRoundResults(org.admin, round.id);
		expect(surveys.dialogueAgenda(r, 'en', { title: () => '', wholeRound: '', prompts: [] })).toBeNull();
	});
});
