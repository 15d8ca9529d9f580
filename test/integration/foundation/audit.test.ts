import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { exportCsv, listEvents } from '../../../src/lib/server/audit/index';
import { createTeam, setMemberRole, updateOrganisation } from '../../../src/lib/server/orgs/index';
import { createInvitation, signIn } from '../../../src/lib/server/auth/index';
import { Forbidden } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

describe('the audit log', () => {
	it('records who did what to the organisation, for its admins only', async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin', name: 'Asta Admin' });
		const member = await makePerson(org.id);
		const otherAdmin = await makePerson(other.id, { role: 'admin' });
		const trickster = await makePerson(org.id, { role: 'admin', name: '=HYPERLINK("http://evil")' });
		await createTeam(trickster, { name: 'Formula' });
		await createTeam(admin, { name: 'Kantinen' });
		await createInvitation(admin, { email: 'new@x.test', role: 'member' }, 'http://x');
		await setMemberRole(admin, member.userId, 'facilitator');
		await updateOrganisation(admin, { name: 'Fjordby', minGroupSize: 6 });
		await signIn({ email: member.email, password: member.password, ip: '10.1.1.1' });

		const events = await listEvents(admin);
		expect(events.map((e) => e.action).sort()).toEqual(
			['invitation.create', 'member.role', 'org.settings', 'session.sign_in', 'team.create', 'team.create'].sort()
		);
		expect(events.filter((e) => e.action === 'team.create').map((e) => e.actor_name)).toContain('Asta Admin');
		expect(await listEvents(otherAdmin)).toEqual([]);
		await expect(listEvents(member)).rejects.toBeInstanceOf(Forbidden);

		const csv = await exportCsv(admin);
		expect(csv.split('\r\n')[0]).toBe('at,actor,action,target,detail');
		expect(csv).toContain('"team.create"');
		// A value that a spreadsheet would run as a formula is defused.
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(csv).not.toMatch(/(^|,)"=/m);
	});
});
