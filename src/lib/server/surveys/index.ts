// Learning-culture surveys: the module's public functions. Nothing outside imports deeper files.
import type { Actor } from '../actor';
import * as rounds from './rounds';
import { publishLiveSoon } from './live';

export {
	listSurveys,
	getSurvey,
	createSurvey,
	updateSurveyTitle,
	deleteSurvey,
	type SurveyView,
	type QuestionView,
	type DimensionView,
	type QuestionInputValue
} from './surveys';
export { copyInstrument, copySurvey } from './survey-copies';
export { editableSurvey } from './survey-rows';
export {
	getQuestion,
	addDimension,
	updateDimension,
	deleteDimension,
	addQuestion,
	updateQuestion,
	deleteQuestion,
	moveQuestion,
	saveQuestion
} from './survey-structure';
export { sealClosedRounds } from './rounds';
export { inviteOpenedRounds } from './round-emails';
export { REMAINDER } from './publication';
export { openRound, remindRound, closeConfirmation } from './rounds';
export {
	listRounds,
	listRoundsToAnswer,
	roundAccess,
	hasAnswered,
	type RoundView,
	type RoundAccess
} from './round-access';
export { submitResponse, roundQuestions, answerContext, fieldName, type ParsedAnswers } from './responses';
export { parseAnswers, answerEcho, answerRound, DONT_KNOW } from './answer-form';
export {
	surveysOverview,
	surveyPage,
	questionPage,
	previewPage,
	anonymityRules,
	answerPage,
	resultsPage,
	livePage
} from './pages';
export { resultsJson, resultsCsvFile, agendaFile, discussOnBoard } from './downloads';
export { resultsPdfFile } from './results-pdf';
export {
	getRoundResults,
	roundTotals,
	TOTAL,
	type RoundResults,
	type GroupResult,
	type GroupNumbers,
	type TrendPoint
} from './results';
export { resultsCsv, type CsvLabels } from './csv';
export {
	dialogueAgenda,
	agendaMarkdown,
	agendaBoardContent,
	discussResults,
	type DialogueAgenda,
	type AgendaLabels
} from './dialogue';
export { publishLive, liveSnapshot, liveIdle, registerSurveyLiveDocs, livePermission } from './live';
export { minimumGroupSize, commentMinimum, suppressedGroups } from './anonymity';
export type { LikertStats, ScaleStats, ChoiceStats, ItemStats, DimensionStats } from './scoring';
export * from './schemas';

/** Closes a round early; the live view says so at once. */
export async function closeRound(actor: Actor, roundId: string) {
	await rounds.closeRound(actor, roundId);
	publishLiveSoon(actor, roundId);
}
export { purgeClosedRoundComments } from './retention';
