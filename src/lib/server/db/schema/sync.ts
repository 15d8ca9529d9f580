// The sync server's storage of Yjs documents (migrations/0002_sync.js; see src/lib/server/sync/doc-tables.ts).
import type { Generated } from 'kysely';

/** Append-only log of accepted Yjs updates per document (the sync server's durability). */
export interface DocUpdatesTable {
	id: Generated<number>;
	doc: string;
	data: Uint8Array;
	created_at: string;
}

/** Compacted state of a document; `upto`: the newest log row merged (compare-and-set token for compaction). */
export interface DocSnapshotsTable {
	doc: string;
	data: Uint8Array;
	upto: number;
	updated_at: string;
}

export interface SyncTables {
	doc_updates: DocUpdatesTable;
	doc_snapshots: DocSnapshotsTable;
}
