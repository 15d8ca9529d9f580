// The one place that decides permissions. Modules call `authorize` before touching data;
// tests walk the role × action matrix through `can`.
import type { Actor } from './actor';
import { Forbidden } from './errors';

export type Action =
	| 'org.view'
	| 'org.manage'
	| 'member.invite'
	| 'member.manage'
	| 'team.create'
	| 'team.view'
	| 'team.manage'
	| 'team.members.manage'
	| 'audit.view'
	| 'privacy.self'
	| 'privacy.org.export'
	| 'privacy.org.delete'
	| 'privacy.retention'
	| 'bites.learn'
	| 'bites.author'
	| 'bites.module.edit'
	| 'bites.challenge.respond'
	| 'bites.challenge.leave'
	| 'bites.assign'
	| 'bites.analytics'
	| 'bites.publish'
	| 'bites.credentials.manage'
	| 'bites.settings'
	| 'learning.view'
	| 'learning.manage'
	| 'learning.join'
	| 'learning.schedule'
	| 'learning.log'
	| 'learning.log.view'
	| 'learning.signoff'
	| 'learning.feedback.give'
	| 'learning.feedback.view'
	| 'learning.feedback.respond'
	| 'learning.analytics.open'
	| 'learning.analytics'
	| 'board.view'
	| 'board.create'
	| 'board.facilitate'
	| 'board.template.create'
	| 'action.catalogue.view'
	| 'action.catalogue.manage'
	| 'action.plan.view'
	| 'action.plan.edit'
	| 'action.plan.remove'
	| 'action.overview'
	| 'survey.view'
	| 'survey.edit'
	| 'survey.round.manage'
	| 'survey.answer'
	| 'survey.results.view';

export interface Target {
	orgId: string;
	teamId?: string;
	/** the people a record belongs to (learning: a pair's two people; feedback: giver, receiver, whom it is shared with) */
	participants?: string[];
}

function inOrg(actor: Actor, target: Target) {
	return actor.orgId === target.orgId;
}

function managesTeam(actor: Actor, teamId: string | undefined) {
	return !!teamId && actor.teams[teamId] === 'manager';
}

function isParticipant(actor: Actor, target: Target) {
	return !!target.participants?.includes(actor.userId);
}

function managesAnyTeam(actor: Actor) {
	return Object.values(actor.teams).includes('manager');
}

function inTeam(actor: Actor, teamId: string | undefined) {
	return !!teamId && teamId in actor.teams;
}

