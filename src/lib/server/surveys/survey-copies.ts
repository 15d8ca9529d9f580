// New surveys made from others: the built-in instrument, or a copy of any survey (a used survey's structure is
// fixed; its copy is not). Both are a structure written by writeSurvey in one transaction.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import type { Actor } from '../actor';
import type { QuestionKind } from '$lib/surveys/kinds';
import { DIMENSIONS, INSTRUMENT_KEY, INSTRUMENT_TITLE, OPEN_QUESTIONS } from '$lib/surveys/instrument';
import { serializeTexts, type Texts } from '$lib/surveys/texts';
import { editable } from './survey-rows';
import { getSurvey } from './surveys';

interface NewQuestion {
	/** the key of its dimension in `dimensions`, or null for a question of its own (open questions) */
	dimension: string | null;
	key: string | null;
	kind: QuestionKind;
	text: Texts;
	options: Texts[];
	reverse: boolean;
	allowDontKnow: boolean;
}

interface NewSurvey {
	title: Texts;
	instrument: string | null;
	/** each dimension under its own key in this structure (a source's id, or the instrument's key) */
	dimensions: { ref: string; key: string | null; name: Texts; description: Texts }[];
	/** in their order */
	questions: NewQuestion[];
}

/** Writes a survey with its dimensions and questions, in one transaction, under new ids. */
async function writeSurvey(actor: Actor, survey: NewSurvey): Promise<{ id: string }> {
	const id = newId();
	const now = nowIso();
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx
				.insertInto('surveys')
				.values({
					id,
					org_id: actor.orgId,
					title: serializeTexts(survey.title),
					instrument: survey.instrument,
					created_by: actor.userId,
					created_at: now,
					updated_at: now
				})
				.execute();
			const dimensionIds = new Map<string, string>();
			for (const [position, d] of survey.dimensions.entries()) {
				dimensionIds.set(d.ref, newId());
				await trx
					.insertInto('survey_dimensions')
					.values({
						id: dimensionIds.get(d.ref)!,
						org_id: actor.orgId,
						survey_id: id,
						key: d.key,
						position,
						name: serializeTexts(d.name),
						description: serializeTexts(d.description)
					})
					.execute();
			}
			for (const [position, q] of survey.questions.entries()) {
				await trx
					.insertInto('survey_questions')
					.values({
						id: newId(),
						org_id: actor.orgId,
						survey_id: id,
						dimension_id: q.dimension ? (dimensionIds.get(q.dimension) ?? null) : null,
						key: q.key,
						position,
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

/** A new survey in the organisation from the built-in "Learning environment" instrument. */
export async function copyInstrument(actor: Actor): Promise<{ id: string }> {
	editable(actor);
	return writeSurvey(actor, {
		title: INSTRUMENT_TITLE,
		instrument: INSTRUMENT_KEY,
		dimensions: DIMENSIONS.map((d) => ({ ref: d.key, key: d.key, name: d.name, description: d.description })),
		questions: [
			...DIMENSIONS.flatMap((d) =>
				d.items.map((item) => ({
					dimension: d.key,
					key: item.key,
					kind: 'likert' as const,
					text: item.text,
					options: [],
					reverse: !!item.reverse,
					allowDontKnow: true
				}))
			),
			...OPEN_QUESTIONS.map((q) => ({
				dimension: null,
				key: q.key,
				kind: 'text' as const,
				text: q.text,
				options: [],
				reverse: false,
				allowDontKnow: false
			}))
		]
	});
}

/** An editable copy of any survey (a used survey's structure is fixed; its copy is not). */
export async function copySurvey(
	actor: Actor,
	surveyId: string,
	copyLabel: (title: string) => string
): Promise<{ id: string }> {
	editable(actor);
	const source = await getSurvey(actor, surveyId);
	const title: Texts = {};
	for (const [l, t] of Object.entries(source.title)) title[l as keyof Texts] = copyLabel(t);
	const byPosition = <T extends { position: number }>(list: T[]) => [...list].sort((a, b) => a.position - b.position);
	return writeSurvey(actor, {
		title,
		instrument: source.instrument,
		dimensions: byPosition(source.dimensions).map((d) => ({ ref: d.id, ...d })),
		questions: byPosition(source.questions).map((q) => ({ ...q, dimension: q.dimensionId }))
	});
}
