// An organisation's single sign-on settings: only its own admins read or change them, the client secret is sealed
// at rest (the row never holds it in plain text) and never comes back to the page, and "SSO only" refuses password
// sign-in to the organisation's members while its admins keep theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { db } from '../../../src/lib/server/db/current';
import { Forbidden, Invalid } from '../../../src/lib/server/errors';
import { saveSsoSettings, ssoSettings, passwordSignInRefused } from '../../../src/lib/server/sso/index';
import { activeConfig } from '../../../src/lib/server/sso/settings';
import { signIn } from '../../../src/lib/server/auth/index';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

const SECRET = 'plain-client-secret-Zq81xV';
const input = (over: Partial<Parameters<typeof saveSsoSettings>[1]> = {}) => ({
	issuer: 'https://login.example.test/tenant/v2.0',
	clientId: 'samspil-client',
	clientSecret: SECRET,
	enabled: true,
	ssoOnly: false,
	defaultTeamId: '',
	...over
});

describe('single sign-on settings', () => {
	it('stores the client secret sealed and shows only that it is set', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		await saveSsoSettings(admin, input({ defaultTeamId: team.id }));
		const row = await db().selectFrom('sso_configs').selectAll().where('org_id', '=', org.id).executeTakeFirstOrThrow();
		expect(JSON.stringify(row)).not.toContain(SECRET);
		expect(row.client_secret_enc).toMatch(/^v1\./);
		const page = await ssoSettings(admin);
		expect(JSON.stringify(page)).not.toContain(SECRET);
		expect(page.sso).toMatchObject({ secretSet: true, enabled: true, defaultTeamId: team.id });
		expect(page.redirectUri).toMatch(/\/sso\/callback$/);
		expect((await activeConfig(org.id))?.clientSecret).toBe(SECRET);
		// Saving again with the secret left empty keeps it.
		await saveSsoSettings(admin, input({ clientSecret: '', clientId: 'renamed' }));
		expect((await activeConfig(org.id))?.clientSecret).toBe(SECRET);
		expect(JSON.stringify(await db().selectFrom('audit_events').selectAll().execute())).not.toContain(SECRET);
	});

	it("refuses every role but the organisation's admins, and other organisations' admins", async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const team = await makeTeam(org.id);
		const otherAdmin = await makePerson(other.id, { role: 'admin' });
		await saveSsoSettings(await makePerson(org.id, { role: 'admin' }), input());
		for (const role of ['member', 'facilitator'] as const) {
			const p = await makePerson(org.id, { role, teams: [[team.id, 'manager']] });
			await expect(ssoSettings(p)).rejects.toBeInstanceOf(Forbidden);
			await expect(saveSsoSettings(p, input())).rejects.toBeInstanceOf(Forbidden);
		}
		// The other organisation's admin acts in their own organisation: they see their own (empty) settings …
		expect((await ssoSettings(otherAdmin)).sso.secretSet).toBe(false);
		// … and cannot name this organisation's team as their default.
		await expect(saveSsoSettings(otherAdmin, input({ defaultTeamId: team.id }))).rejects.toBeInstanceOf(Invalid);
		expect(await activeConfig(other.id)).toBeNull();
	});

	it('refuses a plain-http issuer and switching on without a secret', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		await expect(saveSsoSettings(admin, input({ issuer: 'http://idp.example.test' }))).rejects.toBeInstanceOf(Invalid);
		await expect(saveSsoSettings(admin, input({ clientSecret: '' }))).rejects.toBeInstanceOf(Invalid);
	});

	it('"SSO only" refuses password sign-in to members; admins keep it', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		await saveSsoSettings(admin, input({ ssoOnly: true }));
		expect(await passwordSignInRefused(member.userId)).toBe(true);
		expect(await passwordSignInRefused(admin.userId)).toBe(false);
		await expect(signIn({ email: member.email, password: member.password, ip: '10.0.0.1' })).rejects.toMatchObject({
			key: 'sso_error_password_refused'
		});
		await expect(signIn({ email: admin.email, password: admin.password, ip: '10.0.0.1' })).resolves.toBeTruthy();
		await saveSsoSettings(admin, input({ ssoOnly: true, enabled: false }));
		expect(await passwordSignInRefused(member.userId)).toBe(false);
	});
});
