// The database the modules use. The runtime opens it at start-up; integration tests set a fresh one per file.
import type { DB } from './index';

let current: { db: DB; kind: 'sqlite' | 'postgres' } | undefined;

export function useDatabase(db: DB, kind: 'sqlite' | 'postgres') {
	current = { db, kind };
}

export function db(): DB {
	if (!current) throw new Error('database not opened');
	return current.db;
}

export function dbKind(): 'sqlite' | 'postgres' {
	if (!current) throw new Error('database not opened');
	return current.kind;
}
