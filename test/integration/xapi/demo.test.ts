// The demo organisation's xAPI page looks lived-in without sending anything: a trial LRS under .invalid, switched
// off, its secret stored (only hinted), and no statement queued however much the demo's people learnt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { xapiSettings } from '../../../src/lib/server/xapi/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
	database = await createTestDatabase();
	const org = await makeOrg('Nordhavn Kommune');
	admin = await makePerson(org.id, { role: 'admin', name: 'Birgitte Lund' });
	await seedDemoInto(org.id, admin.userId, 'demo-password-long');
}, 180_000);

afterAll(async () => {
	await database.close();
});

describe('the demo LRS', () => {
	it('is configured, switched off, pointing at a host that never resolves, with nothing queued', async () => {
		const { xapi, backlog } = await xapiSettings(admin);
		expect(xapi).toMatchObject({ endpoint: 'https://lrs.example.invalid/xapi', key: 'samspil-demo', enabled: false });
		expect(xapi.secretHint).toMatch(/^….{4}$/);
		expect(backlog).toEqual({ waiting: 0, failed: 0, sent: 0, lastError: null });
	});
});
