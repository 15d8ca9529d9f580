// Small factories for integration tests: organisations, people and teams made through the modules, and client
// addresses.
import { createOrganisation, addMembership, addToTeam } from '../../../src/lib/server/orgs/index';
import { createTestUser } from './passwords';
import { loadActor } from '../../../src/lib/server/auth/sessions';
import { db } from '../../../src/lib/server/db/current';
import { newId, nowIso } from '../../../src/lib/server/ids';
import type { Actor } from '../../../src/lib/server/actor';
import type { OrgRole, TeamRole } from '../../../src/lib/server/db/schema';

let n = 0;

export async function makeOrg(name = `Org ${++n}`) {
	return createOrganisation(name);
}

export async function makeTeam(orgId: string, name = `Team ${++n}`) {
	const team = { id: newId(), org_id: orgId, name, created_at: nowIso() };
	await db().insertInto('teams').values(team).execute();
	return team;
}

export async function makePerson(
	orgId: string,
	opts: { role?: OrgRole; teams?: [string, TeamRole][]; name?: string; password?: string } = {}
): Promise<Actor & { password: string }> {
	const i = ++n;
	const password = opts.password ?? 'a test person’s long password';
	const user = await createTestUser({
		email: `person${i}-${newId().slice(0, 5)}@example.test`,
		name: opts.name ?? `Person ${i}`,
		password
	});
	await addMembership(orgId, user.id, opts.role ?? 'member');
	for (const [teamId, role] of opts.teams ?? []) await addToTeam(orgId, teamId, user.id, role);
	const actor = await loadActor(user.id, orgId);
	return { ...actor!, password };
}

/** A client address of its own, so one test's attempts never count against another's per-address limit. */
export const randomIp = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
