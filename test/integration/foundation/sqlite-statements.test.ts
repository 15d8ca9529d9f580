// SQLite statements are prepared once per SQL text and reused: same results as preparing anew, streaming
// included, and the number kept is bounded.
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
	const db = new Kysely<{ t: { id: number; v: string } }>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite, max) }) });
	return { db, prepared };
}

describe('reused SQLite statements', () => {
	it('prepares a query once and gives the same answers as preparing it each time', async () => {
		const { db, prepared } = open();
		for (let i = 0; i < 50; i++) await db.insertInto('t').values({ id: i, v: `v${i}` }).execute();
		const rows = [];
		for (let i = 0; i < 50; i += 7) rows.push(await db.selectFrom('t').select('v').where('id', '=', i).executeTakeFirst());
		expect(rows.map((r) => r?.v)).toEqual(['v0', 'v7', 'v14', 'v21', 'v28', 'v35', 'v42', 'v49']);
		expect(await db.transaction().execute(async (trx) => (await trx.selectFrom('t').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(50);
		// one insert, one select, one count, and begin/commit
		expect(new Set(prepared).size).toBe(prepared.length);
		expect(prepared.length).toBe(5);
		await db.destroy();
	});

	it('streams with a kept statement and runs it again afterwards', async () => {
		const { db, prepared } = open();
		await db.insertInto('t').values([{ id: 1, v: 'a' }, { id: 2, v: 'b' }]).execute();
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
});
