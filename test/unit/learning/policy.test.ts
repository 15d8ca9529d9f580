import { describe, expect, it } from 'vitest';
import { can } from '../../../src/lib/server/policy';
import type { Actor } from '../../../src/lib/server/actor';

const ORG = 'org-a';
const TEAM = 'team-1';
const person = (
	userId: string,
	role: Actor['role'] = 'member',
	teams: Actor['teams'] = { [TEAM]: 'member' },
	orgId = ORG
): Actor => ({ userId, name: userId, email: `${userId}@x.test`, orgId, role, teams });

const giver = person('giver');
const receiver = person('receiver');
const manager = person('manager', 'member', { [TEAM]: 'manager' });
const admin = person('admin', 'admin', {});
const stranger = person('receiver', 'admin', {}, 'org-b');

describe('learning policy for records that belong to people', () => {
	const feedback = { orgId: ORG, teamId: TEAM, participants: ['giver', 'receiver'] };

	it('shows feedback to its giver and receiver only: not to the team’s manager, not to an admin', () => {
		expect(can(giver, 'learning.feedback.view', feedback)).toBe(true);
		expect(can(receiver, 'learning.feedback.view', feedback)).toBe(true);
		expect(can(manager, 'learning.feedback.view', feedback)).toBe(false);
		expect(can(admin, 'learning.feedback.view', feedback)).toBe(false);
	});

	it('shows shared feedback to the person it is shared with', () => {
		expect(
			can(manager, 'learning.feedback.view', { ...feedback, participants: ['giver', 'receiver', 'manager'] })
		).toBe(true);
	});

	it('never lets a same-named person of another organisation in', () => {
		expect(can(stranger, 'learning.feedback.view', feedback)).toBe(false);
		expect(can(stranger, 'learning.log', { orgId: ORG, teamId: TEAM, participants: ['receiver'] })).toBe(false);
	});

	it('lets the pair log and schedule; managers and admins schedule and read logs but do not write them', () => {
		const pair = { orgId: ORG, teamId: TEAM, participants: ['giver', 'receiver'] };
		expect(can(giver, 'learning.log', pair)).toBe(true);
		expect(can(manager, 'learning.log', pair)).toBe(false);
		expect(can(admin, 'learning.log', pair)).toBe(false);
		expect(can(manager, 'learning.schedule', pair)).toBe(true);
		expect(can(manager, 'learning.log.view', pair)).toBe(true);
		expect(can(person('other'), 'learning.log.view', pair)).toBe(false);
	});
});
