// Shared set-up for the learning integration tests: a fresh database, a sync stand-in that records the
// team documents written (the live test uses the real sync server instead), and small factories.
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { createProgramme, type ProgrammeInput } from '../../../src/lib/server/learning/index';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';

export { makeOrg, makePerson, makeTeam };

/** Team documents as the server wrote them, by name. */
export const docs = new Map<string, Y.Doc>();

export async function setup(): Promise<TestDatabase> {
	const database = await createTestDatabase();
	app().sync = {
		async writeDoc(name, change) {
			const doc = docs.get(name) ?? new Y.Doc();
			docs.set(name, doc);
			change(doc);
		}
	};
	return database;
}

export function programmeInput(teamId: string, overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
	return {
		teamId,
		kind: 'mentoring',
		name: 'Mentoring 2026',
		goals: 'Grow into the role',
		cadence: 'weekly',
		startDate: '2026-03-10',
		endDate: null,
		sessionCount: 8,
		sessionMinutes: 45,
		startTime: '09:00',
		timeZone: 'Europe/Copenhagen',
		...overrides
	};
}

export async function makeProgramme(actor: Actor, teamId: string, overrides: Partial<ProgrammeInput> = {}) {
	return createProgramme(actor, programmeInput(teamId, overrides));
}
