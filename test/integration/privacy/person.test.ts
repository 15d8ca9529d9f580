// A person's data: the export holds every row the database keeps about them (compared with the person
// columns discovered from the schema), and after erasure none of it remains except anonymous aggregates
// and other people's records, which now point at a placeholder "deleted person".

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { db } from '../../../src/lib/server/db/current';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { loadActor, signIn } from '../../../src/lib/server/auth/index';
import * as boards from '../../../src/lib/server/boards/index';
import { eraseMyAccount, exportMyData, PERSON_TABLES, type PersonExport } from '../../../src/lib/server/privacy/index';
import { accountColumns, columns, uncovered, type Column } from './schema';
import { leaveFootprint } from './footprint';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';
import type { RegistryDb } from '../../../src/lib/server/privacy/index';

let database: TestDatabase;
let sync: AppSync;
let dataDir: string;
let orgId: string;
let teamIds: string[];
let admin: Actor & { password: string };
let subject: Actor & { password: string };
const anyDb = () => db() as unknown as RegistryDb;

async function rowsAbout(c: Column, userId: string): Promise<{ id: string }[]> {
	return anyDb().selectFrom(c.table).select('id').where(c.column, '=', userId).execute();
}

/** Person columns with no row about `userId` yet (the fill must reach every one). */
async function unfilled(userId: string) {
	const out: string[] = [];
	for (const c of await accountColumns()) if (!(await rowsAbout(c, userId)).length) out.push(`${c.table}.${c.column}`);
	return out;
}

async function totals(orgId: string) {
	const count = async (table: string) =>
		Number(
			(
				(await anyDb()
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.where('org_id', '=', orgId)
					.executeTakeFirstOrThrow()) as { n: unknown }
			).n
		);
	const sum = (await anyDb()
		.selectFrom('survey_counts')
		.select((eb) => eb.fn.sum('n').as('n'))
		.where('org_id', '=', orgId)
		.executeTakeFirstOrThrow()) as { n: unknown };
	return {
		responses: Number(
			(
				(await anyDb()
					.selectFrom('survey_publication')
					.select((eb) => eb.fn.sum('responses').as('n'))
					.where('org_id', '=', orgId)
					.executeTakeFirstOrThrow()) as { n: unknown }
			).n
		),
		counts: Number(sum.n),
		comments: await count('survey_comments'),
		pairs: await count('learning_pairs'),
		logs: await count('learning_logs'),
		feedback: await count('learning_feedback'),
		boards: await count('boards'),
		actions: await count('action_items')
	};
}

beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-privacy-'));
	app().dataDir = dataDir;
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	orgId = (await makeOrg('Nordhavn Kommune')).id;
	admin = await makePerson(orgId, { role: 'admin', name: 'Birgitte Zoëlund' });
	// Every module's own seeder fills the organisation through its real functions.
	const demo = await seedDemoInto(orgId, admin.userId, 'demo-password-long');
	// The demo's admin made its boards, surveys and modules; they erase themselves once a colleague is admin too.
	subject = admin;
	await makePerson(orgId, { role: 'admin', name: 'Second Admin' });
	const [other, third] = await Promise.all(demo.people.slice(0, 2).map(async (p) => (await loadActor(p.id, orgId))!));
	teamIds = demo.teams.map((t) => t.id);
	await leaveFootprint(sync, subject, other, third, demo.teams[0].id);
	subject = { ...(await loadActor(subject.userId, orgId))!, password: admin.password };
}, 120_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the privacy registry', () => {
	it('covers every table and every column that points at a person, discovered from the schema', async () => {
		expect(await uncovered()).toEqual([]);
	});

	it('notices a new table that references people', async () => {
		await sql`create table scratch_notes (id text primary key, user_id text not null references users(id))`.execute(
			db()
		);
		try {
			expect(await uncovered()).toEqual(['scratch_notes.user_id', 'table scratch_notes']);
		} finally {
			await sql`drop table scratch_notes`.execute(db());
		}
	});
});

