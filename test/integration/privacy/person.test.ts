// A person's data: the export holds every row the database keeps about them (compared with the person
// columns discovered from the schema), and after erasure none of it remains except anonymous aggregates
// and other people's records, which now point at a placeholder "deleted person".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { db } from '../../../src/lib/server/db/current';
import { useLiveWriter } from '../../../src/lib/server/live';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { createSession, loadActor, signIn, createPasswordReset } from '../../../src/lib/server/auth/index';
import { record } from '../../../src/lib/server/audit/index';
import * as bites from '../../../src/lib/server/bites/index';
import * as boards from '../../../src/lib/server/boards/index';
import * as learning from '../../../src/lib/server/learning/index';
import { collectPersonData, eraseMyAccount, exportMyData, PERSON_TABLES, type PersonExport } from '../../../src/lib/server/privacy/index';
import { accountColumns, columns, uncovered, type Column } from './schema';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let sync: AppSync;
let dataDir: string;
let orgId: string;
let admin: Actor;
let subject: Actor & { password: string };
let person: Actor & { password: string };
const anyDb = () => db() as unknown as Kysely<any>;

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
	const count = async (table: string) => Number((await anyDb().selectFrom(table).select((eb: any) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).executeTakeFirst()).n);
	const sum = await anyDb().selectFrom('survey_counts').select((eb: any) => eb.fn.sum('n').as('n')).where('org_id', '=', orgId).executeTakeFirst();
	return {
		responses: await count('survey_responses'),
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
	bites.useDataDir(dataDir);
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	useLiveWriter(sync);
	orgId = (await makeOrg('Nordhavn Kommune')).id;
	admin = await makePerson(orgId, { role: 'admin', name: 'Birgitte Lund' });
	// Every module's own seeder fills the organisation through its real functions.
	const demo = await seedDemoInto(orgId, admin.userId, 'demo-password-long');
	// The demo person who appears in the most places is the one we export and erase.
	let best = { id: '', n: -1 };
	for (const p of [{ id: admin.userId }, ...demo.people]) {
		const n = (await accountColumns()).length - (await unfilled(p.id)).length;
		if (n > best.n) best = { id: p.id, n };
	}
	subject = { ...(await loadActor(best.id, orgId))!, password: 'demo-password-long' };
	person = await makePerson(orgId, { name: 'Quentin Other' });
}, 120_000);

afterAll(async () => {
	useLiveWriter(undefined);
	await sync.close();
	await database.close();
	bites.useDataDir(undefined);
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the privacy registry', () => {
	it('covers every table and every column that points at a person, discovered from the schema', async () => {
		expect(await uncovered()).toEqual([]);
	});

	it('notices a new table that references people', async () => {
		await sql`create table scratch_notes (id text primary key, user_id text not null references users(id))`.execute(db());
		try {
			expect(await uncovered()).toEqual(['scratch_notes.user_id', 'table scratch_notes']);
		} finally {
			await sql`drop table scratch_notes`.execute(db());
		}
	});
});

describe('a person', () => {
	let exported: PersonExport;

	it('appears in every person column once the modules have been used', async () => {
		console.log('unfilled before top-up', await unfilled(subject.userId));
		expect(await unfilled(subject.userId)).toEqual([]);
	});
});
