// The expectation table of the authorisation matrix (authz.spec.ts): for each route pattern and form action,
// what each role gets on a record of its own organisation. "The team" is the team the records belong to;
// "otherManager" manages a different team of the same organisation. On another organisation's records every
// signed-in role is refused (403/404) unless the rule is public.
// ok: the page/endpoint answers 2xx · redirect: 3xx elsewhere than sign-in · signin: sent to sign in · 403/404.
// Form actions are replayed only for the roles that are refused (an allowed post would change the data).

export const ROLES = ['admin', 'manager', 'otherManager', 'facilitator', 'member', 'guest', 'anon'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'redirect' | 'signin' | 401 | 403 | 404;
export type Rule = Record<Role, Outcome> & {
	public?: boolean;
	/** what each role gets on another organisation's record, where not 'refused' */ other?: Partial<
		Record<Role, Outcome>
	>;
};

type Signed = Exclude<Role, 'guest' | 'anon'>;
const ALL: Signed[] = ['admin', 'manager', 'otherManager', 'facilitator', 'member'];
/** the team's members plus the roles that work across teams */
const TEAM: Signed[] = ['admin', 'manager', 'facilitator', 'member'];
/** those who lead learning work: admins, facilitators, any team's manager */
const LEADS: Signed[] = ['admin', 'manager', 'otherManager', 'facilitator'];
/** the team's leads */
const TEAM_LEADS: Signed[] = ['admin', 'manager', 'facilitator'];
const TEAM_MANAGERS: Signed[] = ['admin', 'manager'];
const ADMIN: Signed[] = ['admin'];

/** An app route: the listed roles are let in, other signed-in roles refused; guests and signed-out people sign in. */
function app(allowed: Signed[], refused: 403 | 404 = 403, overrides: Partial<Record<Role, Outcome>> = {}): Rule {
	const rule = { guest: 'signin', anon: 'signin' } as Rule;
	for (const r of ALL) rule[r] = allowed.includes(r) ? 'ok' : refused;
	return Object.assign(rule, overrides);
}

/** A public route: the same answer for everyone, whichever organisation. */
function pub(outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}): Rule {
	const rule = { public: true } as Rule;
	for (const r of ROLES) rule[r] = outcome;
	return Object.assign(rule, overrides);
}

const SIGNED_IN_REDIRECT = {
	admin: 'redirect',
	manager: 'redirect',
	otherManager: 'redirect',
	facilitator: 'redirect',
	member: 'redirect'
} as const;

