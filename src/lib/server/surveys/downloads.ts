// The results as files and as a board, in the request's language: the CSV and JSON of what the results page
// shows this person (the same rules, the same hidden groups), the dialogue agenda as Markdown, and the
// workshop board made from it. The labels come from the message catalogue here, so routes only pass the scope.
import { m } from '$lib/paraglide/messages.js';
import { fileNameOf } from '../file-names';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { Actor } from '../actor';
import { DomainError } from '../errors';
import { resultsCsv } from './csv';
import { agendaMarkdown, dialogueAgenda, discussResults, type AgendaLabels } from './dialogue';
import { getRoundResults, TOTAL } from './results';

function agendaLabels(): AgendaLabels {
	return {
		title: m.surveys_agenda_title,
		wholeRound: m.surveys_whole_round(),
		prompts: [m.surveys_prompt_see, m.surveys_prompt_works, m.surveys_prompt_try]
	};
}

/** The results as JSON for other tools: exactly what the page shows (hidden groups carry no numbers). */
export function resultsJson(actor: Actor, roundId: string, scope: string | null) {
	return getRoundResults(actor, roundId, scope ?? TOTAL);
}

/** The CSV file of the results and a file name made from the round's name. */
export async function resultsCsvFile(actor: Actor, roundId: string, scope: string | null) {
	const results = await getRoundResults(actor, roundId, scope ?? TOTAL);
	const csv = resultsCsv(results, getLocale(), {
		headers: [
			m.surveys_csv_group(),
			m.surveys_csv_responses(),
			m.surveys_csv_response_rate(),
			m.surveys_csv_level(),
			m.surveys_dimension(),
			m.surveys_csv_question(),
			m.surveys_csv_answers(),
			m.surveys_csv_score(),
			m.surveys_csv_favourable(),
			m.surveys_csv_neutral(),
			m.surveys_csv_unfavourable(),
			m.surveys_dont_know(),
			...Array.from({ length: 11 }, (_, i) => m.surveys_csv_count({ value: String(i + 1) }))
		],
		wholeRound: m.surveys_whole_round(),
		hidden: m.surveys_hidden_group({ min: results.minimum }),
		dimension: m.surveys_csv_level_dimension(),
		question: m.surveys_csv_level_question(),
		dontKnow: m.surveys_dont_know()
	});
	return { csv, name: fileNameOf(results.round.name, 'results') };
}

/**
 * "Discuss these results": the dialogue agenda (lowest dimensions with their statements and questions) as
 * Markdown. Where the numbers are hidden there is nothing to discuss (409).
 */
export async function agendaFile(actor: Actor, roundId: string, scope: string | null): Promise<string> {
	const results = await getRoundResults(actor, roundId, scope ?? TOTAL);
	const agenda = dialogueAgenda(results, getLocale(), agendaLabels());
	if (!agenda) throw new DomainError(409, 'error_surveys_nothing_to_discuss');
	return agendaMarkdown(agenda, {
		scope: m.surveys_scope(),
		responses: m.surveys_csv_responses(),
		score: m.surveys_csv_score(),
		favourable: m.surveys_csv_favourable(),
		statements: m.surveys_agenda_statements(),
		questions: m.surveys_agenda_questions()
	});
}

/** The agenda as a workshop board of the scope's team (or the organisation's); returns the board. */
export function discussOnBoard(actor: Actor, roundId: string, scope: string | undefined) {
	return discussResults(actor, roundId, scope ?? TOTAL, getLocale(), agendaLabels());
}
