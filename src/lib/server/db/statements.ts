// Prepared statements kept for reuse on SQLite. Kysely's SQLite driver prepares every query anew, so SQLite
// parses and plans the same text again and again (the sync server's insert, a page's few selects: about a
// twentieth of the sync server's CPU under load). Kysely compiles a query to the same text each time, with
// values as parameters, so a statement can be kept by its text and run again. Hand-written here: it is the
// dozen lines Kysely's `SqliteDatabase` interface needs, and no package offers it for Kysely.
import type { Database as SQLite, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Wraps `sqlite` for Kysely's SqliteDialect, keeping the `max` most recently used statements by their SQL.
 * Transactions start IMMEDIATE (Kysely sends a plain, deferred `begin`): a deferred transaction that reads
 * and then writes fails with SQLITE_BUSY_SNAPSHOT when another connection (the CLI beside the server, a
 * backup) committed in between, whatever the busy timeout; an immediate one waits for the write lock first.
 */
export function reusingStatements(sqlite: SQLite, max = 500): SqliteDatabase {
	const kept = new Map<string, Statement>();
	return {
		prepare(text) {
			const sql = text === 'begin' ? 'begin immediate' : text;
			const stmt = kept.get(sql);
			// No statement is ever handed out while it runs: better-sqlite3 refuses every other statement on
			// the connection while one iterates, and Kysely runs one query at a time on it.
			if (stmt) {
				kept.delete(sql);
				kept.set(sql, stmt);
				return stmt;
			}
			const fresh = sqlite.prepare(sql);
			kept.set(sql, fresh);
			if (kept.size > max) kept.delete(kept.keys().next().value!);
			return fresh;
		},
		close() {
			kept.clear();
			sqlite.close();
		}
	};
}
