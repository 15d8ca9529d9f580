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
	/**
	 * The action validates its form before it asks the policy, so a refused role's post of a form that is not
	 * on the admin's page in the seeded state (or whose first choices are placeholders) is answered with 400;
	 * the unchanged-data check still covers it.
	 */
	inputFirst?: boolean;
	 /** what each role gets on another organisation's record, where not 'refused' */ other?: Partial<Record<Role, Outcome>> };

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
const NOBODY: Signed[] = [];

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

/** Marks an action that checks its input before its permission (see Rule.inputFirst). */
const inputFirst = (rule: Rule): Rule => ({ ...rule, inputFirst: true });

const SIGNED_IN_REDIRECT = { admin: 'redirect', manager: 'redirect', otherManager: 'redirect', facilitator: 'redirect', member: 'redirect' } as const;

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
	'POST /bites?/dismiss': app(ALL),
	'GET /bites/[module]': app(ALL),
	'POST /bites/[module]?/answer': inputFirst(app(ALL)),
	'POST /bites/[module]?/next': inputFirst(app(ALL)),
	'POST /bites/[module]?/back': inputFirst(app(ALL)),
	'POST /bites/[module]?/restart': app(ALL),
	'GET /bites/[module]/analytics': app(LEADS),
	'GET /bites/[module]/edit': app(LEADS),
	// The page is for everyone who assigns modules (read-only unless they wrote it); changing the module is for
	// its authors and admins (the demo's modules are the admin's), never another manager or a facilitator.
	...Object.fromEntries(
		['details', 'publish', 'text', 'editText', 'media', 'quiz', 'move', 'deleteCard', 'remove'].map((a) => [
			`POST /bites/[module]/edit?/${a}`,
			['text', 'quiz', 'media'].includes(a) ? inputFirst(app(ADMIN)) : app(ADMIN)
		])
	),
	'POST /bites/[module]/edit?/assign': app(LEADS),
	'POST /bites/[module]/edit?/unassign': inputFirst(app(LEADS)),
	'GET /bites/[module]/preview': app(LEADS),
	'GET /bites/author': app(LEADS),
	'POST /bites/author?/create': app(LEADS),
	'POST /bites/author?/collection': app(LEADS),
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
	'GET /bites/credentials/manage': app(ADMIN),
	'POST /bites/credentials/manage?/define': app(ADMIN),
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
		['phase', 'reveal', 'closeVoting', 'timer', 'budget', 'question', 'lock', 'anonymous', 'openSession', 'closeSession', 'removeGuest', 'end', 'makeActions', 'saveTemplate'].map(
			(a) => [`POST /boards/[board]?/${a}`, app(TEAM_LEADS)]
		)
	),
	'POST /boards/[board]?/touch': app(TEAM),
	// Progress (done writing, dots used) is each participant's own; follow-me is the facilitator's.
	'POST /boards/[board]?/progress': app(TEAM),
	'POST /boards/[board]?/follow': app(TEAM_LEADS),
	'GET /boards/[board]/export/[format]': app(TEAM),
	'GET /boards/[board]/summary': app(TEAM),

	'GET /dashboard': app(ALL),

	// learning
	'GET /learning': app(ALL),
	'POST /learning?/create': app(LEADS),
	'GET /learning/calendar.ics': app(ALL),
	'GET /learning/feedback': app(ALL),
	'POST /learning/feedback?/give': app(ALL),
	// The feedback the admin gave the member: the two of them, nobody else (no manager or admin exception).
	'GET /learning/feedback/[feedback]': app(['admin', 'member']),
	...Object.fromEntries(['reply', 'helpful', 'share', 'unshare'].map((a) => [`POST /learning/feedback/[feedback]?/${a}`, app(['admin', 'member'])])),
	'GET /learning/nudges': app(ALL),
	'POST /learning/nudges?/prefs': app(ALL),
	'POST /learning/nudges?/read': app(ALL),
	'GET /learning/pairs/[pair]': app(ALL),
	...Object.fromEntries(['schedule', 'skip', 'move', 'restore', 'log', 'confirm', 'sign', 'unsign'].map((a) => [
			`POST /learning/pairs/[pair]?/${a}`,
			// The member is the pair's guide: the pair's people and the team's managers schedule; only the pair's people log and sign.
			['log', 'confirm', 'sign', 'unsign'].includes(a) ? inputFirst(app(['member'])) : app(['admin', 'manager', 'member'])
		])),
	'GET /learning/profile': app(ALL),
	'POST /learning/profile?/save': app(ALL),
	'POST /learning/profile?/feed': app(ALL),
	'POST /learning/profile?/revoke': app(ALL),
	'GET /learning/programmes/[programme]': app(ALL),
	...Object.fromEntries(
		['update', 'remove', 'add', 'drop', 'pair', 'suggest', 'accept', 'rotate', 'end', 'exclude', 'unexclude', 'item', 'unitem'].map((a) => [
			`POST /learning/programmes/[programme]?/${a}`,
			['accept', 'exclude', 'unexclude'].includes(a) ? inputFirst(app(TEAM_MANAGERS)) : app(TEAM_MANAGERS)
		])
	),
	'POST /learning/programmes/[programme]?/join': app(ALL),
	'POST /learning/programmes/[programme]?/leave': app(ALL),
	'GET /learning/teams/[team]': app(ALL),

	// organisation
	'GET /members': app(ADMIN),
	// Without SMTP (as here) the admin's page has no reset form, so a refused post of it carries no person: 400.
	...Object.fromEntries(['invite', 'role', 'revoke', 'reset'].map((a) => [`POST /members?/${a}`, a === 'revoke' || a === 'reset' ? inputFirst(app(ADMIN)) : app(ADMIN)])),
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
	'GET /settings': app(ADMIN),
	'POST /settings?/org': app(ADMIN),
	'POST /settings?/retention': app(ADMIN),
	// The confirmation (the organisation's exact name) is empty on the admin's page.
	'POST /settings?/deleteOrg': inputFirst(app(ADMIN)),
	'GET /settings/export.json': app(ADMIN),
	'GET /teams': app(ALL),
	'POST /teams?/create': app(ADMIN),
	'GET /teams/[team]': app(ALL),
	'POST /teams/[team]?/rename': inputFirst(app(TEAM_MANAGERS)),
	'POST /teams/[team]?/member': app(TEAM_MANAGERS),
	'POST /teams/[team]?/remove': app(TEAM_MANAGERS),

	// surveys
	'GET /surveys': app(ALL),
	'POST /surveys?/instrument': app(LEADS),
	'POST /surveys?/create': app(LEADS),
	// Everyone may read a survey; only its editors get the builder's forms.
	'GET /surveys/[survey]': app(ALL),
	...Object.fromEntries(
		['title', 'addDimension', 'updateDimension', 'deleteDimension', 'move', 'deleteQuestion', 'copy', 'delete', 'openRound'].map((a) => [`POST /surveys/[survey]?/${a}`, ['title', 'copy', 'delete'].includes(a) ? app(LEADS) : inputFirst(app(LEADS))])
	),
	'GET /surveys/[survey]/preview': app(ALL),
	'GET /surveys/[survey]/questions/[question]': app(LEADS),
	'POST /surveys/[survey]/questions/[question]?/default': app(LEADS),
	'GET /surveys/about': app(ALL),
	// The demo's rounds cover all three teams, so the other team's manager takes part in them too.
	'GET /surveys/rounds/[round]': app(ALL),
	'POST /surveys/rounds/[round]?/default': inputFirst(app(['admin', 'manager', 'otherManager', 'member'])),
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

	// public: credentials, verification, health, metrics
	'GET /credentials/[org]': pub('ok'),
	'GET /credentials/[org]/achievements/[achievement]': pub('ok'),
	'GET /credentials/[org]/jwks.json': pub('ok'),
	'GET /credentials/[org]/status': pub('ok'),
	'GET /healthz': pub('ok'),
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
	// Set up already: the first-run page sends everyone to sign in.
	'GET /setup': pub('signin'),
	'POST /setup?/empty': pub('signin'),
	'POST /setup?/demo': pub('signin'),
	'GET /signin': pub('ok', SIGNED_IN_REDIRECT),
	'POST /signin?/default': pub('ok'),
	'GET /signout': pub('redirect'),
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
	'GET /public/bites/[collection]/[module]': pub('redirect'),
	...Object.fromEntries(['answer', 'next', 'back', 'restart'].map((a) => [`POST /public/bites/[collection]/[module]?/${a}`, pub('redirect')])),
	'GET /public/bites/[collection]/credentials/[credential]/download': pub(404),
	'GET /public/calendar/[token].ics': pub(404)
};