// One person's story, in order: they use the modules, export, are erased, and what is left is checked. Each case
// reads what the one before left (the export, the totals before erasure, the placeholder that replaced them).
describe.sequential('a person', () => {
	let exported: PersonExport;
	let before: Awaited<ReturnType<typeof totals>>;
	let placeholderId: string;

	it('appears in every person column once the modules have been used', async () => {
		expect(await unfilled(subject.userId)).toEqual([]);
	});

	it('can download every row the database holds about them, and no secret', async () => {
		exported = await exportMyData(subject);
		let compared = 0;
		for (const c of await accountColumns()) {
			const ids = (await rowsAbout(c, subject.userId)).map((r) => r.id);
			if (PERSON_TABLES[c.table].secretColumns?.includes('id')) {
				// a session's id is the hash of its cookie: exported without it, so compare how many
				expect(exported.tables[c.table]?.length ?? 0, c.table).toBe(ids.length);
				continue;
			}
			const inExport = new Set((exported.tables[c.table] ?? []).map((r) => r.id));
			expect(
				ids.filter((id) => !inExport.has(id)),
				`${c.table}.${c.column}`
			).toEqual([]);
			compared += ids.length;
		}
		expect(compared).toBeGreaterThan(40);
		expect(exported.person.email).toBe(subject.email);
		const text = JSON.stringify(exported);
		expect(text).not.toContain('password_hash');
		expect(text).not.toContain('token_hash');
		expect(text).not.toContain('scrypt$');
		// Survey answers were never linked to the person: the export has who-answered, not what.
		expect(exported.tables.survey_participation.length).toBeGreaterThan(0);
		expect(exported.tables.survey_counts).toBeUndefined();
		expect(exported.tables.survey_publication).toBeUndefined();
		expect(exported.modules.learning).toContain('learning_feedback');
	});

	it('is the only one who can erase their account, with their password, once someone else is admin', async () => {
		await expect(eraseMyAccount(subject, { password: 'wrong password entirely' })).rejects.toThrow(
			'error_current_password'
		);
		const orgB = (await makeOrg('Solo Org')).id;
		const solo = await makePerson(orgB, { role: 'admin' });
		await expect(eraseMyAccount(solo, { password: solo.password })).rejects.toThrow('error_privacy_last_admin');
	});

	it('is erased: nothing about them remains except anonymous aggregates and placeholders in shared records', async () => {
		before = await totals(orgId);
		// Before: the team's live view names them (their pairs), so the check after erasure can fail.
		let view = '';
		await sync.writeDoc(`live/team/${teamIds[0]}`, (doc) => (view = JSON.stringify(doc.getMap('learning').toJSON())));
		expect(view).toContain(subject.name);
		const result = await eraseMyAccount(subject, { password: subject.password });
		placeholderId = result.placeholderId;
		expect(result.boardDocsRewritten).toBe(true);
		// No person column holds their id.
		for (const c of await accountColumns())
			expect(await rowsAbout(c, subject.userId), `${c.table}.${c.column}`).toEqual([]);
		expect(await anyDb().selectFrom('users').select('id').where('id', '=', subject.userId).execute()).toEqual([]);
		// No text anywhere holds their id, address or name (documents are checked below, through the doc).
		const needles = [subject.userId, subject.email, subject.name];
		const found: string[] = [];
		for (const c of await columns()) {
			if (/blob|bytea/.test(c.type)) continue;
			for (const n of needles) {
				const hit = await anyDb()
					.selectFrom(c.table)
					.select(sql`1`.as('x'))
					.where(sql`cast(${sql.ref(c.column)} as text)`, 'like', `%${n}%`)
					.limit(1)
					.execute();
				if (hit.length) found.push(`${c.table}.${c.column} ~ ${n === subject.userId ? 'id' : n}`);
			}
		}
		expect(found).toEqual([]);
	});

	it("leaves survey aggregates and other people's records whole", async () => {
		const after = await totals(orgId);
		expect(after).toEqual(before);
		expect(before.responses).toBeGreaterThan(0);
		const placeholder = await anyDb()
			.selectFrom('users')
			.selectAll()
			.where('id', '=', placeholderId)
			.executeTakeFirstOrThrow();
		expect(placeholder.erased_at).toBeTruthy();
		expect(placeholder.password_hash).toBe('!');
		const pairs = await anyDb()
			.selectFrom('learning_pairs')
			.select(['guide_id', 'ended_at'])
			.where((eb) => eb.or([eb('guide_id', '=', placeholderId), eb('learner_id', '=', placeholderId)]))
			.execute();
		expect(pairs.length).toBe(2);
		expect(pairs.every((p: { ended_at: string | null }) => p.ended_at)).toBe(true);
		const given = await anyDb()
			.selectFrom('learning_feedback')
			.select('id')
			.where('giver_id', '=', placeholderId)
			.execute();
		expect(given.length).toBeGreaterThanOrEqual(1);
	});

	it('is replaced as the author of their notes inside the board documents; their private drafts are gone', async () => {
		const other = await makePerson(orgId, { role: 'admin' });
		for (const board of await boards.listBoards(other)) {
			const snap = await boards.boardSnapshot(other, board.id);
			for (const note of snap.notes) expect(note.authorId).not.toBe(subject.userId);
			expect(JSON.stringify(snap)).not.toContain(subject.name);
		}
		// The teams' live learning view is rebuilt without them.
		for (const teamId of teamIds) {
			let view = '';
			await sync.writeDoc(`live/team/${teamId}`, (doc) => (view = JSON.stringify(doc.getMap('learning').toJSON())));
			expect(view).not.toContain(subject.name);
		}
		const drafts = await anyDb()
			.selectFrom('doc_updates')
			.select('doc')
			.where('doc', 'like', `%${subject.userId}%`)
			.execute();
		expect(drafts).toEqual([]);
	});

	it('can no longer sign in', async () => {
		await expect(signIn({ email: subject.email, password: subject.password, ip: '127.0.0.9' })).rejects.toThrow();
	});
});
