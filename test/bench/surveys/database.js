// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// bench:surveys' database: a new PostgreSQL database next to the one at `pgAdminUrl` (the app migrates it at
// start), or a temporary SQLite file; and a tiny SQL client over either, to seed it fast.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** @returns {{ databaseUrl: string, cleanup: () => Promise<void> }} */
export async function createDatabase(pgAdminUrl) {
	if (pgAdminUrl) {
		const { default: pg } = await import('pg');
		const name = `bench_surveys_${randomBytes(4).toString('hex')}`;
		const admin = new pg.Client({ connectionString: pgAdminUrl });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		const u = new URL(pgAdminUrl);
		u.pathname = `/${name}`;
		return {
			databaseUrl: u.toString(),
			cleanup: async () => {
				const c = new pg.Client({ connectionString: pgAdminUrl });
				await c.connect();
				await c.query(`drop database if exists ${name} with (force)`);
				await c.end();
			}
		};
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-surveys-'));
	return {
		databaseUrl: `file:${path.join(dir, 'bench.db')}`,
		cleanup: async () => fs.rmSync(dir, { recursive: true, force: true })
	};
}

/** A tiny SQL client over either database (placeholders written as ?). */
export async function openSql(databaseUrl) {
	if (databaseUrl.startsWith('postgres')) {
		const { default: pg } = await import('pg');
		const client = new pg.Client({ connectionString: databaseUrl });
		await client.connect();
		const toPg = (q) => {
			let i = 0;
			return q.replace(/\?/g, () => `$${++i}`);
		};
		return {
			all: async (q, p = []) => (await client.query(toPg(q), p)).rows,
			run: async (q, p = []) => void (await client.query(toPg(q), p)),
			begin: () => client.query('begin'),
			commit: () => client.query('commit'),
			close: () => client.end()
		};
	}
	const { default: SQLite } = await import('better-sqlite3');
	const db = new SQLite(databaseUrl.slice('file:'.length));
	db.pragma('journal_mode = WAL');
	db.pragma('busy_timeout = 5000');
	return {
		all: async (q, p = []) => db.prepare(q).all(...p),
		run: async (q, p = []) => void db.prepare(q).run(...p),
		begin: async () => db.exec('begin'),
		commit: async () => db.exec('commit'),
		close: async () => db.close()
	};
}

/** Multi-row INSERTs in chunks (both databases cap the number of parameters). */
export async function insertMany(sql, table, columns, rows) {
	const per = Math.floor(900 / columns.length);
	for (let i = 0; i < rows.length; i += per) {
		const chunk = rows.slice(i, i + per);
		const values = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
		await sql.run(`insert into ${table} (${columns.join(',')}) values ${values}`, chunk.flat());
	}
}
