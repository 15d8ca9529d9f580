// Dialogue boards: the module's public functions. Board content lives in Y.Docs (see $lib/boards/doc);
// this module keeps what SQL must know (records, templates, sessions, guests, action items) and does
// what only the server may do (reveal, tally, lock, end).
export {
	getBoard,
	getFacilitatedBoard,
	listBoards,
	boardCreationTargets,
	createBoard,
	renameBoard,
	setBoardStatus,
	duplicateBoard,
	deleteBoard,
	touchBoard,
	mirrorBoard,
	initialBoardState,
	recordParticipant,
	writeTemplate
} from './records';
export { initialControlState } from './control';
export { listTemplates, builtInContent, BUILT_IN_IDS } from './templates';
export { saveAsTemplate } from './saved-templates';
export { printableTemplate } from './printable';
export { boardsOverview, boardPage, presentPage, guestBoardPage, reportGuestProgress } from './views';
export { joinByCode } from './joining';
export {
	GUEST_COOKIE,
	currentSession,
	openSession,
	closeSession,
	removeGuest,
	joinSession,
	guestFromToken,
	newJoinCode,
	type Guest
} from './sessions';
export {
	setPhase,
	reveal,
	closeVoting,
	setTimer,
	addTimerMinute,
	pauseTimer,
	setAnonymous,
	setVoteBudget,
	stepQuestion,
	setLocked,
	endWorkshop,
	revealHiddenNotes,
	tallyHiddenVotes,
	setFollowFocus,
	reportProgress,
	reportMemberProgress
} from './facilitation';
export { makeActions, listBoardActions, sourceOrigin } from './actions';
export { boardSnapshot, boardSummary, exportFile } from './export';
export { anonymiseAuthor, deletePrivateDocs, boardIdsOf, purgeArchivedBoards } from './privacy';
export { registerBoardDocs, guestPrincipal, boardPermission, boardPresenceRole } from './access';
export { noteOwnerKey } from './ownership';
export { boardSyncAvailable } from './live';
export * from './schemas';
export { drawZoneQuestion } from './zone-decks';
