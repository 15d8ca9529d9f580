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
	| 'bites.learn'
	| 'bites.author'
	| 'bites.assign'
	| 'bites.analytics'
	| 'bites.publish'
	| 'bites.credentials.manage'
	| 'bites.settings';

export interface Target {
	orgId: string;
	teamId?: string;
}

function inOrg(actor: Actor, target: Target) {
	return actor.orgId === target.orgId;
}

function managesTeam(actor: Actor, teamId: string | undefined) {
	return !!teamId && actor.teams[teamId] === 'manager';
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
	'bites.learn': () => true,
	// Authors: admins, facilitators and team managers write modules for the whole organisation.
	'bites.author': (a) => a.role === 'admin' || a.role === 'facilitator' || Object.values(a.teams).includes('manager'),
	'bites.assign': (a, t) => a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId),
	'bites.analytics': (a, t) => a.role === 'admin' || a.role === 'facilitator' || managesTeam(a, t.teamId),
	'bites.publish': (a) => a.role === 'admin' || a.role === 'facilitator',
	'bites.credentials.manage': (a) => a.role === 'admin',
	'bites.settings': (a) => a.role === 'admin'
};

export function can(actor: Actor | null | undefined, action: Action, target: Target): boolean {
	if (!actor || !inOrg(actor, target)) return false;
	return rules[action](actor, target);
}

export function authorize(actor: Actor | null | undefined, action: Action, target: Target): asserts actor is Actor {
	if (!can(actor, action, target)) throw new Forbidden(action);
}

export { inTeam, managesTeam };
