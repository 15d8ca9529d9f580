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
	requestPasswordReset,
	sendPasswordReset,
	createOperatorResetLink,
	findValidReset,
	resetPassword,
	updateProfile,
	setPreferredLocale,
	getProfile,
	createUser
} from './accounts';
export { createInvitation, listInvitations, revokeInvitation, findInvitation, acceptInvitation, acceptInvitationSignedIn } from './invitations';
export { setupFirstRun } from './setup';
export { switchOrganisation } from './switch';
