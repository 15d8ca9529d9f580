import { describe, expect, it } from 'vitest';
import { can, type Action } from '../../../src/lib/server/policy';
import type { Actor } from '../../../src/lib/server/actor';

const ORG = 'org-a';
const TEAM = 'team-1';
const OTHER_TEAM = 'team-2';

function actor(role: Actor['role'], teams: Actor['teams'] = {}, orgId = ORG): Actor {
	return { userId: 'u', name: 'U', email: 'u@x.test', orgId, role, teams };
}

const people = {
	admin: actor('admin'),
	managerOfTeam: actor('member', { [TEAM]: 'manager' }),
	managerOfOtherTeam: actor('member', { [OTHER_TEAM]: 'manager' }),
	facilitator: actor('facilitator'),
	member: actor('member', { [TEAM]: 'member' }),
	adminOfOtherOrg: actor('admin', {}, 'org-b')
};

// Expected answer for each person, per action, on TEAM of ORG.
const matrix: Record<Action, (keyof typeof people)[]> = {
	'org.view': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'org.manage': ['admin'],
	'member.invite': ['admin'],
	'member.manage': ['admin'],
	'team.create': ['admin'],
	'team.view': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'team.manage': ['admin', 'managerOfTeam'],
	'team.members.manage': ['admin', 'managerOfTeam'],
	'audit.view': ['admin'],
	'privacy.self': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'privacy.org.export': ['admin'],
	'privacy.org.delete': ['admin'],
	'privacy.retention': ['admin'],
	'bites.learn': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'bites.author': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator'],
	// Without authors named, a module is only an admin's to edit; a challenge without participants nobody's to answer.
	'bites.module.edit': ['admin'],
	'bites.challenge.respond': [],
	'bites.challenge.leave': [],
	'bites.assign': ['admin', 'managerOfTeam', 'facilitator'],
	'bites.analytics': ['admin', 'managerOfTeam', 'facilitator'],
	'bites.publish': ['admin', 'facilitator'],
	'bites.credentials.manage': ['admin'],
	'bites.settings': ['admin'],
	'learning.view': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'learning.manage': ['admin', 'managerOfTeam'],
	'learning.join': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'learning.schedule': ['admin', 'managerOfTeam'],
	// Record-level rules: by role alone nobody writes a log, signs off or reads feedback (test/unit/learning/policy.test.ts).
	'learning.log': [],
	'learning.log.view': ['admin', 'managerOfTeam'],
	'learning.signoff': [],
	'learning.feedback.give': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'learning.feedback.view': [],
	'learning.feedback.respond': [],
	'learning.analytics.open': ['admin', 'managerOfTeam', 'managerOfOtherTeam'],
	'learning.analytics': ['admin', 'managerOfTeam'],
	'board.view': ['admin', 'managerOfTeam', 'facilitator', 'member'],
	'board.create': ['admin', 'managerOfTeam', 'facilitator', 'member'],
	'board.facilitate': ['admin', 'managerOfTeam', 'facilitator'],
	'board.template.create': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator'],
	'action.catalogue.view': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'action.catalogue.manage': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator'],
	'action.plan.view': ['admin', 'managerOfTeam', 'facilitator', 'member'],
	'action.plan.edit': ['admin', 'managerOfTeam', 'facilitator', 'member'],
	'action.plan.remove': ['admin', 'managerOfTeam'],
	'action.overview': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator'],
	'survey.view': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator', 'member'],
	'survey.edit': ['admin', 'managerOfTeam', 'managerOfOtherTeam', 'facilitator'],
	'survey.round.manage': ['admin', 'managerOfTeam', 'facilitator'],
	'survey.answer': ['managerOfTeam', 'member'],
	'survey.results.view': ['admin', 'managerOfTeam', 'facilitator', 'member']
};

describe('the policy', () => {
	for (const [action, allowed] of Object.entries(matrix) as [Action, string[]][]) {
		for (const [who, a] of Object.entries(people)) {
			const expected = allowed.includes(who);
			it(`${expected ? 'lets' : 'refuses'} ${who} ${action}`, () => {
				expect(can(a, action, { orgId: ORG, teamId: TEAM })).toBe(expected);
			});
		}
	}

	it('lets the creator of a board facilitate it, and nobody else without a role', () => {
		const target = { orgId: ORG, teamId: TEAM, participants: ['u'] };
		expect(can(people.member, 'board.facilitate', target)).toBe(true);
		expect(can({ ...people.member, userId: 'v' }, 'board.facilitate', target)).toBe(false);
		expect(can(people.adminOfOtherOrg, 'board.facilitate', { ...target, orgId: 'org-b', participants: ['x'] })).toBe(
			true
		);
		expect(can(people.adminOfOtherOrg, 'board.view', target)).toBe(false);
	});

	it('lets a module’s authors and admins edit it; another manager or facilitator only when they wrote it', () => {
		const written = { orgId: ORG, participants: ['u'] };
		const other = { orgId: ORG, participants: ['someone else'] };
		expect(can(people.managerOfOtherTeam, 'bites.module.edit', written)).toBe(true);
		expect(can(people.managerOfOtherTeam, 'bites.module.edit', other)).toBe(false);
		expect(can(people.facilitator, 'bites.module.edit', other)).toBe(false);
		expect(can(people.admin, 'bites.module.edit', other)).toBe(true);
		// A member who once wrote a module (and is no longer an author) does not edit it.
		expect(can(people.member, 'bites.module.edit', written)).toBe(false);
		expect(can(people.adminOfOtherOrg, 'bites.module.edit', other)).toBe(false);
	});

	it('lets everyone in the organisation see an organisation-wide board, but only admins and facilitators create one', () => {
		expect(can(people.managerOfOtherTeam, 'board.view', { orgId: ORG })).toBe(true);
		expect(can(people.member, 'board.create', { orgId: ORG })).toBe(false);
		expect(can(people.facilitator, 'board.create', { orgId: ORG })).toBe(true);
	});

	it('refuses everything to someone who is not signed in', () => {
		for (const action of Object.keys(matrix) as Action[])
			expect(can(null, action, { orgId: ORG, teamId: TEAM })).toBe(false);
	});
});
