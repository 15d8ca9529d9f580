// The survey builder: the built-in instrument copied, a blank survey built with every kind of question and locked
// once used, choice and scale answers counted, and who may build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { Forbidden, NotFound } from '../../../src/lib/server/errors';
import { answer, makeOrg, makeTwoTeams, type Org, type TwoTeams } from './support';

let database: TestDatabase;
let org: Org;
let a: TwoTeams['a'];
let b: TwoTeams['b'];
let survey: TwoTeams['survey'];

beforeAll(async () => {
	database = await createTestDatabase();
	({ org, a, b, survey } = await makeTwoTeams());
});

afterAll(async () => {
	await database.close();
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
