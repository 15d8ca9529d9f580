// The demo organisation: first-run "explore with demo data" and `npm run demo`.
// Each module adds a seeder to SEEDERS so a newcomer sees a lived-in workplace.
import { randomBytes } from 'node:crypto';
import { createOrganisation, addMembership } from '../orgs/index';
import { createUser, findUserByEmail } from '../auth/accounts';
import type { DemoContext } from './context';
import { seedPeople } from './people';
import { seedBites } from './bites';
import { seedPaths } from './paths';
import { seedBitePackage } from './bite-package';
import { seedLearning } from './learning';
import { seedBoards } from './boards';
import { seedSurveys } from './surveys';
import { seedActions } from './actions';
import { seedPeopleImport } from './people-import';
import { seedApi } from './api';
import { seedXapi } from './xapi';
import { seedChat } from './chat';
import { seedNotifications } from './notifications';

const SEEDERS: ((ctx: DemoContext) => Promise<void>)[] = [
	seedPeople,
	seedLearning,
	seedBoards,
	seedBites,
	seedBitePackage,
	seedPaths,
	seedSurveys,
	seedActions,
	seedPeopleImport,
	seedApi,
	seedXapi,
	seedChat,
	// last: what the other seeders did has already told people about it
	seedNotifications
];

/** Ids may hold '_' and '-', which make an address that sign-in's email check refuses. */
const demoDomain = (orgId: string) =>
	`demo-${orgId
		.slice(0, 6)
		.toLowerCase()
		.replace(/[^a-z0-9]/g, 'x')}.samspil.test`;

export async function seedDemoInto(orgId: string, adminId: string, password = randomBytes(9).toString('base64url')) {
	const ctx: DemoContext = { orgId, adminId, password, domain: demoDomain(orgId), teams: [], people: [] };
	for (const seed of SEEDERS) await seed(ctx);
	return ctx;
}

/** How to sign in as the demo organisation's people (they share one password): shown only for a demo. */
export function demoSignIns(ctx: DemoContext) {
	return ctx.people.map((p) => ({ name: p.name, email: p.email }));
}

/** A complete demo organisation with its own admin account, for the command line. */
export async function seedDemoOrganisation() {
	const org = await createOrganisation('Nordhavn Kommune');
	const password = 'samspil-demo';
	const email = `admin@${demoDomain(org.id)}`;
	const admin = (await findUserByEmail(email)) ?? (await createUser({ email, name: 'Birgitte Lund', password }));
	await addMembership(org.id, admin.id, 'admin');
	const ctx = await seedDemoInto(org.id, admin.id, password);
	return { email, password, orgName: org.name, colleagues: demoSignIns(ctx) };
}
