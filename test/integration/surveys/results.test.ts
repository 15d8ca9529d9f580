import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { Forbidden, NotFound } from '../../../src/lib/server/errors';
import { db } from '../../../src/lib/server/db/current';
import { answer, instrumentSurvey, makeOrg, scoring, uniform, type Org } from './support';

let database: TestDatabase;
let org: Org;
let a: Awaited<ReturnType<Org['teamOf']>>;
let b: Awaited<ReturnType<Org['teamOf']>>;
let survey: Awaited<ReturnType<typeof instrumentSurvey>>;
let spring: string;
let autumn: string;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await makeOrg();
	// Whole steps of the minimum group (5), so every answer given is published.
	a = await org.teamOf('Borgerservice', 5);
	b = await org.teamOf('Hjemmeplejen', 10);
	survey = await instrumentSurvey(org.admin);
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

describe('surveys: the builder', () => {
	it('copies the built-in instrument with its dimensions, reverse-scored items and open questions', async () => {
		expect(survey.dimensions).toHaveLength(9);
		expect(survey.questions.filter((q) => q.kind === 'likert')).toHaveLength(27);
		expect(survey.questions.filter((q) => q.kind === 'text')).toHaveLength(2);
		expect(survey.questions.filter((q) => q.reverse).length).toBe(7);
		expect(survey.dimensions.every((d) => d.name.da && d.name.en && d.name.nl && d.name.sv)).toBe(true);
	});

	it('builds a blank survey with every kind of question, reorders it, and keeps its structure once used', async () => {
		const { id } = await surveys.createSurvey(org.admin, { title: { en: 'Onboarding' } });
		const dim = await surveys.addDimension(org.admin, id, { name: { en: 'Welcome', da: 'Velkomst' }, description: {} });
		const likert = await surveys.addQuestion(org.admin, id, {
			kind: 'likert',
			dimensionId: dim.id,
			text: { en: 'I felt welcome.' },
			options: [],
			reverse: false,
			allowDontKnow: true
		});
		const scale = await surveys.addQuestion(org.admin, id, {
			kind: 'scale10',
			dimensionId: null,
			text: { en: 'How likely…' },
			options: [],
			reverse: true,
			allowDontKnow: false
		});
		const single = await surveys.addQuestion(org.admin, id, {
			kind: 'single',
			dimensionId: null,
			text: { en: 'Who?' },
			options: [{ en: 'Buddy' }, { en: 'Manager', da: 'Leder' }],
			reverse: false,
			allowDontKnow: false
		});
		await surveys.addQuestion(org.admin, id, {
			kind: 'multiple',
			dimensionId: null,
			text: { en: 'What?' },
			options: [{ en: 'A' }, { en: 'B' }],
			reverse: false,
			allowDontKnow: false
		});
		await surveys.addQuestion(org.admin, id, {
			kind: 'text',
			dimensionId: null,
			text: { en: 'Anything else?' },
			options: [{ en: 'ignored' }],
			reverse: false,
			allowDontKnow: true
		});
		await surveys.moveQuestion(org.admin, single.id, 'up');
		let s = await surveys.getSurvey(org.admin, id);
		expect(s.questions.map((q) => q.kind)).toEqual(['likert', 'single', 'scale10', 'multiple', 'text']);
		// Options only where they belong, direction only for Likert.
		expect(s.questions.find((q) => q.id === scale.id)!.reverse).toBe(false);
		expect(s.questions.find((q) => q.kind === 'text')!.options).toEqual([]);
		expect(s.locked).toBe(false);

		await surveys.openRound(org.admin, id, {
			name: 'Try',
			teamIds: [a.id],
			opensOn: '2020-01-01',
			closesOn: '2099-01-01'
		});
		s = await surveys.getSurvey(org.admin, id);
		expect(s.locked).toBe(true);
		await expect(
			surveys.addQuestion(org.admin, id, {
				kind: 'text',
				dimensionId: null,
				text: { en: 'More' },
				options: [],
				reverse: false,
				allowDontKnow: false
			})
		).rejects.toMatchObject({ key: 'error_surveys_locked' });
		await expect(surveys.deleteQuestion(org.admin, likert.id)).rejects.toMatchObject({ key: 'error_surveys_locked' });
		await expect(
			surveys.updateQuestion(org.admin, likert.id, {
				kind: 'likert',
				dimensionId: dim.id,
				text: { en: 'I felt welcome.' },
				options: [],
				reverse: true,
				allowDontKnow: true
			})
		).rejects.toMatchObject({ key: 'error_surveys_locked' });
		// Wording and translations may still be corrected.
		await surveys.updateQuestion(org.admin, likert.id, {
			kind: 'likert',
			dimensionId: dim.id,
			text: { en: 'I felt welcome here.', da: 'Jeg følte mig velkommen.' },
			options: [],
			reverse: false,
			allowDontKnow: true
		});
		expect((await surveys.getQuestion(org.admin, likert.id)).question.text.da).toBe('Jeg følte mig velkommen.');
		// A copy is free to change again.
		const copy = await surveys.copySurvey(org.admin, id, (t) => `Copy of ${t}`);
		const copied = await surveys.getSurvey(org.admin, copy.id);
		expect(copied.locked).toBe(false);
		expect(copied.title.en).toBe('Copy of Onboarding');
		expect(copied.questions).toHaveLength(5);
		expect(copied.questions[0].dimensionId).toBe(copied.dimensions[0].id);
	});

	it('counts single and multiple choice answers and 0–10 scales', async () => {
		const { id } = await surveys.createSurvey(org.admin, { title: { en: 'Kinds' } });
		const single = await surveys.addQuestion(org.admin, id, {
			kind: 'single',
			dimensionId: null,
			text: { en: 'Who?' },
			options: [{ en: 'Buddy' }, { en: 'Manager' }],
			reverse: false,
			allowDontKnow: false
		});
		const multiple = await surveys.addQuestion(org.admin, id, {
			kind: 'multiple',
			dimensionId: null,
			text: { en: 'What?' },
			options: [{ en: 'A' }, { en: 'B' }, { en: 'C' }],
			reverse: false,
			allowDontKnow: false
		});
		const scale = await surveys.addQuestion(org.admin, id, {
			kind: 'scale10',
			dimensionId: null,
			text: { en: 'How?' },
			options: [],
			reverse: false,
			allowDontKnow: false
		});
		const round = await surveys.openRound(org.admin, id, {
			name: 'Kinds',
			teamIds: [b.id],
			opensOn: '2020-01-01',
			closesOn: '2099-01-01'
		});
		for (const [i, m] of b.members.entries()) {
			await answer(m, round.id, (q) =>
				q.id === single.id
					? String(i % 2)
					: q.id === multiple.id
						? i < 3
							? ['0', '2']
							: ['1']
						: q.id === scale.id
							? String(i)
							: null
			);
		}
		const r = await surveys.getRoundResults(org.admin, round.id);
		const items = r.total.numbers!.items;
		expect(items[single.id]).toMatchObject({ kind: 'single', counts: [5, 5], respondents: 10 });
		expect(items[multiple.id]).toMatchObject({ kind: 'multiple', counts: [3, 7, 3] });
		expect((items[scale.id] as surveys.ScaleStats).mean).toBe(4.5);
	});

	it('lets members look but not build, and keeps other organisations’ surveys out of reach', async () => {
		const member = a.members[3];
		await expect(surveys.createSurvey(member, { title: { en: 'Mine' } })).rejects.toBeInstanceOf(Forbidden);
		await expect(surveys.copyInstrument(member)).rejects.toBeInstanceOf(Forbidden);
		await expect(surveys.moveQuestion(member, survey.questions[1].id, 'up')).rejects.toBeInstanceOf(Forbidden);
		const other = await makeOrg('Elsewhere');
		await expect(surveys.getSurvey(other.admin, survey.id)).rejects.toBeInstanceOf(NotFound);
		await expect(
			surveys.updateQuestion(other.admin, survey.questions[0].id, {
				kind: 'likert',
				dimensionId: null,
				text: { en: 'x' },
				options: [],
				reverse: false,
				allowDontKnow: false
			})
		).rejects.toBeInstanceOf(NotFound);
		expect(await surveys.listSurveys(other.admin)).toEqual([]);
	});
});
