// The authorisation matrix's rules for learning: plans, activities and the learning analytics.
import { ALL, LEADS, TEAM_MANAGERS, app, type Rule } from './rule';

export const LEARNING: Record<string, Rule> = {
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
	'GET /learning/analytics/people/[person]/learner.csv': app(TEAM_MANAGERS)
};
