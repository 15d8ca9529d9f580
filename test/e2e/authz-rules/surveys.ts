// The authorisation matrix's rules for surveys: the instrument, rounds, answers and results.
import { ALL, LEADS, app, type Rule } from './rule';

export const SURVEYS: Record<string, Rule> = {
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
	'GET /surveys/rounds/[round]/results.pdf': app(ALL)
};
