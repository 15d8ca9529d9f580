// An organisation's data: retention deletes old archives and comments on the organisation's schedule, its
// admin exports its shared records (what stays out: org-export.test.ts), and deleting it leaves nothing of
// it — and nothing of another.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { db } from '../../../src/lib/server/db/current';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { addMembership } from '../../../src/lib/server/orgs/index';
import { loadActor } from '../../../src/lib/server/auth/index';
import { listEvents } from '../../../src/lib/server/audit/index';
import { giveFeedback } from '../../../src/lib/server/learning/index';
import {
	applyRetention,
	deleteOrganisation,
	erasePerson,
	exportOrganisation,
	getRetention,
	monthsBefore,
	ORG_EXPORT_TABLES,
	ORG_TABLES,
	setRetention
} from '../../../src/lib/server/privacy/index';
import { columns } from './schema';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';
import type { RegistryDb } from '../../../src/lib/server/privacy/index';

let database: TestDatabase;
let sync: AppSync;
let dataDir: string;
let orgId: string;
let admin: Actor & { password: string };
let member: Actor & { password: string };
let otherOrg: string;
let consultant: Actor & { password: string };
const anyDb = () => db() as unknown as RegistryDb;
const count = async (table: string, org: string) =>
	Number(
		(
			(await anyDb()
				.selectFrom(table)
				.select((eb) => eb.fn.countAll().as('n'))
				.where('org_id', '=', org)
				.executeTakeFirstOrThrow()) as { n: unknown }
		).n
	);

beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-privacy-org-'));
	app().dataDir = dataDir;
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	orgId = (await makeOrg('Nordhavn Kommune')).id;
	admin = await makePerson(orgId, { role: 'admin' });
	member = await makePerson(orgId);
	await seedDemoInto(orgId, admin.userId, 'demo-password-long');
	// A consultant who works for this organisation and another one.
	otherOrg = (await makeOrg('Sydhavn Region')).id;
	await makeTeam(otherOrg);
	consultant = await makePerson(otherOrg, { role: 'facilitator' });
	await addMembership(orgId, consultant.userId, 'facilitator');
	fs.mkdirSync(path.join(dataDir, 'bites', orgId), { recursive: true });
	fs.writeFileSync(path.join(dataDir, 'bites', orgId, 'upload.png'), 'x');
}, 120_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('retention', () => {
	it("is the admin's to set, and keeps everything by default", async () => {
		expect(await getRetention(admin)).toEqual({ boardArchiveMonths: null, surveyCommentMonths: null });
		await expect(setRetention(member, { boardArchiveMonths: 1, surveyCommentMonths: 1 })).rejects.toThrow(
			'privacy.retention'
		);
		expect(await applyRetention(new Date(Date.now() + 50 * 365 * 86_400_000))).toEqual({
			boardsDeleted: 0,
			commentsDeleted: 0
		});
	});

	it("deletes archived boards and closed rounds' comments only once they are older than the setting", async () => {
		await setRetention(admin, { boardArchiveMonths: 12, surveyCommentMonths: 6 });
		const archived = await anyDb()
			.selectFrom('boards')
			.select(['id', 'ended_at', 'updated_at'])
			.where('org_id', '=', orgId)
			.where('status', '=', 'archived')
			.execute();
		const closed = await anyDb()
			.selectFrom('survey_rounds')
			.select(['id', 'closed_at'])
			.where('org_id', '=', orgId)
			.where('closed_at', 'is not', null)
			.execute();
		expect(archived.length).toBeGreaterThan(0);
		expect(closed.length).toBeGreaterThan(0);
		const comments = await count('survey_comments', orgId);
		const closedComments = (
			await anyDb()
				.selectFrom('survey_comments')
				.select('id')
				.where(
					'round_id',
					'in',
					closed.map((r) => r.id)
				)
				.execute()
		).length;
		expect(closedComments).toBeGreaterThan(0);
		const counts = await count('survey_counts', orgId);
		const activeBoards = await anyDb()
			.selectFrom('boards')
			.select('id')
			.where('org_id', '=', orgId)
			.where('status', '=', 'active')
			.execute();
		expect(comments).toBeGreaterThan(0);

		// On the day the oldest of them ended, nothing is old enough.
		const latest = (xs: (string | null)[]) => xs.filter(Boolean).sort().at(-1)!;
		const earliest = (xs: (string | null)[]) => xs.filter(Boolean).sort()[0]!;
		const first = earliest([...archived.map((b) => b.ended_at ?? b.updated_at), ...closed.map((r) => r.closed_at)]);
		expect(await applyRetention(new Date(first))).toEqual({ boardsDeleted: 0, commentsDeleted: 0 });
		expect(await count('survey_comments', orgId)).toBe(comments);

		// A clock past every cutoff: the archives and the comments go; scores, counts and active boards stay.
		const later = new Date(
			new Date(
				latest([...archived.map((b) => b.ended_at ?? b.updated_at), ...closed.map((r) => r.closed_at)])
			).getTime() +
				13 * 31 * 86_400_000
		);
		expect(monthsBefore(later, 12) > latest(archived.map((b) => b.ended_at ?? b.updated_at))).toBe(true);
		expect(await applyRetention(later)).toMatchObject({
			boardsDeleted: expect.any(Number),
			commentsDeleted: closedComments
		});
		// Comments of rounds still open stay.
		expect(await count('survey_comments', orgId)).toBe(comments - closedComments);
		expect(await count('survey_counts', orgId)).toBe(counts);
		const remaining = await anyDb().selectFrom('boards').select(['id', 'status']).where('org_id', '=', orgId).execute();
		expect(remaining.map((b) => b.status)).not.toContain('archived');
		expect(remaining.length).toBe(activeBoards.length);
		for (const b of archived) {
			expect(
				await anyDb().selectFrom('doc_updates').select('doc').where('doc', '=', `board/${b.id}`).execute()
			).toEqual([]);
			expect(
				await anyDb().selectFrom('doc_snapshots').select('doc').where('doc', '=', `board/${b.id}`).execute()
			).toEqual([]);
		}
		const events = await listEvents(admin);
		expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['privacy.retention', 'privacy.retention_run']));
	});
});

