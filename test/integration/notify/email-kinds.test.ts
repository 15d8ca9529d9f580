// Every kind of notice that can be emailed is on the preferences page, and its unsubscribe link stops it: the
// credential award notice (`bites_credential`) was emailed with a link the app did not recognise.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { getEmailPrefs, unsubscribe } from '../../../src/lib/server/notify/index';
import { unsubscribeToken } from '../../../src/lib/server/mail/index';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

it('lists the credential award notice among the email choices, and its unsubscribe link stops it', async () => {
	const org = await makeOrg('Fjordby');
	const ann = await makePerson(org.id);
	const award = async () => (await getEmailPrefs(ann)).find((p) => p.kind === 'bites_credential');
	expect(await award()).toMatchObject({ email: true, hasInApp: true });
	const token = unsubscribeToken({ userId: ann.userId, orgId: org.id, kind: 'bites_credential' });
	expect(await unsubscribe(token)).toEqual({ kind: 'bites_credential' });
	expect(await award()).toMatchObject({ email: false, inApp: true });
});
