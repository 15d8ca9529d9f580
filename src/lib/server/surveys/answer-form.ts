// The answer form of a round: its fields are the round's questions (`q_<id>`, repeated for a multiple choice),
// so it is read against them rather than through a fixed schema. What was typed goes back to the form on any
// refusal (a missing answer, a closed round, an answer already given).
import type { Actor } from '../actor';
import { Invalid } from '../errors';
import { translate } from '../i18n';
import { MAX_COMMENT_LENGTH, scaleValues } from '$lib/surveys/kinds';
import {
	answerAccess,
	fieldName,
	roundQuestions,
	submitResponse,
	type AnswerValue,
	type ParsedAnswers
} from './responses';
import type { QuestionView } from './survey-rows';

export type AnswersParse =
	| { ok: true; value: ParsedAnswers }
	| { ok: false; failure: { values: Record<string, string>; errors: Record<string, string> } };

export const DONT_KNOW = 'dk';

/** What a person typed and chose, to put back into the form when something went wrong. */
export function answerEcho(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const key of new Set(form.keys())) {
		values[key] = form
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.join('\n');
	}
	return values;
}

/** Reads and checks a submitted answer form against the round's questions (every closed question needs an answer). */
export function parseAnswers(questions: QuestionView[], form: FormData): AnswersParse {
	const errors: Record<string, string> = {};
	const answers = new Map<string, AnswerValue>();
	for (const q of questions) {
		const name = fieldName(q.id);
		const raw = form.getAll(name).filter((v): v is string => typeof v === 'string');
		if (q.kind === 'text') {
			const text = (raw[0] ?? '').trim();
			if (text.length > MAX_COMMENT_LENGTH) errors[name] = translate('error_too_long', { max: MAX_COMMENT_LENGTH });
			else if (text) answers.set(q.id, { kind: 'text', text });
			continue;
		}
		if (raw.length === 0 || raw.every((v) => v === '')) {
			errors[name] = translate(q.allowDontKnow ? 'error_surveys_answer_or_dont_know' : 'error_surveys_answer_required');
			continue;
		}
		if (q.kind === 'multiple') {
			const values = [...new Set(raw.map(Number))];
			if (values.some((v) => !Number.isInteger(v) || v < 0 || v >= q.options.length))
				errors[name] = translate('error_choice');
			else answers.set(q.id, { kind: 'choices', values });
			continue;
		}
		const v = raw[0];
		if (v === DONT_KNOW && q.allowDontKnow) {
			answers.set(q.id, { kind: 'value', value: null });
			continue;
		}
		const n = Number(v);
		const allowed = q.kind === 'single' ? q.options.map((_, i) => i) : scaleValues(q.kind);
		if (!/^\d+$/.test(v) || !allowed.includes(n)) errors[name] = translate('error_choice');
		else answers.set(q.id, { kind: 'value', value: n });
	}
	const team = form.get('teamId');
	const teamId = typeof team === 'string' && team ? team : null;
	if (Object.keys(errors).length) return { ok: false, failure: { values: answerEcho(form), errors } };
	return { ok: true, value: { teamId, answers } };
}

/**
 * Reads the answer form and stores the answers. Returns `submitted`, or the failure to show with the form:
 * every field's message plus one for the form as a whole, and what was typed.
 */
export async function answerRound(actor: Actor, roundId: string, form: FormData) {
	await answerAccess(actor, roundId); // refused before the form is read: a refusal says nothing about the form
	const questions = await roundQuestions(actor, roundId);
	const parsed = parseAnswers(questions, form);
	if (!parsed.ok) {
		const errors = { ...parsed.failure.errors, _form: translate('error_surveys_form_incomplete') };
		return { submitted: false as const, failure: { ...parsed.failure, errors } };
	}
	try {
		await submitResponse(actor, roundId, parsed.value);
	} catch (e) {
		if (!(e instanceof Invalid)) throw e;
		const field = e.field && e.field !== '_form' ? e.field : '_form';
		const errors = {
			[field]: translate(e.key),
			...(field !== '_form' ? { _form: translate('error_surveys_form_incomplete') } : {})
		};
		return { submitted: false as const, failure: { values: answerEcho(form), errors } };
	}
	return { submitted: true as const };
}
