// The survey builder: surveys, their dimensions and questions. A survey that has been used in a
// round keeps its structure (questions, kinds, options, scoring direction), so results and trends stay
// comparable; its texts and translations may still be corrected, and it can always be copied.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { DIMENSIONS, INSTRUMENT_KEY, INSTRUMENT_TITLE, OPEN_QUESTIONS } from '$lib/surveys/instrument';
import { hasOptions, type QuestionKind } from '$lib/surveys/kinds';
import { parseOptions, parseTexts, serializeTexts, type Texts } from '$lib/surveys/texts';

export interface DimensionView {
	id: string;
	key: string | null;
	position: number;
	name: Texts;
	description: Texts;
}

export interface QuestionView {
	id: string;
	key: string | null;
	dimensionId: string | null;
	position: number;
	kind: QuestionKind;
	text: Texts;
	options: Texts[];
	reverse: boolean;
	allowDontKnow: boolean;
}

export interface SurveyView {
	id: string;
	title: Texts;
	instrument: string | null;
	/** used in a round: structure is fixed */
	locked: boolean;
	dimensions: DimensionView[];
	questions: QuestionView[];
}

export interface QuestionInputValue {
	kind: QuestionKind;
	dimensionId: string | null;
	text: Texts;
	options: Texts[];
	reverse: boolean;
	allowDontKnow: boolean;
}

function editable(actor: Actor) {
	authorize(actor, 'survey.edit', { orgId: actor.orgId });
}

