export {
	SESSION_COOKIE,
	createSession,
	deleteSession,
	validateSession,
	loadActor,
	sessionActor,
	setSessionOrg,
	markSessionsForRotation,
	rotateSession
} from './sessions';
export {
	needsSetup,
	signIn,
	changePassword,
	confirmPassword,
	createPasswordReset,
	findValidReset,
	resetPassword,
	updateProfile,
	setPreferredLocale,
	getProfile,
	createUser
} from './accounts';
export { createInvitation, listInvitations, revokeInvitation, findInvitation, acceptInvitation } from './invitations';
export { setupFirstRun } from './setup';
export { switchOrganisation } from './switch';
