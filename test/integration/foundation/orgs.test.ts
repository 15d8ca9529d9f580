import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import {
	createTeam,
	getTeam,
	listMembers,
	listTeamMembers,
	listTeams,
	removeTeamMember,
	renameTeam,
	setMemberRole,
	setTeamMember,
	updateOrganisation,
	getOrganisation
} from '../../../src/lib/server/orgs/index';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

describe('teams and memberships', () => {
	it('an admin creates teams; a member cannot', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const team = await createTeam(admin, { name: '  Hjemmeplejen  ' });
		expect(team.name).toBe('Hjemmeplejen');
		await expect(createTeam(member, { name: 'Mine' })).rejects.toBeInstanceOf(Forbidden);
	});

	it('a manager manages their own team only', async () => {
		const org = await makeOrg();
		const mine = await makeTeam(org.id);
		const theirs = await makeTeam(org.id);
		const manager = await makePerson(org.id, { teams: [[mine.id, 'manager']] });
		const colleague = await makePerson(org.id);
		await setTeamMember(manager, mine.id, { userId: colleague.userId, role: 'member' });
		expect((await listTeamMembers(manager, mine.id)).map((p) => p.id)).toContain(colleague.userId);
		await expect(
			setTeamMember(manager, theirs.id, { userId: colleague.userId, role: 'member' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(renameTeam(manager, theirs.id, { name: 'Taken over' })).rejects.toBeInstanceOf(Forbidden);
		await removeTeamMember(manager, mine.id, colleague.userId);
		expect(await listTeamMembers(manager, mine.id)).toHaveLength(1);
	});

	it('nobody reaches another organisation’s teams, people or settings', async () => {
		const a = await makeOrg();
		const b = await makeOrg();
		const teamB = await makeTeam(b.id, 'Secret team');
		const adminA = await makePerson(a.id, { role: 'admin' });
		const personB = await makePerson(b.id);
		await expect(getTeam(adminA, teamB.id)).rejects.toBeInstanceOf(NotFound);
		await expect(listTeamMembers(adminA, teamB.id)).rejects.toBeInstanceOf(NotFound);
		await expect(renameTeam(adminA, teamB.id, { name: 'x' })).rejects.toBeInstanceOf(NotFound);
		await expect(setTeamMember(adminA, teamB.id, { userId: adminA.userId, role: 'manager' })).rejects.toBeInstanceOf(
			NotFound
		);
		await expect(removeTeamMember(adminA, teamB.id, personB.userId)).rejects.toBeInstanceOf(NotFound);
		expect((await listTeams(adminA)).map((x) => x.name)).not.toContain('Secret team');
		expect((await listMembers(adminA)).map((x) => x.id)).not.toContain(personB.userId);
		await expect(setMemberRole(adminA, personB.userId, 'admin')).rejects.toBeInstanceOf(NotFound);
		// Putting someone from another organisation on one's own team is refused too.
		const teamA = await makeTeam(a.id);
		await expect(setTeamMember(adminA, teamA.id, { userId: personB.userId, role: 'member' })).rejects.toBeInstanceOf(
			NotFound
		);
	});

	it('keeps at least one admin', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		await expect(setMemberRole(admin, admin.userId, 'member')).rejects.toBeInstanceOf(Invalid);
	});

	it('keeps the minimum group size at three or more', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		await updateOrganisation(admin, { name: 'Renamed', minGroupSize: 1 });
		expect(await getOrganisation(admin)).toMatchObject({ name: 'Renamed', min_group_size: 3 });
	});

	it('counts team members in the team list', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id, 'Counted');
		const admin = await makePerson(org.id, { role: 'admin', teams: [[team.id, 'manager']] });
		await makePerson(org.id, { teams: [[team.id, 'member']] });
		const row = (await listTeams(admin)).find((x) => x.id === team.id)!;
		expect(Number(row.member_count)).toBe(2);
	});
});
