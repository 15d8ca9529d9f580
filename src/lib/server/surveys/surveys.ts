// The survey builder: surveys, their dimensions and questions. A survey that has been used in a
// round keeps its structure (questions, kinds, options, scoring direction), so results and trends stay
// comparable; its texts and translations may still be corrected, and it can always be copied.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { parseTexts, serializeTexts, type Texts } from '$lib/surveys/texts';
import { assertUnlocked, editable, isLocked, surveyRow, toQuestionView, type SurveyView } from './survey-rows';

export type { SurveyView, QuestionView, DimensionView, QuestionInputValue } from './survey-rows';

export async function listSurveys(actor: Actor) {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('surveys')
		.select(['surveys.id', 'surveys.title', 'surveys.instrument', 'surveys.updated_at'])
		.select((eb) => [
			eb
				.selectFrom('survey_questions')
				.whereRef('survey_questions.survey_id', '=', 'surveys.id')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('question_count'),
			eb
				.selectFrom('survey_rounds')
				.whereRef('survey_rounds.survey_id', '=', 'surveys.id')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('round_count')
		])
		.where('surveys.org_id', '=', actor.orgId)
		.orderBy('surveys.updated_at', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		title: parseTexts(r.title),
		instrument: r.instrument,
		updatedAt: r.updated_at,
		questionCount: Number(r.question_count ?? 0),
		roundCount: Number(r.round_count ?? 0)
	}));
}

export async function getSurvey(actor: Actor, surveyId: string): Promise<SurveyView> {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	return surveyView(actor.orgId, surveyId);
}

/**
 * A survey of `orgId` with its dimensions and questions, for work nobody in particular does (a closed round's
 * webhook). Internal to the module: every caller that acts for a person goes through `getSurvey`.
 */
export async function surveyView(orgId: string, surveyId: string): Promise<SurveyView> {
	const within = { orgId };
	const survey = await surveyRow(within, surveyId);
	const [dimensions, questions, locked] = await Promise.all([
		db()
			.selectFrom('survey_dimensions')
			.selectAll()
			.where('survey_id', '=', surveyId)
			.where('org_id', '=', orgId)
			.orderBy('position')
			.execute(),
		db()
			.selectFrom('survey_questions')
			.selectAll()
			.where('survey_id', '=', surveyId)
			.where('org_id', '=', orgId)
			.orderBy('position')
			.execute(),
		isLocked(within, surveyId)
	]);
	return {
		id: survey.id,
		title: parseTexts(survey.title),
		instrument: survey.instrument,
		locked,
		dimensions: dimensions.map((d) => ({
			id: d.id,
			key: d.key,
			position: d.position,
			name: parseTexts(d.name),
			description: parseTexts(d.description)
		})),
		questions: questions.map(toQuestionView)
	};
}

export async function createSurvey(actor: Actor, input: { title: Texts }): Promise<{ id: string }> {
	editable(actor);
	const id = newId();
	const now = nowIso();
	await db()
		.insertInto('surveys')
		.values({
			id,
			org_id: actor.orgId,
			title: serializeTexts(input.title),
			instrument: null,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		})
		.execute();
	return { id };
}

export async function updateSurveyTitle(actor: Actor, surveyId: string, input: { title: Texts }) {
	editable(actor);
	await surveyRow(actor, surveyId);
	await db()
		.updateTable('surveys')
		.set({ title: serializeTexts(input.title), updated_at: nowIso() })
		.where('id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function deleteSurvey(actor: Actor, surveyId: string) {
	editable(actor);
	await surveyRow(actor, surveyId);
	await assertUnlocked(actor, surveyId);
	await db().deleteFrom('surveys').where('id', '=', surveyId).where('org_id', '=', actor.orgId).execute();
}
