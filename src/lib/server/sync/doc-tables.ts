// The sync server's two tables: `doc_updates`, each document's append-only log of Yjs updates, and
// `doc_snapshots`, the log compacted into one update. Every statement the sync server runs is here;
// persistence.ts decides when they run.
import { CompiledQuery, type Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../db/schema';

export interface LoadedDoc {
	snapshot: Uint8Array | null;
	/** every update after the snapshot, oldest first */
	log: Uint8Array[];
}

/** One update for the log. */
export interface LogEntry {
	doc: string;
	data: Uint8Array;
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's bound-parameter limits. */
const rowsPerStatement = 1000;

export class DocTables {
	/** INSERT statements by row count: compiled once, since the hot path runs one per event-loop turn */
	private readonly insertSql = new Map<number, string>();

	constructor(private readonly db: Kysely<Database>) {}

	async load(doc: string): Promise<LoadedDoc> {
		// The log first, then the snapshot: a compaction (by this process or another) committing in between
		// moves rows from the log into the snapshot, so together the two reads miss nothing. Every row left
		// is applied, even one with an id below the snapshot's `upto`: with several writers (PostgreSQL, two
		// instances) a row can commit after a compaction read past its id; Yjs applies duplicates as no-ops.
		const rows = await this.db
			.selectFrom('doc_updates')
			.select(['id', 'data'])
			.where('doc', '=', doc)
			.orderBy('id')
			.execute();
		const snapshot = await this.db
			.selectFrom('doc_snapshots')
			.select(['data'])
			.where('doc', '=', doc)
			.executeTakeFirst();
		return { snapshot: snapshot?.data ?? null, log: rows.map((r) => r.data) };
	}

	/** Documents with log rows older than `beforeIso` (a few at a time). */
	async staleDocs(beforeIso: string, limit = 100): Promise<string[]> {
		const rows = await this.db
			.selectFrom('doc_updates')
			.select('doc')
			.groupBy('doc')
			.having((eb) => eb.fn.min('created_at'), '<', beforeIso)
			.limit(limit)
			.execute();
		return rows.map((r) => r.doc);
	}

	/** Appends updates to the log, in one statement when they fit (in one transaction when not). */
	async insert(batch: readonly LogEntry[]) {
		const createdAt = new Date().toISOString();
		if (batch.length <= rowsPerStatement) {
			await this.db.executeQuery(this.insertStatement(batch, createdAt));
			return;
		}
		await this.db.transaction().execute(async (trx) => {
			for (let i = 0; i < batch.length; i += rowsPerStatement) {
				await trx.executeQuery(this.insertStatement(batch.slice(i, i + rowsPerStatement), createdAt));
			}
		});
	}

	/** The query builder's SQL for this many rows (cached for the usual small batches), with this batch's values. */
	private insertStatement(batch: readonly LogEntry[], createdAt: string): CompiledQuery {
		const parameters: unknown[] = [];
		for (const e of batch) parameters.push(e.doc, asBuffer(e.data), createdAt);
		let sql = this.insertSql.get(batch.length);
		if (!sql) {
			const rows = batch.map(() => ({ doc: '', data: Buffer.alloc(0), created_at: '' }));
			sql = this.db.insertInto('doc_updates').values(rows).compile().sql;
			if (batch.length <= 64) this.insertSql.set(batch.length, sql);
		}
		return CompiledQuery.raw(sql, parameters);
	}

	/** Deletes the stored updates and snapshots of `prefix` and of the documents below it (`prefix/...`). */
	async removeDocs(prefix: string) {
		// LIKE only narrows the search (`_` and `%` in ids are wildcards to it); the exact names are checked here.
		const like = `${prefix}/%`;
		const names = new Set<string>([prefix]);
		for (const table of ['doc_updates', 'doc_snapshots'] as const) {
			const rows = await this.db.selectFrom(table).select('doc').distinct().where('doc', 'like', like).execute();
			for (const { doc } of rows) if (doc.startsWith(prefix + '/')) names.add(doc);
		}
		await this.db.transaction().execute(async (trx) => {
			await trx
				.deleteFrom('doc_updates')
				.where('doc', 'in', [...names])
				.execute();
			await trx
				.deleteFrom('doc_snapshots')
				.where('doc', 'in', [...names])
				.execute();
		});
	}

	/**
	 * Merges the log of `doc` into its snapshot, from what the database holds; compare-and-set on `upto`, so
	 * of two writers compacting at once the loser skips (see DocStore.compact). True when it wrote.
	 */
	async writeSnapshot(doc: string): Promise<boolean> {
		const stored = await this.db
			.selectFrom('doc_snapshots')
			.select(['data', 'upto'])
			.where('doc', '=', doc)
			.executeTakeFirst();
		const rows = await this.db
			.selectFrom('doc_updates')
			.select(['id', 'data'])
			.where('doc', '=', doc)
			.orderBy('id')
			.execute();
		if (!rows.length) return false;
		const data = asBuffer(
			mergeState(
				stored?.data ?? null,
				rows.map((r) => r.data)
			)
		);
		const upto = Math.max(Number(stored?.upto ?? 0), ...rows.map((r) => Number(r.id)));
		const updatedAt = new Date().toISOString();
		return this.db.transaction().execute(async (trx) => {
			if (stored) {
				const swapped = await trx
					.updateTable('doc_snapshots')
					.set({ data, upto, updated_at: updatedAt })
					.where('doc', '=', doc)
					.where('upto', '=', stored.upto)
					.executeTakeFirst();
				if (Number(swapped.numUpdatedRows) !== 1) return false;
			} else {
				const inserted = await trx
					.insertInto('doc_snapshots')
					.values({ doc, data, upto, updated_at: updatedAt })
					.onConflict((oc) => oc.column('doc').doNothing())
					.executeTakeFirst();
				if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
			}
			for (let i = 0; i < rows.length; i += rowsPerStatement) {
				const ids = rows.slice(i, i + rowsPerStatement).map((r) => r.id);
				await trx.deleteFrom('doc_updates').where('doc', '=', doc).where('id', 'in', ids).execute();
			}
			return true;
		});
	}
}

/** Snapshot + log as one update, through a Y.Doc so deleted content is garbage-collected. */
function mergeState(snapshot: Uint8Array | null, log: Uint8Array[]): Uint8Array {
	const doc = new Y.Doc();
	try {
		doc.transact(() => {
			for (const update of snapshot ? [snapshot, ...log] : log) {
				try {
					Y.applyUpdate(doc, update);
				} catch {
					// Unreadable bytes: the room skips them when it loads too (and logs it there).
				}
			}
		});
		return Y.encodeStateAsUpdate(doc);
	} finally {
		doc.destroy();
	}
}

/** better-sqlite3 binds Buffers (not plain Uint8Arrays) as BLOBs; pg takes either. No copy. */
function asBuffer(data: Uint8Array): Buffer {
	return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
