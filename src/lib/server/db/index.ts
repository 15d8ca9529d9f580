// Opens the database named by DATABASE_URL: a SQLite file by default, PostgreSQL for postgres:// URLs.
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import { reusingStatements } from './statements';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './schema';
import { log } from '../log';
import { startCheckpointer } from './checkpoint';

export type { Database } from './schema';
export type DB = Kysely<Database>;

export interface OpenedDatabase {
	db: DB;
	kind: 'sqlite' | 'postgres';
	close(): Promise<void>;
}

/** LOG_SLOW_QUERIES_MS=n: print every query slower than n ms with its SQL (for finding a slow page). */
function slowQueryLog(): ((event: LogEvent) => void) | undefined {
	const threshold = Number(process.env.LOG_SLOW_QUERIES_MS);
	if (!(threshold >= 0) || process.env.LOG_SLOW_QUERIES_MS === undefined) return undefined;
	return (event) => {
		if (event.queryDurationMillis >= threshold) {
			log.warn('slow query', { ms: Math.round(event.queryDurationMillis * 10) / 10, sql: event.query.sql });
		}
	};
}

export function isPostgresUrl(url: string | undefined): url is string {
	return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** `file:./data/samspil.db`, a bare path, or undefined (→ ./data/samspil.db). */
export function sqlitePath(url: string | undefined): string {
	if (!url) return path.resolve('data', 'samspil.db');
	const p = url.startsWith('file:') ? url.slice('file:'.length) : url;
	return p === ':memory:' ? p : path.resolve(p);
}

export async function openDatabase(
	url: string | undefined,
	options: {
		schema?: string;
		/** SQLite: how often the worker thread checkpoints the WAL (default 1 s) */
		checkpointEveryMs?: number;
	} = {}
): Promise<OpenedDatabase> {
	if (isPostgresUrl(url)) {
		const { default: pg } = await import('pg');
		// Keep BIGINT ids as numbers: our ids stay far below 2^53.
		pg.types.setTypeParser(20, (v: string) => Number(v));
		const pool = new pg.Pool({
			connectionString: url,
			max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
			...(options.schema ? { options: `-c search_path=${options.schema}` } : {})
		});
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: slowQueryLog() });
		return { db, kind: 'postgres', close: () => db.destroy() };
	}
	const { default: SQLite } = await import('better-sqlite3');
	const file = sqlitePath(url);
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	// Deleted rows are overwritten, not left in free pages: a sealed survey round's dropped participation must
	// not survive in a copy of the file (surveys/publication.ts). Old WAL frames go at the next checkpoint.
	sqlite.pragma('secure_delete = ON');
	// Checkpoints run on a worker thread (see checkpoint.ts), never inside our COMMITs.
	const checkpointer = file === ':memory:' ? null : startCheckpointer(file, options.checkpointEveryMs);
	if (checkpointer) {
		sqlite.pragma('wal_autocheckpoint = 0');
		sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
	}
	const db = new Kysely<Database>({
		dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
		log: slowQueryLog()
	});
	return {
		db,
		kind: 'sqlite',
		async close() {
			// Stop the worker first, so closing the last connection checkpoints and removes the WAL.
			await checkpointer?.stop();
			await db.destroy();
		}
	};
}
