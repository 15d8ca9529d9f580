// The survey builder's rows: a survey, dimension or question of the actor's organisation read by id (another
// organisation's is not found), the views they become, and the rule that a survey used in a round is locked.
// Shared by the builder (surveys.ts, survey-structure.ts, survey-copies.ts), answering and results.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { QuestionKind } from '$lib/surveys/kinds';
import { parseOptions, parseTexts, type Texts } from '$lib/surveys/texts';

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

export function editable(actor: Actor) {
	authorize(actor, 'survey.edit', { orgId: actor.orgId });
}

/** A survey of the organisation `within` names (an actor, or its organisation for work nobody in particular does). */
export async function surveyRow(within: { orgId: string }, surveyId: string) {
	const row = await db()
		.selectFrom('surveys')
		.selectAll()
		.where('id', '=', surveyId)
		.where('org_id', '=', within.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('survey');
	return row;
}

/** Who may change a survey's structure or open its rounds, asked by the survey page before a form is read. */
export async function editableSurvey(actor: Actor, surveyId: string) {
	await surveyRow(actor, surveyId);
	editable(actor);
}

export async function isLocked(within: { orgId: string }, surveyId: string) {
	const round = await db()
		.selectFrom('survey_rounds')
		.select('id')
		.where('survey_id', '=', surveyId)
		.where('org_id', '=', within.orgId)
		.executeTakeFirst();
	return !!round;
}

export async function assertUnlocked(actor: Actor, surveyId: string) {
	if (await isLocked(actor, surveyId)) throw new Invalid('error_surveys_locked');
}

export async function touch(actor: Actor, surveyId: string) {
	await db()
		.updateTable('surveys')
		.set({ updated_at: nowIso() })
		.where('id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.execute();
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

export async function dimensionRow(actor: Actor, dimensionId: string) {
	const row = await db()
		.selectFrom('survey_dimensions')
		.selectAll()
		.where('id', '=', dimensionId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('dimension');
	return row;
}

export async function questionRow(actor: Actor, questionId: string) {
	const row = await db()
		.selectFrom('survey_questions')
		.selectAll()
		.where('id', '=', questionId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('question');
	return row;
}