describe('an organisation', () => {
	it('knows every table that carries an organisation, for its deletion', async () => {
		const withOrg = [...new Set((await columns()).filter((c) => c.column === 'org_id').map((c) => c.table))];
		const notExported = withOrg.filter((t) => !ORG_TABLES.includes(t) && t !== 'sessions');
		expect(notExported).toEqual([]);
	});

	it('is exported by its admin, every shared record without secrets, and not by anyone else', async () => {
		await expect(exportOrganisation(member)).rejects.toThrow('privacy.org.export');
		const data = await exportOrganisation(admin);
		let rows = 0;
		for (const table of ORG_EXPORT_TABLES) {
			expect(data.tables[table].length, table).toBe(await count(table, orgId));
			rows += data.tables[table].length;
		}
		expect(rows).toBeGreaterThan(300);
		expect(data.people.map((p) => p.id)).toEqual(
			expect.arrayContaining([admin.userId, member.userId, consultant.userId])
		);
		expect(Object.keys(data.boards).length).toBe(await count('boards', orgId));
		const text = JSON.stringify(data);
		for (const secret of ['password_hash', 'token_hash', 'private_enc', 'scrypt$']) expect(text).not.toContain(secret);
		expect(text).not.toContain(otherOrg);
	});

	it('is deleted only by its admin who types its name', async () => {
		await expect(deleteOrganisation(member, { confirmName: 'Nordhavn Kommune' })).rejects.toThrow('privacy.org.delete');
		await expect(deleteOrganisation(admin, { confirmName: 'Nordhavn' })).rejects.toThrow('error_privacy_confirm_name');
		expect(await count('boards', orgId)).toBeGreaterThan(0);
	});

	it('leaves nothing of itself when deleted, and everything of another organisation', async () => {
		// Someone who left earlier is a placeholder in the organisation's records; it goes with them.
		const leaver = await makePerson(orgId);
		await giveFeedback(leaver, {
			receiverId: member.userId,
			pairId: null,
			situation: 'S',
			behaviour: 'B',
			impact: 'I',
			feedForward: 'F'
		});
		const { placeholderId } = await erasePerson(leaver.userId);
		const otherBefore = await Promise.all(ORG_TABLES.map((t) => count(t, otherOrg)));
		const boardIds = (await anyDb().selectFrom('boards').select('id').where('org_id', '=', orgId).execute()).map(
			(b) => b.id
		);
		const result = await deleteOrganisation(admin, { confirmName: ' Nordhavn Kommune ' });
		expect(result.accountsDeleted).toBeGreaterThan(2);
		for (const table of ORG_TABLES) expect(await count(table, orgId), table).toBe(0);
		expect(await anyDb().selectFrom('orgs').select('id').where('id', '=', orgId).execute()).toEqual([]);
		for (const id of boardIds)
			expect(
				await anyDb().selectFrom('doc_updates').select('doc').where('doc', 'like', `board/${id}%`).execute()
			).toEqual([]);
		expect(fs.existsSync(path.join(dataDir, 'bites', orgId))).toBe(false);
		// Its own people are gone; the consultant keeps their account and the other organisation.
		expect(
			await anyDb().selectFrom('users').select('id').where('id', 'in', [admin.userId, member.userId]).execute()
		).toEqual([]);
		expect(await loadActor(consultant.userId, otherOrg)).not.toBeNull();
		expect(await anyDb().selectFrom('users').select('id').where('id', '=', placeholderId).execute()).toEqual([]);
		expect(await Promise.all(ORG_TABLES.map((t) => count(t, otherOrg)))).toEqual(otherBefore);
	});
});
