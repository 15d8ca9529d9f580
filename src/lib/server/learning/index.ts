// Learning in daily work: buddy training, mentoring and peer-feedback programmes, pairing, schedules with
// calendar feeds, session logs, checklists, structured feedback, nudges and the live team view.
export * from './schemas';
export { createProgramme, updateProgramme, deleteProgramme, getProgramme, listProgrammes, listParticipants, joinProgramme, addParticipant, removeParticipant, rolesFor, type Programme } from './programmes';
export { getLearningProfile, saveLearningProfile, DEFAULT_PROFILE, type LearningProfile } from './profile';
export { getPair, listPairs, listMyPairs, createPair, suggestForProgramme, acceptSuggestion, generateRotation, endPair, addExclusion, listExclusions, removeExclusion, type Pair } from './pairs';
export { setPairSchedule, skipOccurrence, moveOccurrence, restoreOccurrence, listPairOccurrences, mySessions, type SessionView } from './schedule';
export { writeLog, confirmLog, listLogs } from './logs';
export { addChecklistItem, removeChecklistItem, listChecklist, pairChecklist, signOff, undoSignOff } from './checklists';
export { giveFeedback, getFeedback, listFeedback, replyToFeedback, markHelpful, shareFeedback, unshareFeedback } from './feedback';
export { downloadCalendar, createCalendarFeed, revokeCalendarFeed, calendarFeedStatus, calendarForFeedToken, buildCalendar } from './calendar';
export { getTeamView } from './team';
export { useLearningSync, publishTeam, teamSnapshot, TEAM_TIME_ZONE } from './live';
export { learningNudges, LEARNING_NUDGE_KINDS } from './nudges';
export { viewerOf } from './viewer';