const rules: Record<Action, (actor: Actor, target: Target) => boolean> = {
	'org.view': () => true,
	'org.manage': (a) => a.role === 'admin',
	'member.invite': (a) => a.role === 'admin',
	'member.manage': (a) => a.role === 'admin',
	'team.create': (a) => a.role === 'admin',
	// Everyone in the organisation may see its teams and who is in them; facilitators work across teams.
	'team.view': () => true,
	'team.manage': (a, t) => a.role === 'admin' || managesTeam(a, t.teamId),
	'team.members.manage': (a, t) => a.role === 'admin' || managesTeam(a, t.teamId),
	'audit.view': (a) => a.role === 'admin',
	// Everyone may download and erase what Samspil holds about themselves (the target is their own organisation).
	'privacy.self': () => true,
	// The organisation's data is its admins' to export, delete and keep for a set time.
	'privacy.org.export': (a) => a.role === 'admin',
	'privacy.org.delete': (a) => a.role === 'admin',
	'privacy.retention': (a) => a.role === 'admin',
	'bites.learn': () => true,
	// Authors: admins, facilitators and team managers write modules for the whole organisation.
	'bites.author': (a) => a.role === 'admin' || a.role === 'facilitator' || Object.values(a.teams).includes('manager'),
	// participants: the module's authors. Another author's module (or one behind credentials) is not a team
	// manager's or facilitator's to change; admins answer for the organisation's content.
	'bites.module.edit': (a, t) => a.role === 'admin' || (isParticipant(a, t) && rules['bites.author'](a, t)),
	// participants: the challenged colleague alone — a challenge is an invitation only they answer.
	'bites.challenge.respond': (a, t) => isParticipant(a, t),
	// participants: both colleagues; either may end it.
	'bites.challenge.leave': (a, t) => isParticipant(a, t),
	'bites.assign': (a, t) => a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId),
	'bites.analytics': (a, t) => a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId),
	'bites.publish': (a) => a.role === 'admin' || a.role === 'facilitator',
	'bites.credentials.manage': (a) => a.role === 'admin',
	'bites.settings': (a) => a.role === 'admin',
	// Programmes, pairs and schedules are visible to the organisation, like its teams.
	'learning.view': () => true,
	'learning.manage': (a, t) => a.role === 'admin' || managesTeam(a, t.teamId),
	// Anyone may join a programme or state their skills: mentors often come from another team.
	'learning.join': () => true,
	'learning.schedule': (a, t) => isParticipant(a, t) || a.role === 'admin' || managesTeam(a, t.teamId),
	// A log is one person's account of a session they took part in.
	'learning.log': (a, t) => isParticipant(a, t),
	'learning.log.view': (a, t) => isParticipant(a, t) || a.role === 'admin' || managesTeam(a, t.teamId),
	// participants: the pair's buddy alone.
	'learning.signoff': (a, t) => isParticipant(a, t),
	'learning.feedback.give': () => true,
	// Feedback is the giver's and the receiver's (and whom the receiver shares it with): no admin or manager exception.
	'learning.feedback.view': (a, t) => isParticipant(a, t),
	// participants: the receiver alone.
	'learning.feedback.respond': (a, t) => isParticipant(a, t),
	// Learning analytics name people (assignments, scores, hours): an admin for everyone, a team's manager for the
	// team's members only. Facilitators work across teams but lead no one, so they see the anonymous module figures.
	'learning.analytics.open': (a) => a.role === 'admin' || managesAnyTeam(a),
	'learning.analytics': (a, t) => a.role === 'admin' || managesTeam(a, t.teamId),
	// A team's boards are for its members; organisation-wide boards (no team) for everyone in it. A board's
	// participants (its creator) facilitate it.
	'board.view': (a, t) => !t.teamId || inTeam(a, t.teamId) || a.role === 'admin' || a.role === 'facilitator',
	'board.create': (a, t) => (t.teamId ? inTeam(a, t.teamId) : false) || a.role === 'admin' || a.role === 'facilitator',
	'board.facilitate': (a, t) =>
		a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId) || isParticipant(a, t),
	'board.template.create': (a) =>
		a.role === 'admin' || a.role === 'facilitator' || Object.values(a.teams).includes('manager'),
	// Actions: the whole organisation reads the catalogue; those who lead learning work add to it.
	'action.catalogue.view': () => true,
	'action.catalogue.manage': (a) => a.role === 'admin' || a.role === 'facilitator' || managesAnyTeam(a),
	// A team's plan belongs to the team: its members (managers included) read and edit it; admins and
	// facilitators, who work across teams, too. Only a manager or an admin removes an action outright.
	'action.plan.view': (a, t) => a.role === 'admin' || a.role === 'facilitator' || inTeam(a, t.teamId),
	'action.plan.edit': (a, t) => a.role === 'admin' || a.role === 'facilitator' || inTeam(a, t.teamId),
	'action.plan.remove': (a, t) => a.role === 'admin' || managesTeam(a, t.teamId),
	'action.overview': (a) => a.role === 'admin' || a.role === 'facilitator' || managesAnyTeam(a),
	'survey.view': () => true,
	// Surveys are written by those who run measurements: admins, facilitators and team managers.
	'survey.edit': (a) => a.role !== 'member' || managesAnyTeam(a),
	// Opening, closing and reminding a round, per team in it; a manager only for their own team.
	'survey.round.manage': (a, t) => a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId),
	'survey.answer': (a, t) => inTeam(a, t.teamId),
	// A team's (anonymous, minimum-respecting) results are for the team itself and those who run the work.
	'survey.results.view': (a, t) => a.role === 'admin' || a.role === 'facilitator' || inTeam(a, t.teamId)
};

export function can(actor: Actor | null | undefined, action: Action, target: Target): boolean {
	if (!actor || !inOrg(actor, target)) return false;
	return rules[action](actor, target);
}

export function authorize(actor: Actor | null | undefined, action: Action, target: Target): asserts actor is Actor {
	if (!can(actor, action, target)) throw new Forbidden(action);
}

export { inTeam, managesTeam, managesAnyTeam };
