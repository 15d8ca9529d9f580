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
	updateProfile,
	setPreferredLocale,
	chooseLocale,
	getProfile,
	emailContacts,
	profileForm,
	createUser,
	setAccountIdentity
} from './accounts';
export {
	signIn,
	signInWithPassword,
	changePassword,
	confirmPassword,
	type SignInResult,
	type TwofactorChallenge
} from './signin';
export {
	requestPasswordReset,
	sendPasswordReset,
	createOperatorResetLink,
	findValidReset,
	resetPassword
} from './resets';
export {
	createInvitation,
	listInvitations,
	revokeInvitation,
	findInvitation,
	acceptInvitation,
	acceptInvitationSignedIn,
	invitationPage,
	answerInvitation
} from './invitations';
export { membersOverview } from './members';
export {
	SetupInput,
	SignInInput,
	InviteInput,
	InvitationAnswerInput,
	ResetRequestInput,
	ResetInput,
	ChangePasswordInput,
	ProfileInput,
	PersonInput,
	InvitationIdInput,
	SwitchOrgInput,
	LanguageInput
} from './schemas';
export { setupFirstRun } from './setup';
export { switchOrganisation } from './switch';
export { setMemberActive } from './deactivation';
export {
	twofactorPage,
	startEnrolment,
	confirmEnrolment,
	regenerateRecoveryCodes,
	disableTwofactor,
	mustEnrolTwofactor,
	twofactorRequirement,
	setRequireAdminTwofactor,
	hasTwofactor
} from './twofactor';
export { completeTwofactorSignIn, findChallenge, TWOFACTOR_COOKIE, CHALLENGE_SECONDS } from './twofactor-challenge';
export { resetMemberTwofactor, twofactorResetQuestion } from './twofactor-reset';
export { TwofactorCodeInput, TwofactorDisableInput, TwofactorRequireInput } from './twofactor-schemas';
