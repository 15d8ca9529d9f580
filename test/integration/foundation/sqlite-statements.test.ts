// SQLite statements are prepared once per SQL text and reused: same results as preparing anew, streaming
// included, and the number kept is bounded. Transactions take the write lock when they begin, so one that
// reads and then writes never fails because another connection (the CLI beside the server) wrote meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { reusingStatements } from '../../../src/lib/server/db/statements';

let sqlite: SQLite.Database;
afterEach(() => sqlite?.open && sqlite.close());

function open(max?: number) {
	sqlite = new SQLite(':memory:');
	sqlite.exec('create table t (id integer primary key, v text)');
	const prepared: string[] = [];
	const prepare = sqlite.prepare.bind(sqlite);
	sqlite.prepare = ((text: string) => (prepared.push(text), prepare(text))) as typeof sqlite.prepare;
	const db = new Kysely<{ t: { id: number; v: string } }>({
		dialect: new SqliteDialect({ database: reusingStatements(sqlite, max) })
	});
	return { db, prepared };
}

describe('reused SQLite statements', () => {
	it('prepares a query once and gives the same answers as preparing it each time', async () => {
		const { db, prepared } = open();
		for (let i = 0; i < 50; i++)
			await db
				.insertInto('t')
				.values({ id: i, v: `v${i}` })
				.execute();
		const rows = [];
		for (let i = 0; i < 50; i += 7)
			rows.push(await db.selectFrom('t').select('v').where('id', '=', i).executeTakeFirst());
		expect(rows.map((r) => r?.v)).toEqual(['v0', 'v7', 'v14', 'v21', 'v28', 'v35', 'v42', 'v49']);
		expect(
			await db.transaction().execute(
				async (trx) =>
					(
						await trx
							.selectFrom('t')
							.select((eb) => eb.fn.countAll().as('n'))
							.executeTakeFirstOrThrow()
					).n
			)
		).toBe(50);
		// one insert, one select, one count, and begin/commit
		expect(new Set(prepared).size).toBe(prepared.length);
		expect(prepared.length).toBe(5);
		await db.destroy();
	});

	it('streams with a kept statement and runs it again afterwards', async () => {
		const { db, prepared } = open();
		await db
			.insertInto('t')
			.values([
				{ id: 1, v: 'a' },
				{ id: 2, v: 'b' }
			])
			.execute();
		const query = db.selectFrom('t').select('v').orderBy('id');
		const seen: string[] = [];
		for await (const row of query.stream()) seen.push(row.v);
		seen.push((await query.execute()).map((r) => r.v).join(''));
		expect(seen).toEqual(['a', 'b', 'ab']);
		expect(prepared.filter((s) => s.startsWith('select')).length).toBe(1);
		await db.destroy();
	});

	it('keeps at most the given number, dropping the least recently used', async () => {
		const { db, prepared } = open(2);
		const q = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db);
		await q(1);
		await q(2);
		await q(1);
		await q(3); // drops 2, the least recently used
		await q(1);
		await q(2);
		expect(prepared.map((s) => s.slice(-6))).toEqual(['1 as n', '2 as n', '3 as n', '2 as n']);
		await db.destroy();
	});

	it('begins transactions immediately, so another connection’s write cannot slip in between a read and a write', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-immediate-'));
		try {
			sqlite = new SQLite(path.join(dir, 'db.sqlite'));
			sqlite.pragma('journal_mode = WAL');
			sqlite.exec('create table t (id integer primary key, v text)');
			const db = new Kysely<{ t: { id: number; v: string } }>({
				dialect: new SqliteDialect({ database: reusingStatements(sqlite) })
			});
			const other = new SQLite(path.join(dir, 'db.sqlite'));
			other.pragma('busy_timeout = 0');
			let otherWrite = '';
			await db.transaction().execute(async (trx) => {
				await trx.selectFrom('t').selectAll().execute();
				try {
					other.prepare('insert into t (id, v) values (1, ?)').run('other');
					otherWrite = 'written';
				} catch (error) {
					otherWrite = (error as { code: string }).code;
				}
				// With a deferred begin this would fail with SQLITE_BUSY_SNAPSHOT, the other write having won.
				await trx.insertInto('t').values({ id: 2, v: 'ours' }).execute();
			});
			expect(otherWrite).toBe('SQLITE_BUSY');
			expect((await db.selectFrom('t').select('v').execute()).map((r) => r.v)).toEqual(['ours']);
			other.close();
			await db.destroy();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
