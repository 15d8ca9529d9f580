// Learning in daily work: buddy training, mentoring and peer-feedback programmes, pairing, schedules with
// calendar feeds, session logs, checklists, structured feedback, nudges and the live team view.
export * from './schemas';
export {
	createProgramme,
	startProgramme,
	updateProgramme,
	deleteProgramme,
	getProgramme,
	listProgrammes,
	listParticipants,
	joinProgramme,
	addParticipant,
	removeParticipant
} from './programmes';
export { rolesFor, type Programme, type Pair } from './records';
export { pairParticipant, pairBuddy, programmeManager } from './access';
export { getLearningProfile, saveLearningProfile, DEFAULT_PROFILE, type LearningProfile } from './profile';
export { getPair, listPairs, listMyPairs, createPair, endPair } from './pairs';
export { suggestForProgramme, acceptSuggestion } from './suggestions';
export { generateRotation } from './circles';
export { addExclusion, listExclusions, removeExclusion } from './exclusions';
export {
	setPairSchedule,
	skipOccurrence,
	moveOccurrence,
	restoreOccurrence,
	listPairOccurrences,
	mySessions
} from './schedule';
export type { SessionView } from './sessions';
export { writeLog, confirmLog, listLogs } from './logs';
export {
	addChecklistItem,
	removeChecklistItem,
	listChecklist,
	pairChecklist,
	signOff,
	undoSignOff,
	checklistCompleters
} from './checklists';
export {
	giveFeedback,
	getFeedback,
	listFeedback,
	replyToFeedback,
	markHelpful,
	shareFeedback,
	unshareFeedback
} from './feedback';
export {
	downloadCalendar,
	createCalendarFeed,
	revokeCalendarFeed,
	calendarFeedStatus,
	calendarForFeedToken,
	buildCalendar
} from './calendar';
export { getTeamView, teamPage } from './team';
export { learningHome } from './home';
export { programmePage, endPairQuestion, endProgrammePair } from './programme-page';
export { pairPage, confirmPairLog } from './pair-page';
export { feedbackOverview, feedbackPage } from './feedback-pages';
export { profilePage, nudgesPage, saveNudgePrefs } from './personal';
export { publishTeam, teamSnapshot, TEAM_TIME_ZONE } from './live';
export { learningNudges, LEARNING_NUDGE_KINDS } from './nudges';
export { viewerOf } from './viewer';
