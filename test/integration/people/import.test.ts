import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { applyImport, importPreview, uploadImport } from '../../../src/lib/server/people/index';
import { db } from '../../../src/lib/server/db/current';
import { Forbidden, Invalid } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

const file = (text: string | Uint8Array<ArrayBuffer>, name = 'people.csv') =>
	new File([text], name, { type: 'text/csv' });

/**
 * 1,000 people (line 2 … 1001 of the file); 20 of them bad in eight different ways, at known lines. One line
 * changes an existing member's role; every other good line is a new person.
 */
function thousandLines(managerEmail: string, existingEmail: string) {
	const bad = new Map<number, [string[], string]>();
	const kinds: [(i: number) => string[], string][] = [
		[(i) => [`Person ${i}`, `person${i}-at-example.test`, 'IT', 'member', '', 'da'], 'invalid_email'],
		[(i) => [`Person ${i}`, `person${i}@import.test`, 'IT', 'boss', '', 'da'], 'unknown_role'],
		[(i) => [`Person ${i}`, `person${i}@import.test`, 'IT', 'member', 'nobody@import.test', 'da'], 'manager_not_found'],
		[(i) => [`Person ${i}`, `person${i}@import.test`, 'IT', 'member', '', 'fr'], 'unknown_language'],
		[(i) => ['', `person${i}@import.test`, 'IT', 'member', '', 'da'], 'missing_name'],
		[(i) => [`Person ${i}`, '', 'IT', 'member', '', 'da'], 'missing_email'],
		[(i) => [`Person ${i}`, `person${i}@import.test`, '', 'member', managerEmail, 'da'], 'manager_needs_team'],
		// the same address as line 2's person
		[() => ['Someone Again', 'person1@import.test', 'IT', 'member', '', 'da'], 'duplicate_email']
	];
	const rows: string[] = ['name,email,team,role,manager,language'];
	for (let i = 1; i <= 1000; i++) {
		const lineNo = i + 1;
		let cells: string[];
		if (i % 50 === 7) {
			const [make, reason] = kinds[bad.size % kinds.length];
			cells = make(i);
			bad.set(lineNo, [cells, reason]);
		} else if (i === 500) cells = ['Existing Person', existingEmail, 'IT', 'facilitator', '', 'en'];
		else {
			const team = ['Borgerservice', 'Hjemmepleje', 'IT'][i % 3];
			cells = [
				`Person ${i}`,
				`person${i}@import.test`,
				team,
				i % 10 === 0 ? 'facilitator' : '',
				i % 4 === 0 ? managerEmail : '',
				i % 2 ? 'da' : 'en'
			];
		}
		rows.push(cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
	}
	return { text: rows.join('\r\n') + '\r\n', bad };
}

async function invitationCount(orgId: string) {
	const rows = await db().selectFrom('invitations').select('id').where('org_id', '=', orgId).execute();
	return rows.length;
}

describe('people import', () => {
	it('previews exactly the bad lines with their reasons, applies the rest at once, and a re-import changes nothing', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id, 'Borgerservice');
		const admin = await makePerson(org.id, { role: 'admin' });
		const manager = await makePerson(org.id, { teams: [[team.id, 'member']] });
		const existing = await makePerson(org.id);
		const { text, bad } = thousandLines(manager.email, existing.email);
		expect(bad.size).toBe(20);

		const { id } = await uploadImport(admin, file(text));
		const preview = await importPreview(admin, id);
		expect(preview.counts).toMatchObject({ create: 979, change: 1, unchanged: 0, reject: 20, newTeams: 2 });
		const rejected = preview.lines.filter((l) => l.status === 'reject');
		expect(rejected.map((l) => l.line)).toEqual([...bad.keys()]);
		for (const l of rejected) expect(l.reasons).toEqual([bad.get(l.line)![1]]);
		expect(new Set(rejected.map((l) => l.reasons[0])).size).toBe(8);
		const changed = preview.lines.find((l) => l.status === 'change')!;
		expect(changed).toMatchObject({ email: existing.email, changes: ['role', 'team'] });

		const counts = await applyImport(admin, id, 'http://localhost');
		expect(counts.create).toBe(979);
		expect(await invitationCount(org.id)).toBe(979);
		const teams = await db().selectFrom('teams').select('name').where('org_id', '=', org.id).orderBy('name').execute();
		expect(teams.map((t) => t.name)).toEqual(['Borgerservice', 'Hjemmepleje', 'IT']);
		const role = await db()
			.selectFrom('memberships')
			.select('role')
			.where('org_id', '=', org.id)
			.where('user_id', '=', existing.userId)
			.executeTakeFirstOrThrow();
		expect(role.role).toBe('facilitator');
		const managed = await db()
			.selectFrom('team_members')
			.select('role')
			.where('user_id', '=', manager.userId)
			.where('org_id', '=', org.id)
			.execute();
		expect(managed.length).toBe(3);
		expect(managed.every((m) => m.role === 'manager')).toBe(true);
		const invite = await db()
			.selectFrom('invitations')
			.select(['role', 'locale', 'team_id'])
			.where('email', '=', 'person10@import.test')
			.executeTakeFirstOrThrow();
		expect(invite).toMatchObject({ role: 'facilitator', locale: 'en' });
		expect(invite.team_id).not.toBeNull();

		// the same import cannot be applied twice; the same file again is a no-op
		await expect(applyImport(admin, id, 'http://localhost')).rejects.toBeInstanceOf(Invalid);
		const again = await uploadImport(admin, file(text));
		const second = await importPreview(admin, again.id);
		expect(second.counts).toMatchObject({ create: 0, change: 0, unchanged: 980, reject: 20, newTeams: 0 });
		await applyImport(admin, again.id, 'http://localhost');
		expect(await invitationCount(org.id)).toBe(979);
	});

	it("reads Excel's semicolon-separated UTF-8 with a byte-order mark and Danish headers", async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const text = '\uFEFFNavn;E-mail;Hold;Rolle;Leder;Sprog\r\nSøren Ærø;soren@import.test;Kørsel;medlem;;da\r\n';
		const { id } = await uploadImport(admin, file(new TextEncoder().encode(text)));
		const preview = await importPreview(admin, id);
		expect(preview.counts).toMatchObject({ create: 1, reject: 0, newTeams: 1 });
		expect(preview.lines[0]).toMatchObject({ line: 2, name: 'Søren Ærø', email: 'soren@import.test', team: 'Kørsel' });
	});

	it('refuses a file that is not UTF-8 (Windows-1252/Latin-1) with the "save as CSV UTF-8" message', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const latin1 = Buffer.from('Navn;E-mail\r\nSøren Ærø;soren@import.test\r\n', 'latin1');
		const error = await uploadImport(admin, file(Uint8Array.from(latin1))).catch((e) => e);
		expect(error).toBeInstanceOf(Invalid);
		expect(error.key).toBe('error_import_encoding');
	});

	it('refuses files without the name and email columns, and uploads by anyone but an admin', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const error = await uploadImport(admin, file('who,where\nx,y\n')).catch((e) => e);
		expect(error.key).toBe('error_import_header');
		await expect(uploadImport(member, file('name,email\nA,a@import.test\n'))).rejects.toBeInstanceOf(Forbidden);
		const { id } = await uploadImport(admin, file('name,email\nA,a@import.test\n'));
		const other = await makeOrg();
		const otherAdmin = await makePerson(other.id, { role: 'admin' });
		await expect(importPreview(otherAdmin, id)).rejects.toThrow();
		await expect(applyImport(otherAdmin, id, 'http://localhost')).rejects.toThrow();
	});
});
