// Notifications: in-app nudges, email via SMTP when SMTP_URL is set, and the reminder scheduler.
export { asLocale, translateIn, formatParams, LOCALES, type Locale } from './language';
export { getNudgePrefs, setNudgePrefs, prefFor, type NudgePref } from './prefs';
export { listNotifications, unreadCount, markRead, type NotificationView } from './notifications';
export { useMailer, mailerConfigured, sendMail, type MailSettings } from './mailer';
export { runNudges, type Nudge, type NudgeSource } from './scheduler';
