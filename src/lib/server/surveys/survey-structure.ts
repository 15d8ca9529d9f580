// A survey's structure: its dimensions and questions, added, reworded, moved and deleted. Once the survey is
// used in a round only wording and order may change (survey-rows.ts: isLocked), so results stay comparable.
import { db } from '../db/current';
import { newId } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import type { Actor } from '../actor';
import { hasOptions } from '$lib/surveys/kinds';
import { parseOptions, serializeTexts, type Texts } from '$lib/surveys/texts';
import {
	assertUnlocked,
	dimensionRow,
	editable,
	isLocked,
	questionRow,
	surveyRow,
	toQuestionView,
	touch,
	type QuestionInputValue
} from './survey-rows';
import { optionsFrom, textsFrom, type QuestionFields } from './schemas';
import { getSurvey } from './surveys';

export async function addDimension(actor: Actor, surveyId: string, input: { name: Texts; description: Texts }) {
	editable(actor);
	await surveyRow(actor, surveyId);
	await assertUnlocked(actor, surveyId);
	const last = await db()
		.selectFrom('survey_dimensions')
		.select((eb) => eb.fn.max('position').as('max'))
		.where('survey_id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	const id = newId();
	await db()
		.insertInto('survey_dimensions')
		.values({
			id,
			org_id: actor.orgId,
			survey_id: surveyId,
			key: null,
			position: last?.max == null ? 0 : Number(last.max) + 1,
			name: serializeTexts(input.name),
			description: serializeTexts(input.description)
		})
		.execute();
	await touch(actor, surveyId);
	return { id };
}

/** Renaming and translating a dimension is allowed even after use. */
export async function updateDimension(actor: Actor, dimensionId: string, input: { name: Texts; description: Texts }) {
	editable(actor);
	const d = await dimensionRow(actor, dimensionId);
	await db()
		.updateTable('survey_dimensions')
		.set({ name: serializeTexts(input.name), description: serializeTexts(input.description) })
		.where('id', '=', dimensionId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await touch(actor, d.survey_id);
}

export async function deleteDimension(actor: Actor, dimensionId: string) {
	editable(actor);
	const d = await dimensionRow(actor, dimensionId);
	await assertUnlocked(actor, d.survey_id);
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx
				.updateTable('survey_questions')
				.set({ dimension_id: null })
				.where('dimension_id', '=', dimensionId)
				.where('org_id', '=', actor.orgId)
				.execute();
			await trx
				.deleteFrom('survey_dimensions')
				.where('id', '=', dimensionId)
				.where('org_id', '=', actor.orgId)
				.execute();
		});
	await touch(actor, d.survey_id);
}

async function assertDimensionOf(actor: Actor, surveyId: string, dimensionId: string | null) {
	if (!dimensionId) return;
	const d = await dimensionRow(actor, dimensionId).catch(() => null);
	if (!d || d.survey_id !== surveyId) throw new Invalid('error_choice', 'dimensionId');
}

function normalise(input: QuestionInputValue) {
	// Only Likert items are scored in a direction; only choice questions have options.
	return {
		kind: input.kind,
		dimension_id: input.dimensionId || null,
		text: serializeTexts(input.text),
		options: JSON.stringify(hasOptions(input.kind) ? input.options : []),
		reverse: input.kind === 'likert' && input.reverse ? 1 : 0,
		allow_dont_know: (input.kind === 'likert' || input.kind === 'scale10') && input.allowDontKnow ? 1 : 0
	};
}

export async function addQuestion(actor: Actor, surveyId: string, input: QuestionInputValue) {
	editable(actor);
	await surveyRow(actor, surveyId);
	await assertUnlocked(actor, surveyId);
	await assertDimensionOf(actor, surveyId, input.dimensionId);
	const last = await db()
		.selectFrom('survey_questions')
		.select((eb) => eb.fn.max('position').as('max'))
		.where('survey_id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	const id = newId();
	await db()
		.insertInto('survey_questions')
		.values({
			id,
			org_id: actor.orgId,
			survey_id: surveyId,
			key: null,
			position: last?.max == null ? 0 : Number(last.max) + 1,
			...normalise(input)
		})
		.execute();
	await touch(actor, surveyId);
	return { id };
}

export async function getQuestion(actor: Actor, questionId: string) {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	const row = await questionRow(actor, questionId);
	return { surveyId: row.survey_id, question: toQuestionView(row) };
}

export async function updateQuestion(actor: Actor, questionId: string, input: QuestionInputValue) {
	editable(actor);
	const q = await questionRow(actor, questionId);
	await assertDimensionOf(actor, q.survey_id, input.dimensionId);
	const next = normalise(input);
	if (await isLocked(actor, q.survey_id)) {
		// After use, only the wording may change: the same question in better words or more languages.
		const sameShape =
			next.kind === q.kind &&
			next.dimension_id === q.dimension_id &&
			next.reverse === q.reverse &&
			next.allow_dont_know === q.allow_dont_know &&
			JSON.parse(next.options).length === parseOptions(q.options).length;
		if (!sameShape) throw new Invalid('error_surveys_locked');
	}
	await db()
		.updateTable('survey_questions')
		.set(next)
		.where('id', '=', questionId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await touch(actor, q.survey_id);
}

export async function deleteQuestion(actor: Actor, questionId: string) {
	editable(actor);
	const q = await questionRow(actor, questionId);
	await assertUnlocked(actor, q.survey_id);
	await db().deleteFrom('survey_questions').where('id', '=', questionId).where('org_id', '=', actor.orgId).execute();
	await touch(actor, q.survey_id);
}

/** Swaps a question with its neighbour (the order people see; allowed after use too). */
export async function moveQuestion(actor: Actor, questionId: string, direction: 'up' | 'down') {
	editable(actor);
	const q = await questionRow(actor, questionId);
	const neighbour = await db()
		.selectFrom('survey_questions')
		.select(['id', 'position'])
		.where('survey_id', '=', q.survey_id)
		.where('org_id', '=', actor.orgId)
		.where('position', direction === 'up' ? '<' : '>', q.position)
		.orderBy('position', direction === 'up' ? 'desc' : 'asc')
		.limit(1)
		.executeTakeFirst();
	if (!neighbour) return;
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx
				.updateTable('survey_questions')
				.set({ position: neighbour.position })
				.where('id', '=', q.id)
				.where('org_id', '=', actor.orgId)
				.execute();
			await trx
				.updateTable('survey_questions')
				.set({ position: q.position })
				.where('id', '=', neighbour.id)
				.where('org_id', '=', actor.orgId)
				.execute();
		});
	await touch(actor, q.survey_id);
}

/**
 * The question editor's save: a new question (`new`) or changes to one. Another organisation's survey or
 * question is not found before anything else is checked.
 */
export async function saveQuestion(actor: Actor, surveyId: string, questionId: string, fields: QuestionFields) {
	await getSurvey(actor, surveyId);
	if (questionId !== 'new') await getQuestion(actor, questionId);
	const value: QuestionInputValue = {
		kind: fields.kind,
		dimensionId: fields.dimensionId || null,
		text: textsFrom(fields, 'text'),
		options: optionsFrom(fields),
		reverse: fields.reverse === 'on',
		allowDontKnow: fields.allowDontKnow === 'on'
	};
	if (questionId === 'new') await addQuestion(actor, surveyId, value);
	else await updateQuestion(actor, questionId, value);
}