export const RULES: Record<string, Rule> = {
	'GET /': app(ALL, 403, SIGNED_IN_REDIRECT),

	// actions
	'GET /actions': app(ALL),
	'GET /actions/catalogue': app(ALL),
	'POST /actions/catalogue?/add': app(TEAM),
	// Only the organisation's own actions have a page, and it is their editing page.
	'GET /actions/catalogue/[id]': app(LEADS),
	'POST /actions/catalogue/[id]?/save': app(LEADS, 403),
	'POST /actions/catalogue/[id]?/archive': app(LEADS),
	'GET /actions/catalogue/new': app(LEADS),
	'POST /actions/catalogue/new?/default': app(LEADS),
	'GET /actions/from-board': app(ALL),
	'POST /actions/from-board?/default': app(TEAM),
	'GET /actions/items/[item]': app(TEAM, 404),
	'POST /actions/items/[item]?/save': app(TEAM, 404),
	'POST /actions/items/[item]?/review': app(TEAM, 404),
	'POST /actions/items/[item]?/nudge': app(TEAM, 404),
	'POST /actions/items/[item]?/remove': app(TEAM_MANAGERS, 403, { otherManager: 404 }),
	'GET /actions/overview': app(LEADS),
	'GET /actions/teams/[team]': app(TEAM),
	'GET /actions/teams/[team]/plan.pdf': app(TEAM),
	'POST /actions/teams/[team]?/move': app(TEAM),
	'POST /actions/teams/[team]?/own': app(TEAM),
	'GET /actions/teams/[team]/recommendations': app(TEAM),
	'POST /actions/teams/[team]/recommendations?/add': app(TEAM),
	'POST /actions/teams/[team]/recommendations?/fromBoard': app(TEAM),

	// audit
	'GET /audit': app(ADMIN),
	'GET /audit/export': app(ADMIN),

	// bites
	'GET /bites': app(ALL),
	'GET /bites/[module]': app(ALL),
	'POST /bites/[module]?/answer': app(ALL),
	'POST /bites/[module]?/next': app(ALL),
	'POST /bites/[module]?/back': app(ALL),
	'POST /bites/[module]?/restart': app(ALL),
	'GET /bites/[module]/analytics': app(LEADS),
	'GET /bites/[module]/edit': app(LEADS),
	// The page is for everyone who assigns modules (read-only unless they wrote it); changing the module is for
	// its authors and admins (the demo's modules are the admin's), never another manager or a facilitator.
	...Object.fromEntries(
		['details', 'publish', 'text', 'editText', 'media', 'quiz', 'move', 'deleteCard', 'remove'].map((a) => [
			`POST /bites/[module]/edit?/${a}`,
			app(ADMIN)
		])
	),
	// downloadable documents, captions and the module as a PDF (issue 20.3)
	'POST /bites/[module]/edit?/download': app(ADMIN),
	'GET /bites/[module]/module.pdf': app(ALL),
	'GET /public/bites/[collection]/[module]/module.pdf': pub(404),
	'POST /bites/[module]/edit?/assign': app(LEADS),
	'POST /bites/[module]/edit?/unassign': app(LEADS),
	'GET /bites/[module]/preview': app(LEADS),
	'GET /bites/author': app(LEADS),
	'POST /bites/author?/create': app(LEADS),
	'POST /bites/author?/collection': app(LEADS),
	// learning paths (issue 20.2): written and assigned by those who write and assign modules; changed only by the
	// path's author and admins (the demo's path is the admin's)
	'GET /bites/paths': app(LEADS),
	'POST /bites/paths?/create': app(LEADS),
	'GET /bites/paths/[path]': app(LEADS),
	...Object.fromEntries(
		['details', 'addStep', 'moveStep', 'prerequisite', 'removeStep', 'remove'].map((a) => [
			`POST /bites/paths/[path]?/${a}`,
			app(ADMIN)
		])
	),
	'POST /bites/paths/[path]?/assign': app(LEADS),
	'POST /bites/paths/[path]?/unassign': app(LEADS),
	'GET /bites/challenges': app(ALL),
	'POST /bites/challenges?/create': app(ALL),
	// The admin's page answers the demo's challenge from Jonas (only the challenged person may) and stops sharing
	// with Mette (either of the two may); anyone else is told there is no such challenge.
	'POST /bites/challenges?/respond': app(ADMIN, 404),
	'POST /bites/challenges?/leave': app(['admin', 'manager'], 404),
	'GET /bites/collections/[collection]': app(['admin', 'facilitator']),
	'POST /bites/collections/[collection]?/save': app(['admin', 'facilitator']),
	'POST /bites/collections/[collection]?/publish': app(['admin', 'facilitator']),
	'GET /bites/credentials': app(ALL),
	'POST /bites/credentials?/share': app(ALL),
	'GET /bites/credentials/[credential]/download': app(['member'], 404),
	'GET /bites/credentials/[credential]/certificate.pdf': app(['member'], 404),
	'GET /bites/credentials/manage': app(ADMIN),
	'POST /bites/credentials/manage?/define': app(ADMIN),
	'POST /bites/credentials/manage?/update': app(ADMIN),
	'POST /bites/credentials/manage?/award': app(ADMIN),
	'POST /bites/credentials/manage?/revoke': app(ADMIN),
	// Media also serve external learners (by their cookie), so a visitor without one gets 404, not sign-in.
	'GET /bites/media/[media]': app(ALL, 403, { guest: 404, anon: 404 }),
	'GET /bites/review': app(ALL),
	'POST /bites/review?/answer': app(ALL),
	'GET /bites/settings': app(ADMIN),
	'POST /bites/settings?/save': app(ADMIN),

	// boards
	'GET /boards': app(ALL),
	// The list's forms name the board they act on; one that is not there (nothing archived to restore) is a 404.
	...Object.fromEntries(['rename', 'archive', 'delete'].map((a) => [`POST /boards?/${a}`, app(TEAM_LEADS)])),
	'POST /boards?/restore': app(TEAM_LEADS, 404),
	// The create form's first choice is a team the member is not in.
	'POST /boards?/create': app(TEAM_LEADS, 403, { member: 404 }),
	'POST /boards?/duplicate': app(TEAM),
	'GET /boards/[board]': app(TEAM),
	...Object.fromEntries(
		[
			'phase',
			'reveal',
			'closeVoting',
			'timer',
			'budget',
			'question',
			'zoneQuestion',
			'lock',
			'anonymous',
			'openSession',
			'closeSession',
			'removeGuest',
			'end',
			'makeActions',
			'saveTemplate'
		].map((a) => [`POST /boards/[board]?/${a}`, app(TEAM_LEADS)])
	),
	'POST /boards/[board]?/touch': app(TEAM),
	// Progress (done writing, dots used) is each participant's own; follow-me is the facilitator's.
	'POST /boards/[board]?/progress': app(TEAM),
	'POST /boards/[board]?/follow': app(TEAM_LEADS),
	'GET /boards/[board]/export/[format]': app(TEAM),
	'GET /boards/[board]/summary': app(TEAM),
	'GET /boards/[board]/summary.pdf': app(TEAM),
	// A template printed for a paper workshop, named in the query (?template=…, the built-in ones open to everyone
	// signed in, tested in test/integration/pdf); the matrix asks without one, which names no template: not found.
	'GET /boards/print.pdf': app([], 404),

	'GET /dashboard': app(ALL),

	// learning
	'GET /learning': app(ALL),
	'POST /learning?/create': app(LEADS),
	'GET /learning/calendar.ics': app(ALL),
	'GET /learning/feedback': app(ALL),
	'POST /learning/feedback?/give': app(ALL),
	// The feedback the admin gave the member: the two of them, nobody else (no manager or admin exception).
	'GET /learning/feedback/[feedback]': app(['admin', 'member']),
	...Object.fromEntries(
		['reply', 'helpful', 'share', 'unshare'].map((a) => [
			`POST /learning/feedback/[feedback]?/${a}`,
			app(['admin', 'member'])
		])
	),
	'GET /learning/nudges': app(ALL),
	'POST /learning/nudges?/prefs': app(ALL),
	'GET /learning/pairs/[pair]': app(ALL),
	...Object.fromEntries(
		['schedule', 'skip', 'move', 'restore', 'log', 'confirm', 'sign', 'unsign'].map((a) => [
			`POST /learning/pairs/[pair]?/${a}`,
			// The member is the pair's guide: the pair's people and the team's managers schedule; only the pair's people log and sign.
			['log', 'confirm', 'sign', 'unsign'].includes(a) ? app(['member']) : app(['admin', 'manager', 'member'])
		])
	),
	'GET /learning/profile': app(ALL),
	'POST /learning/profile?/save': app(ALL),
	'POST /learning/profile?/feed': app(ALL),
	'POST /learning/profile?/revoke': app(ALL),
	'GET /learning/programmes/[programme]': app(ALL),
	...Object.fromEntries(
		[
			'update',
			'remove',
			'add',
			'drop',
			'pair',
			'suggest',
			'accept',
			'rotate',
			'end',
			'exclude',
			'unexclude',
			'item',
			'unitem'
		].map((a) => [`POST /learning/programmes/[programme]?/${a}`, app(TEAM_MANAGERS)])
	),
	'POST /learning/programmes/[programme]?/join': app(ALL),
	'POST /learning/programmes/[programme]?/leave': app(ALL),
	'GET /learning/teams/[team]': app(ALL),

	// learning analytics (issue 20.8): people's assignments, scores and hours — admins, and any team's manager for
	// their own teams. [person] is the member (Jonas, on the team): the team's manager may see him, the other
	// team's manager may not.
	'GET /learning/analytics': app(['admin', 'manager', 'otherManager']),
	'GET /learning/analytics/compliance.csv': app(['admin', 'manager', 'otherManager']),
	'GET /learning/analytics/hours.csv': app(['admin', 'manager', 'otherManager']),
	'GET /learning/analytics/people/[person]': app(TEAM_MANAGERS),
	'GET /learning/analytics/people/[person]/learner.csv': app(TEAM_MANAGERS),

	// organisation
	'GET /members': app(ADMIN),
	...Object.fromEntries(
		['invite', 'role', 'revoke', 'upload', 'reset'].map((a) => [`POST /members?/${a}`, app(ADMIN)])
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
	'POST /profile/notifications?/default': app(ALL),
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
	'POST /settings/sso?/save': app(ADMIN),
	'GET /teams': app(ALL),
	'POST /teams?/create': app(ADMIN),
	'GET /teams/[team]': app(ALL),
	'POST /teams/[team]?/rename': app(TEAM_MANAGERS),
	'POST /teams/[team]?/member': app(TEAM_MANAGERS),
	'POST /teams/[team]?/remove': app(TEAM_MANAGERS),

	// surveys
	'GET /surveys': app(ALL),
	'POST /surveys?/instrument': app(LEADS),
	'POST /surveys?/create': app(LEADS),
	// Everyone may read a survey; only its editors get the builder's forms.
	'GET /surveys/[survey]': app(ALL),
	...Object.fromEntries(
		[
			'title',
			'addDimension',
			'updateDimension',
			'deleteDimension',
			'move',
			'deleteQuestion',
			'copy',
			'delete',
			'openRound'
		].map((a) => [`POST /surveys/[survey]?/${a}`, app(LEADS)])
	),
	'GET /surveys/[survey]/preview': app(ALL),
	'GET /surveys/[survey]/questions/[question]': app(LEADS),
	'POST /surveys/[survey]/questions/[question]?/default': app(LEADS),
	'GET /surveys/about': app(ALL),
	// The demo's rounds cover all three teams, so the other team's manager takes part in them too.
	'GET /surveys/rounds/[round]': app(ALL),
	'POST /surveys/rounds/[round]?/default': app(['admin', 'manager', 'otherManager', 'member']),
	'GET /surveys/rounds/[round]/agenda.md': app(ALL),
	'GET /surveys/rounds/[round]/live': app(ALL),
	'GET /surveys/rounds/[round]/results': app(ALL),
	// Closing ends a round for all its teams: a manager acts for their own team only, so the manager of one of
	// the round's teams (Borgerservice's manager; the other team's manager alike) is refused (issue 16, point 12).
	'POST /surveys/rounds/[round]/results?/close': app(['admin', 'facilitator']),
	'POST /surveys/rounds/[round]/results?/discuss': app(LEADS),
	'POST /surveys/rounds/[round]/results?/remind': app(LEADS),
	'GET /surveys/rounds/[round]/results.csv': app(ALL),
	'GET /surveys/rounds/[round]/results.json': app(ALL),
	'GET /surveys/rounds/[round]/results.pdf': app(ALL),

	// public: credentials, verification, health, metrics
	'GET /credentials/[org]': pub('ok'),
	'GET /credentials/[org]/achievements/[achievement]': pub('ok'),
	'GET /credentials/[org]/achievements/[achievement]/image.svg': pub('ok'),
	'GET /credentials/[org]/jwks.json': pub('ok'),
	'GET /credentials/[org]/status': pub('ok'),
	'GET /healthz': pub('ok'),
	// SCIM answers only an organisation's bearer token (test/e2e/scim.spec.ts): a session cookie of any role, or
	// none, is 401 alike, in either organisation; a token of one organisation never reaches another's records.
	...Object.fromEntries(
		[
			'GET /scim/v2/Users',
			'POST /scim/v2/Users',
			'GET /scim/v2/Users/[scimUser]',
			'PUT /scim/v2/Users/[scimUser]',
			'PATCH /scim/v2/Users/[scimUser]',
			'DELETE /scim/v2/Users/[scimUser]',
			'GET /scim/v2/Groups',
			'POST /scim/v2/Groups',
			'GET /scim/v2/Groups/[scimGroup]',
			'PUT /scim/v2/Groups/[scimGroup]',
			'PATCH /scim/v2/Groups/[scimGroup]',
			'DELETE /scim/v2/Groups/[scimGroup]',
			'GET /scim/v2/ServiceProviderConfig',
			'GET /scim/v2/ResourceTypes',
			'GET /scim/v2/Schemas'
		].map((k) => [k, pub(401)])
	),
	'GET /metrics': app(ADMIN, 403, { guest: 401, anon: 401 }),
	'GET /verify': pub('ok'),
	'POST /verify?/default': pub('ok'),
	// The demo shares no credential: an unknown share token is a 404 for everyone.
	'GET /verify/[token]': pub(404),

	// public: accounts
	'GET /invite/[token]': pub('ok'),
	'POST /invite/[token]?/default': pub('ok'),
	'GET /reset': pub('ok'),
	'POST /reset?/default': pub('ok'),
	'GET /reset/[token]': pub('ok'),
	'POST /reset/[token]?/default': pub('ok'),
	// The matrix's token is no unsubscribe token: the page says the link is not valid, and a post changes nothing.
	'GET /unsubscribe/[token]': pub('ok'),
	'POST /unsubscribe/[token]?/default': pub(404),
	// Set up already: the first-run page sends everyone to sign in.
	'GET /setup': pub('signin'),
	'POST /setup?/empty': pub('signin'),
	'POST /setup?/demo': pub('signin'),
	'GET /signin': pub('ok', SIGNED_IN_REDIRECT),
	'POST /signin?/default': pub('ok'),
	// The second step without a live challenge cookie goes back to the password step.
	'GET /signin/code': pub('signin'),
	'POST /signin/code?/default': pub('ok'),
	'GET /signout': pub('redirect'),
	// Single sign-on: the page and the provider's callback answer everyone alike (a callback without a sign-in under
	// way, or an organisation without SSO, goes back to /sso with a message).
	'GET /sso': pub('ok'),
	'GET /sso/[org]': pub('redirect'),
	'GET /sso/callback': pub('redirect'),
	'POST /signout?/default': pub('redirect'),

	// public: guests and external learners
	'GET /join': pub('ok'),
	'POST /join?/default': pub('ok'),
	'GET /join/[board]': { ...pub('redirect', { guest: 'ok' }), other: { guest: 403 } },
	'POST /join/[board]?/leave': pub('redirect'),
	'POST /join/[board]?/progress': { ...pub(403, { guest: 'ok' }), other: { guest: 403 } },
	'GET /privacy': pub('ok'),
	// the language switcher: anyone may choose a language; both answer with a redirect back
	'GET /language': pub('redirect'),
	'POST /language?/default': pub('redirect'),
	'GET /public/bites/[collection]': pub('ok'),
	'POST /public/bites/[collection]?/join': pub('ok'),
	'POST /public/bites/[collection]?/share': pub('ok'),
	// the one-time link of a rejoining learner: a page with a button; a wrong link is refused in the form
	'GET /public/bites/[collection]/rejoin': pub('ok'),
	'POST /public/bites/[collection]/rejoin?/confirm': pub('ok'),
	'GET /public/bites/[collection]/[module]': pub('redirect'),
	...Object.fromEntries(
		['answer', 'next', 'back', 'restart'].map((a) => [
			`POST /public/bites/[collection]/[module]?/${a}`,
			pub('redirect')
		])
	),
	'GET /public/bites/[collection]/credentials/[credential]/download': pub(404),
	'GET /public/bites/[collection]/credentials/[credential]/certificate.pdf': pub(404),
	'GET /public/calendar/[token].ics': pub(404)
};
