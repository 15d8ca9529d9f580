// Learning-culture surveys: the module's public functions. Nothing outside imports deeper files.
import type { Actor } from '../actor';
import * as rounds from './rounds';
import { publishLiveSoon } from './live';

export {
	listSurveys,
	getSurvey,
	getQuestion,
	copyInstrument,
	createSurvey,
	copySurvey,
	updateSurveyTitle,
	deleteSurvey,
	addDimension,
	updateDimension,
	deleteDimension,
	addQuestion,
	updateQuestion,
	deleteQuestion,
	moveQuestion,
	type SurveyView,
	type QuestionView,
	type DimensionView,
	type QuestionInputValue
} from './surveys';
export { sealClosedRounds } from './rounds';
export { REMAINDER } from './publication';
export { openRound, listRounds, listRoundsToAnswer, roundAccess, hasAnswered, remindRound, type RoundView, type RoundAccess } from './rounds';
export { parseAnswers, submitResponse, roundQuestions, answerContext, fieldName, answerEcho, DONT_KNOW, type ParsedAnswers } from './responses';
export { getRoundResults, roundTotals, TOTAL, type RoundResults, type GroupResult, type GroupNumbers, type TrendPoint } from './results';
export { resultsCsv, type CsvLabels } from './csv';
export { dialogueAgenda, agendaMarkdown, agendaBoardContent, discussResults, type DialogueAgenda, type AgendaLabels } from './dialogue';
export { publishLive, liveSnapshot, liveIdle, useLiveSync, registerSurveyLiveDocs, livePermission } from './live';
export { minimumGroupSize, commentMinimum, suppressedGroups } from './anonymity';
export type { LikertStats, ScaleStats, ChoiceStats, ItemStats, DimensionStats } from './scoring';
export * from './schemas';

/** Closes a round early; the live view says so at once. */
export async function closeRound(actor: Actor, roundId: string) {
	await rounds.closeRound(actor, roundId);
	publishLiveSoon(actor, roundId);
}
export { purgeClosedRoundComments } from './retention';