async function surveyRow(actor: Actor, surveyId: string) {
	const row = await db()
		.selectFrom('surveys')
		.selectAll()
		.where('id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('survey');
	return row;
}

async function isLocked(actor: Actor, surveyId: string) {
	const round = await db()
		.selectFrom('survey_rounds')
		.select('id')
		.where('survey_id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	return !!round;
}

async function assertUnlocked(actor: Actor, surveyId: string) {
	if (await isLocked(actor, surveyId)) throw new Invalid('error_surveys_locked');
}

async function touch(actor: Actor, surveyId: string) {
	await db().updateTable('surveys').set({ updated_at: nowIso() }).where('id', '=', surveyId).where('org_id', '=', actor.orgId).execute();
}

export function toQuestionView(q: {
	id: string;
	key: string | null;
	dimension_id: string | null;
	position: number;
	kind: QuestionKind;
	text: string;
	options: string;
	reverse: number;
	allow_dont_know: number;
}): QuestionView {
	return {
		id: q.id,
		key: q.key,
		dimensionId: q.dimension_id,
		position: q.position,
		kind: q.kind,
		text: parseTexts(q.text),
		options: parseOptions(q.options),
		reverse: q.reverse === 1,
		allowDontKnow: q.allow_dont_know === 1
	};
}

export async function listSurveys(actor: Actor) {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('surveys')
		.select(['surveys.id', 'surveys.title', 'surveys.instrument', 'surveys.updated_at'])
		.select((eb) => [
			eb.selectFrom('survey_questions').whereRef('survey_questions.survey_id', '=', 'surveys.id').select((e) => e.fn.countAll<number>().as('n')).as('question_count'),
			eb.selectFrom('survey_rounds').whereRef('survey_rounds.survey_id', '=', 'surveys.id').select((e) => e.fn.countAll<number>().as('n')).as('round_count')
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
	const survey = await surveyRow(actor, surveyId);
	const [dimensions, questions, locked] = await Promise.all([
		db().selectFrom('survey_dimensions').selectAll().where('survey_id', '=', surveyId).where('org_id', '=', actor.orgId).orderBy('position').execute(),
		db().selectFrom('survey_questions').selectAll().where('survey_id', '=', surveyId).where('org_id', '=', actor.orgId).orderBy('position').execute(),
		isLocked(actor, surveyId)
	]);
	return {
		id: survey.id,
		title: parseTexts(survey.title),
		instrument: survey.instrument,
		locked,
		dimensions: dimensions.map((d) => ({ id: d.id, key: d.key, position: d.position, name: parseTexts(d.name), description: parseTexts(d.description) })),
		questions: questions.map(toQuestionView)
	};
}

/** A new survey in the organisation from the built-in "Learning environment" instrument. */
export async function copyInstrument(actor: Actor): Promise<{ id: string }> {
	editable(actor);
	const id = newId();
	const now = nowIso();
	await db().transaction().execute(async (trx) => {
		await trx
			.insertInto('surveys')
			.values({ id, org_id: actor.orgId, title: serializeTexts(INSTRUMENT_TITLE), instrument: INSTRUMENT_KEY, created_by: actor.userId, created_at: now, updated_at: now })
			.execute();
		let position = 0;
		for (const [i, d] of DIMENSIONS.entries()) {
			const dimensionId = newId();
			await trx
				.insertInto('survey_dimensions')
				.values({ id: dimensionId, org_id: actor.orgId, survey_id: id, key: d.key, position: i, name: serializeTexts(d.name), description: serializeTexts(d.description) })
				.execute();
			for (const item of d.items) {
				await trx
					.insertInto('survey_questions')
					.values({
						id: newId(),
						org_id: actor.orgId,
						survey_id: id,
						dimension_id: dimensionId,
						key: item.key,
						position: position++,
						kind: 'likert',
						text: serializeTexts(item.text),
						options: '[]',
						reverse: item.reverse ? 1 : 0,
						allow_dont_know: 1
					})
					.execute();
			}
		}
		for (const q of OPEN_QUESTIONS) {
			await trx
				.insertInto('survey_questions')
				.values({ id: newId(), org_id: actor.orgId, survey_id: id, dimension_id: null, key: q.key, position: position++, kind: 'text', text: serializeTexts(q.text), options: '[]', reverse: 0, allow_dont_know: 0 })
				.execute();
		}
	});
	return { id };
}

export async function createSurvey(actor: Actor, input: { title: Texts }): Promise<{ id: string }> {
	editable(actor);
	const id = newId();
	const now = nowIso();
	await db()
		.insertInto('surveys')
		.values({ id, org_id: actor.orgId, title: serializeTexts(input.title), instrument: null, created_by: actor.userId, created_at: now, updated_at: now })
		.execute();
	return { id };
}

/** An editable copy of any survey (a used survey's structure is fixed; its copy is not). */
export async function copySurvey(actor: Actor, surveyId: string, copyLabel: (title: string) => string): Promise<{ id: string }> {
	editable(actor);
	const source = await getSurvey(actor, surveyId);
	const id = newId();
	const now = nowIso();
	const title: Texts = {};
	for (const [l, t] of Object.entries(source.title)) title[l as keyof Texts] = copyLabel(t);
	await db().transaction().execute(async (trx) => {
		await trx
			.insertInto('surveys')
			.values({ id, org_id: actor.orgId, title: serializeTexts(title), instrument: source.instrument, created_by: actor.userId, created_at: now, updated_at: now })
			.execute();
		const dimensionIds = new Map<string, string>();
		for (const d of source.dimensions) {
			const dimensionId = newId();
			dimensionIds.set(d.id, dimensionId);
			await trx
				.insertInto('survey_dimensions')
				.values({ id: dimensionId, org_id: actor.orgId, survey_id: id, key: d.key, position: d.position, name: serializeTexts(d.name), description: serializeTexts(d.description) })
				.execute();
		}
		for (const q of source.questions) {
			await trx
				.insertInto('survey_questions')
				.values({
					id: newId(),
					org_id: actor.orgId,
					survey_id: id,
					dimension_id: q.dimensionId ? (dimensionIds.get(q.dimensionId) ?? null) : null,
					key: q.key,
					position: q.position,
					kind: q.kind,
					text: serializeTexts(q.text),
					options: JSON.stringify(q.options),
					reverse: q.reverse ? 1 : 0,
					allow_dont_know: q.allowDontKnow ? 1 : 0
				})
				.execute();
		}
	});
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

async function dimensionRow(actor: Actor, dimensionId: string) {
	const row = await db().selectFrom('survey_dimensions').selectAll().where('id', '=', dimensionId).where('org_id', '=', actor.orgId).executeTakeFirst();
	if (!row) throw new NotFound('dimension');
	return row;
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
	await db().transaction().execute(async (trx) => {
		await trx.updateTable('survey_questions').set({ dimension_id: null }).where('dimension_id', '=', dimensionId).where('org_id', '=', actor.orgId).execute();
		await trx.deleteFrom('survey_dimensions').where('id', '=', dimensionId).where('org_id', '=', actor.orgId).execute();
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
		.values({ id, org_id: actor.orgId, survey_id: surveyId, key: null, position: last?.max == null ? 0 : Number(last.max) + 1, ...normalise(input) })
		.execute();
	await touch(actor, surveyId);
	return { id };
}

async function questionRow(actor: Actor, questionId: string) {
	const row = await db().selectFrom('survey_questions').selectAll().where('id', '=', questionId).where('org_id', '=', actor.orgId).executeTakeFirst();
	if (!row) throw new NotFound('question');
	return row;
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
	await db().updateTable('survey_questions').set(next).where('id', '=', questionId).where('org_id', '=', actor.orgId).execute();
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
	await db().transaction().execute(async (trx) => {
		await trx.updateTable('survey_questions').set({ position: neighbour.position }).where('id', '=', q.id).where('org_id', '=', actor.orgId).execute();
		await trx.updateTable('survey_questions').set({ position: q.position }).where('id', '=', neighbour.id).where('org_id', '=', actor.orgId).execute();
	});
	await touch(actor, q.survey_id);
}
