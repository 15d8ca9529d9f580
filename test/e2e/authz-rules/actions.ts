// The authorisation matrix's rules for the action catalogue, a team's actions and recommendations.
import { ALL, LEADS, TEAM, TEAM_MANAGERS, app, type Rule } from './rule';

export const ACTIONS: Record<string, Rule> = {
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
	'POST /actions/teams/[team]/recommendations?/fromBoard': app(TEAM)
};
