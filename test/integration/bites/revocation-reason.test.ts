// Revoking a credential is irreversible and asks why: the reason is kept with the revocation and shown
// to whoever manages credentials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { completeModule, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

describe('revoking a credential', () => {
	it('keeps the reason given, for the people who manage credentials', async () => {
		const org = await makeOrg('Fjordby Kommune');
		const admin = await makePerson(org.id, { role: 'admin' });
		const learner = await makePerson(org.id, { name: 'Nina Holt' });
		const { module } = await makeModule(admin, { title: 'Feedback basics' });
		await bites.createDefinition(admin, {
			title: 'Feedback practitioner',
			outcomes: 'Gives specific, kind feedback.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 4,
			workloadHours: 0.5,
			credits: 0.1,
			qualityAssurance: 'Reviewed by the HR learning team.',
			moduleIds: [module.id],
			requiresIds: []
		});
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		await bites.revokeCredential(admin, held.id, 'Issued by mistake: the quiz was taken for a colleague');
		const issued = await bites.listIssued(admin);
		expect(issued.length).toBeGreaterThan(0);
		expect(issued.find((c) => c.id === held.id)).toMatchObject({
			revoked: true,
			revokedReason: 'Issued by mistake: the quiz was taken for a colleague'
		});
	});
});
