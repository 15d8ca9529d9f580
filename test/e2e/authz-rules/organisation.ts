// The authorisation matrix's rules for the organisation: the dashboard, audit, members, teams, settings, profile and notifications.
import { ADMIN, ALL, SIGNED_IN_REDIRECT, TEAM_MANAGERS, app, type Rule } from './rule';

export const ORGANISATION: Record<string, Rule> = {
	'GET /': app(ALL, 403, SIGNED_IN_REDIRECT),

	'GET /dashboard': app(ALL),

	// audit
	'GET /audit': app(ADMIN),
	'GET /audit/export': app(ADMIN),

	// organisation
	'GET /members': app(ADMIN),
	...Object.fromEntries(
		['invite', 'role', 'revoke', 'upload', 'reset', 'resetTwofactor'].map((a) => [`POST /members?/${a}`, app(ADMIN)])
	),
	// a pending people import of the organisation (the demo keeps one): its admins only
	'GET /members/import/[import]': app(ADMIN),
	'POST /members/import/[import]?/apply': app(ADMIN),
	// With one organisation the switcher sends a person on to the dashboard.
	'GET /orgs': app(ALL, 403, SIGNED_IN_REDIRECT),
	'POST /orgs?/switch': app(ALL),
	'GET /profile': app(ALL),
	// Everyone's own data: export, readable page, erasure.
	'GET /profile/privacy': app(ALL),
	'GET /profile/privacy/data': app(ALL),
	'GET /profile/privacy/export.json': app(ALL),
	'POST /profile/privacy?/erase': app(ALL),
	'POST /profile?/profile': app(ALL),
	'POST /profile?/password': app(ALL),
	// the notification centre: each person's own (another's notification is a 404 to the read action)
	'GET /notifications': app(ALL),
	'POST /notifications?/read': app(ALL),
	'POST /notifications?/readAll': app(ALL),
	'GET /profile/notifications': app(ALL),
	'POST /profile/notifications?/prefs': app(ALL),
	// where one's own chat messages go (test/e2e/chat.spec.ts)
	'POST /profile/notifications?/chat': app(ALL),
	// Two-factor sign-in: each person only ever reaches their own (no id in the route).
	'GET /profile/twofactor': app(ALL),
	'POST /profile/twofactor?/start': app(ALL),
	'POST /profile/twofactor?/confirm': app(ALL),
	'POST /profile/twofactor?/regenerate': app(ALL),
	'POST /profile/twofactor?/disable': app(ALL),
	'GET /settings': app(ADMIN),
	'POST /settings?/org': app(ADMIN),
	'POST /settings?/retention': app(ADMIN),
	'POST /settings?/retryEmail': app(ADMIN),
	'POST /settings?/twofactor': app(ADMIN),
	'POST /settings?/deleteOrg': app(ADMIN),
	'POST /settings?/scimToken': app(ADMIN),
	'POST /settings?/scimRevoke': app(ADMIN),
	'GET /settings/export.json': app(ADMIN),
	'GET /settings/sso': app(ADMIN),
	// API tokens and webhooks (test/e2e/api.spec.ts): one's own tokens for everyone, the organisation's for admins
	'GET /profile/api': app(ALL),
	'POST /profile/api?/create': app(ALL),
	'POST /profile/api?/revoke': app(ALL),
	'GET /settings/api': app(ADMIN),
	'POST /settings/api?/create': app(ADMIN),
	'POST /settings/api?/revoke': app(ADMIN),
	'GET /settings/webhooks': app(ADMIN),
	'POST /settings/webhooks?/create': app(ADMIN),
	'POST /settings/webhooks?/enable': app(ADMIN),
	'POST /settings/webhooks?/remove': app(ADMIN),
	// the organisation's LRS (xAPI): its admins only; another organisation's admin sees their own
	'GET /settings/xapi': app(ADMIN),
	'POST /settings/xapi?/save': app(ADMIN),
	'GET /settings/xapi/statements.json': app(ADMIN),
	// the organisation's chat channels (Teams, Slack; test/e2e/chat.spec.ts)
	'GET /settings/chat': app(ADMIN),
	'POST /settings/chat?/add': app(ADMIN),
	'POST /settings/chat?/enable': app(ADMIN),
	'POST /settings/chat?/disable': app(ADMIN),
	'POST /settings/chat?/remove': app(ADMIN),
	'POST /settings/sso?/save': app(ADMIN),
	'GET /teams': app(ALL),
	'POST /teams?/create': app(ADMIN),
	'GET /teams/[team]': app(ALL),
	'POST /teams/[team]?/rename': app(TEAM_MANAGERS),
	'POST /teams/[team]?/member': app(TEAM_MANAGERS),
	'POST /teams/[team]?/remove': app(TEAM_MANAGERS)
};
