// Notifications: the one notification centre (every in-app nudge and notice, the bell's live count), email via
// SMTP when SMTP_URL is set, and the reminder scheduler.
export { asLocale, translateIn, formatParams, LOCALES, type Locale } from './language';
export { getNudgePrefs, setNudgePrefs, prefFor, wantsOutsideApp, type NudgePref } from './prefs';
export {
	recordNudges,
	listNotifications,
	unreadCount,
	markRead,
	type Nudge,
	type NotificationView
} from './notifications';
export { bell, registerBellDocs } from './bell';
export { appHeader } from './header';
export { notificationCentre } from './centre';
export { smtpMailer, mailerConfigured, type MailSettings } from './mailer';
export { runNudges, type NudgeSource } from './scheduler';
export { prepareMemberEmails, PREFERENCES_PATH, type MemberEmail } from './emails';
export {
	unsubscribeView,
	unsubscribe,
	EmailPrefsInput,
	EMAIL_KINDS,
	getEmailPrefs,
	setEmailPrefs,
	type EmailKind
} from './unsubscribe';
