// The sync server's durability: an append-only log of Yjs updates per document and a compacted snapshot.
import { PostgresAdapter } from 'kysely';

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

	// Ids must never be reused: a snapshot covers every update with id <= upto, so a reused id would hide
	// a new update. SQLite only guarantees that with AUTOINCREMENT (plain rowids restart after a delete).
	await db.schema
		.createTable('doc_updates')
		.addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
			postgres ? c.primaryKey() : c.primaryKey().autoIncrement()
		)
		.addColumn('doc', 'text', (c) => c.notNull())
		.addColumn('data', postgres ? 'bytea' : 'blob', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('doc_updates_doc_id').on('doc_updates').columns(['doc', 'id']).execute();

	await db.schema
		.createTable('doc_snapshots')
		.addColumn('doc', 'text', (c) => c.primaryKey())
		.addColumn('data', postgres ? 'bytea' : 'blob', (c) => c.notNull())
		.addColumn('upto', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('doc_snapshots').execute();
	await db.schema.dropTable('doc_updates').execute();
}
