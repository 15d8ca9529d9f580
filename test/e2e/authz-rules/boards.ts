// The authorisation matrix's rules for boards: workshops, sessions, exports and printed templates.
import { ALL, TEAM, TEAM_LEADS, app, type Rule } from './rule';

export const BOARDS: Record<string, Rule> = {
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
			'timerMinute',
			'timerPause',
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
	// The projector view is the facilitator's screen on the wall.
	'GET /boards/[board]/present': app(TEAM_LEADS),
	'GET /boards/[board]/summary.pdf': app(TEAM),
	// A template printed for a paper workshop, named in the query (?template=…, the built-in ones open to everyone
	// signed in, tested in test/integration/pdf); the matrix asks without one, which names no template: not found.
	'GET /boards/print.pdf': app([], 404)
};
