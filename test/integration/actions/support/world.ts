// Small factories for the actions tests: an organisation with two teams and the people the policy
// cares about, made through the real modules (accounts, organisations, teams) and loaded as actors.
import { randomBytes } from 'node:crypto';
import { loadActor } from '../../../../src/lib/server/auth/index';
import { addMembership, addToTeam, createOrganisation, createTeam } from '../../../../src/lib/server/orgs/index';
import type { Actor } from '../../../../src/lib/server/actor';
import { createTestUser } from '../../support/passwords';
import type { OrgRole, TeamRole } from '../../../../src/lib/server/db/schema';

export async function person(orgId: string, name: string, role: OrgRole = 'member', teams: [string, TeamRole][] = []) {
	const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(4).toString('hex')}@example.test`;
	const user = await createTestUser({ email, name, password: 'a long test password' });
	await addMembership(orgId, user.id, role);
	for (const [teamId, teamRole] of teams) await addToTeam(orgId, teamId, user.id, teamRole);
	return (await loadActor(user.id, orgId)) as Actor;
}

/** Reloads an actor after their teams or role changed (as a new request would). */
export async function reload(actor: Actor) {
	return (await loadActor(actor.userId, actor.orgId)) as Actor;
}

export interface World {
	orgId: string;
	admin: Actor;
	/** manager of Borgerservice */
	manager: Actor;
	/** member of Borgerservice */
	member: Actor;
	/** member of Hjemmeplejen */
	otherMember: Actor;
	/** manager of Hjemmeplejen */
	otherManager: Actor;
	facilitator: Actor;
	/** admin of a different organisation */
	outsider: Actor;
	teamA: string;
	teamB: string;
	outsiderTeam: string;
}

export async function makeWorld(): Promise<World> {
	const org = await createOrganisation('Nordhavn Kommune');
	const adminUser = await createTestUser({
		email: `admin.${randomBytes(4).toString('hex')}@example.test`,
		name: 'Birgitte Lund',
		password: 'a long test password'
	});
	await addMembership(org.id, adminUser.id, 'admin');
	let admin = (await loadActor(adminUser.id, org.id)) as Actor;
	const teamA = (await createTeam(admin, { name: 'Borgerservice' })).id;
	const teamB = (await createTeam(admin, { name: 'Hjemmeplejen' })).id;
	admin = await reload(admin);
	const manager = await person(org.id, 'Mette Kjærgaard', 'member', [[teamA, 'manager']]);
	const member = await person(org.id, 'Jonas Vestergaard', 'member', [[teamA, 'member']]);
	const otherMember = await person(org.id, 'Peter Holm', 'member', [[teamB, 'member']]);
	const otherManager = await person(org.id, 'Hanne Brøndum', 'member', [[teamB, 'manager']]);
	const facilitator = await person(org.id, 'Anne-Marie Berg', 'facilitator');

	const otherOrg = await createOrganisation('Fjordby Kommune');
	const outsiderUser = await createTestUser({
		email: `outsider.${randomBytes(4).toString('hex')}@example.test`,
		name: 'Ola Outsider',
		password: 'a long test password'
	});
	await addMembership(otherOrg.id, outsiderUser.id, 'admin');
	const outsider = (await loadActor(outsiderUser.id, otherOrg.id)) as Actor;
	const outsiderTeam = (await createTeam(outsider, { name: 'Fjordby Team' })).id;
	return {
		orgId: org.id,
		admin,
		manager,
		member,
		otherMember,
		otherManager,
		facilitator,
		outsider: await reload(outsider),
		teamA,
		teamB,
		outsiderTeam
	};
}
