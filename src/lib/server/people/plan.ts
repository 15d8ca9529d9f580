// What an import would do, line by line, against the organisation as it is now. Pure: the preview and the apply
// step run the same function (apply on the state read inside its transaction), so what was shown is what happens
// unless the organisation changed in between, and then the apply step does what is true then.
//
// Rules (README "People import"): a new address gets an invitation; an existing member's organisation role, team
// and team manager are brought to what the line says (nothing is removed: other teams stay); a pending invitation
// counts as "already invited"; a team that does not exist is created; the manager column names an active member
// by email, who becomes the team's manager. The name and language of someone who already has an account stay
// theirs (a person's own choice), so they are not changes.
import type { OrgRole } from '../db/schema';
import type { ImportLine } from './csv';

export type Reason =
	| 'missing_email'
	| 'invalid_email'
	| 'missing_name'
	| 'name_too_long'
	| 'unknown_role'
	| 'unknown_language'
	| 'duplicate_email'
	| 'manager_not_found'
	| 'manager_needs_team'
	| 'team_too_long'
	| 'deactivated'
	| 'own_role';
export type Change = 'role' | 'team' | 'manager';
export type Status = 'create' | 'change' | 'unchanged' | 'reject';

export interface PlannedLine extends ImportLine {
	status: Status;
	reasons: Reason[];
	changes: Change[];
	/** the line's team does not exist yet and will be created */
	newTeam: boolean;
	/** normalised values the apply step uses */
	role: OrgRole;
	locale: string | null;
}

export interface OrgState {
	/** the importing admin (may not demote themselves here) */
	actorEmail: string;
	/** by lower-cased email */
	members: Map<string, { userId: string; role: OrgRole; deactivated: boolean }>;
	invited: Set<string>;
	/** by lower-cased trimmed name */
	teams: Map<string, string>;
	/** `${teamId} ${userId}` → team role */
	teamRoles: Map<string, 'manager' | 'member'>;
}

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const ROLES: Record<string, OrgRole> = {
	'': 'member',
	member: 'member',
	medlem: 'member',
	facilitator: 'facilitator',
	admin: 'admin',
	administrator: 'admin'
};
const LANGUAGES = ['da', 'en', 'nl', 'sv'];

export const teamKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function planImport(lines: ImportLine[], state: OrgState): PlannedLine[] {
	const seen = new Set<string>();
	return lines.map((l) => {
		const email = l.email.toLowerCase();
		const reasons: Reason[] = [];
		if (!email) reasons.push('missing_email');
		else if (email.length > 254 || !EMAIL.test(email)) reasons.push('invalid_email');
		else if (seen.has(email)) reasons.push('duplicate_email');
		if (email) seen.add(email);
		if (!l.name) reasons.push('missing_name');
		else if (l.name.length > 200) reasons.push('name_too_long');
		const role = ROLES[l.role.toLowerCase()];
		if (!role) reasons.push('unknown_role');
		const language = l.language.toLowerCase();
		if (language && !LANGUAGES.includes(language)) reasons.push('unknown_language');
		if (l.team.length > 100) reasons.push('team_too_long');
		const manager = l.manager ? state.members.get(l.manager.toLowerCase()) : undefined;
		if (l.manager && (!manager || manager.deactivated)) reasons.push('manager_not_found');
		else if (l.manager && !l.team) reasons.push('manager_needs_team');
		const member = state.members.get(email);
		if (member?.deactivated) reasons.push('deactivated');
		if (member && email === state.actorEmail.toLowerCase() && role && role !== 'admin') reasons.push('own_role');

		const teamId = l.team ? state.teams.get(teamKey(l.team)) : undefined;
		const base = {
			...l,
			email,
			reasons,
			role: role ?? 'member',
			locale: language || null,
			newTeam: !!l.team && !teamId
		};
		if (reasons.length) return { ...base, status: 'reject' as const, changes: [], newTeam: false };
		const changes: Change[] = [];
		if (manager && (!teamId || state.teamRoles.get(`${teamId} ${manager.userId}`) !== 'manager'))
			changes.push('manager');
		if (member) {
			if (member.role !== role) changes.push('role');
			if (l.team && (!teamId || !state.teamRoles.has(`${teamId} ${member.userId}`))) changes.push('team');
			return { ...base, status: changes.length ? ('change' as const) : ('unchanged' as const), changes };
		}
		if (state.invited.has(email))
			return { ...base, status: changes.length ? ('change' as const) : ('unchanged' as const), changes };
		return { ...base, status: 'create' as const, changes };
	});
}

export function countPlan(lines: PlannedLine[]) {
	const counts = { create: 0, change: 0, unchanged: 0, reject: 0, newTeams: 0 };
	const teams = new Set<string>();
	for (const l of lines) {
		counts[l.status]++;
		if (l.newTeam) teams.add(teamKey(l.team));
	}
	counts.newTeams = teams.size;
	return counts;
}
