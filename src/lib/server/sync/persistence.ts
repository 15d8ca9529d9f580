// Durability for Yjs documents: an append-only update log per document plus one compacted snapshot.
//
// Rooms append every accepted update here and broadcast it only from `onCommit`, so no client can ever
// have seen an update the database does not hold: a crash (even kill -9) loses nothing anyone received.
// Appends made during one event-loop turn are written together, in one statement; while a write is in
// flight the next batch gathers (group commit). Snapshots are written between batches, never during one.
import { CompiledQuery, type Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../db/schema';
import type { SyncMetrics } from './metrics';
import { errorFields, type SyncLogger } from './logger';

interface Append {
	doc: string;
	data: Uint8Array;
	onCommit?: () => void;
}

export interface LoadedDoc {
	snapshot: Uint8Array | null;
	/** every update after the snapshot, oldest first */
	log: Uint8Array[];
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's bound-parameter limits. */
const rowsPerStatement = 1000;
/**
 * A turn that runs long (an overloaded server reading a backlog) flushes early instead of making the first
 * update wait for the whole turn: after this many updates or milliseconds.
 */
const maxBatch = 256;
const maxBatchWaitMs = 2;

export class DocStore {
	private queue: Append[] = [];
	private queueWaiters: Array<() => void> = [];
	private inflightWaiters: Array<() => void> | null = null;
	private tasks: Array<() => Promise<void>> = [];
	private idleWaiters: Array<() => void> = [];
	private running = false;
	private scheduled = false;
	private firstQueuedAt = 0;
	private stopping = false;
	/** INSERT statements by row count: compiled once, since the hot path runs one per event-loop turn */
	private readonly insertSql = new Map<number, string>();

	constructor(
		private readonly db: Kysely<Database>,
		private readonly metrics: SyncMetrics,
		private readonly logger: SyncLogger
	) {}

	async load(doc: string): Promise<LoadedDoc> {
		// The log first, then the snapshot: a compaction (by this process or another) committing in between
		// moves rows from the log into the snapshot, so together the two reads miss nothing. Every row left
		// is applied, even one with an id below the snapshot's `upto`: with several writers (PostgreSQL, two
		// instances) a row can commit after a compaction read past its id; Yjs applies duplicates as no-ops.
		const rows = await this.db.selectFrom('doc_updates').select(['id', 'data']).where('doc', '=', doc).orderBy('id').execute();
		const snapshot = await this.db.selectFrom('doc_snapshots').select(['data']).where('doc', '=', doc).executeTakeFirst();
		return { snapshot: snapshot?.data ?? null, log: rows.map((r) => r.data) };
	}

	/** Everything the database holds for `doc`, merged into one update (reconciling after a fan-out gap). */
	async loadMerged(doc: string): Promise<Uint8Array | null> {
		const { snapshot, log } = await this.load(doc);
		const parts = snapshot ? [snapshot, ...log] : log;
		if (!parts.length) return null;
		return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
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

	/** Queues an update for the next batch; `onCommit` runs once it is durable. */
	append(doc: string, data: Uint8Array, onCommit?: () => void) {
		if (this.queue.push({ doc, data, onCommit }) === 1) this.firstQueuedAt = performance.now();
		else if (!this.running && (this.queue.length >= maxBatch || performance.now() - this.firstQueuedAt > maxBatchWaitMs)) {
			void this.run();
			return;
		}
		this.schedule();
	}

	/** Runs `fn` once everything appended so far is durable (at once when nothing is pending). */
	afterCommit(fn: () => void) {
		if (this.queue.length) this.queueWaiters.push(fn);
		else if (this.inflightWaiters) this.inflightWaiters.push(fn);
		else fn();
	}

	committed(): Promise<void> {
		return new Promise((resolve) => this.afterCommit(resolve));
	}

	/**
	 * Merges the log of `doc` into its snapshot. The merge is built from what the database holds (the stored
	 * snapshot and the log rows read), never from one process' memory: with several instances writing the
	 * same document, each holds only part of it while Redis is away. Only the rows read are deleted, and
	 * the snapshot is replaced only if nobody else replaced it since it was read (compare-and-set on
	 * `upto`), so two instances compacting at once lose nothing: the loser just skips.
	 * `started` runs when the task begins (the room restarts its count of updates since compaction).
	 */
	compact(doc: string, started?: () => void): Promise<boolean> {
		return new Promise((resolve, reject) => {
			this.tasks.push(() => {
				started?.();
				return this.writeSnapshot(doc).then(resolve, reject);
			});
			this.schedule();
		});
	}

	/**
	 * Deletes every stored update and snapshot of `prefix` and of the documents under it (`prefix/...`), after
	 * whatever was queued before (a deleted board must not come back from a late batch or snapshot).
	 */
	deleteDocs(prefix: string): Promise<void> {
		return new Promise((resolve, reject) => {
			this.tasks.push(() => this.removeDocs(prefix).then(resolve, reject));
			this.schedule();
		});
	}

	/** Resolves when every queued write and snapshot is done. */
	idle(): Promise<void> {
		if (!this.running && !this.scheduled && !this.queue.length && !this.tasks.length) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	/** Shutting down: a failing database gets a few more tries instead of forever. */
	stop() {
		this.stopping = true;
	}

	private schedule() {
		if (this.running || this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			void this.run();
		});
	}

	private async run() {
		if (this.running) return;
		this.running = true;
		try {
			// Batches and snapshots take turns, so a steady stream of updates cannot starve compaction.
			for (;;) {
				const task = this.tasks.shift();
				if (task) await task();
				if (this.queue.length) await this.flush();
				else if (!this.tasks.length) break;
			}
		} catch (error) {
			this.logger.error('sync persistence loop failed', errorFields(error));
		} finally {
			this.running = false;
			const waiters = this.idleWaiters;
			this.idleWaiters = [];
			for (const resolve of waiters) resolve();
		}
	}

	private async flush() {
		const batch = this.queue;
		const waiters = this.queueWaiters;
		this.queue = [];
		this.queueWaiters = [];
		this.inflightWaiters = waiters;
		const started = performance.now();
		const written = await this.insertWithRetry(batch);
		this.inflightWaiters = null;
		if (!written) return;
		this.metrics.persistSeconds.observe((performance.now() - started) / 1000);
		for (const entry of batch) {
			try {
				entry.onCommit?.();
			} catch (error) {
				this.logger.error('sync broadcast failed', { doc: entry.doc, ...errorFields(error) });
			}
		}
		for (const fn of waiters) {
			try {
				fn();
			} catch (error) {
				this.logger.error('sync reply failed', errorFields(error));
			}
		}
	}

	/** Retries until the database takes the batch; nothing in it is broadcast before that. */
	private async insertWithRetry(batch: Append[]): Promise<boolean> {
		for (let attempt = 1; ; attempt++) {
			try {
				await this.insert(batch);
				return true;
			} catch (error) {
				this.metrics.persistErrors++;
				this.logger.error('sync updates not persisted, retrying', { updates: batch.length, attempt, ...errorFields(error) });
				if (this.stopping && attempt >= 3) {
					// Never broadcast, so no client lost them: their authors resend them on reconnect.
					this.logger.error('sync updates dropped at shutdown', { updates: batch.length });
					return false;
				}
				await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
			}
		}
	}

	private async insert(batch: Append[]) {
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
	private insertStatement(batch: Append[], createdAt: string): CompiledQuery {
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

	private async removeDocs(prefix: string) {
		// LIKE only narrows the search (`_` and `%` in ids are wildcards to it); the exact names are checked here.
		const like = `${prefix}/%`;
		const names = new Set<string>([prefix]);
		for (const table of ['doc_updates', 'doc_snapshots'] as const) {
			const rows = await this.db.selectFrom(table).select('doc').distinct().where('doc', 'like', like).execute();
			for (const { doc } of rows) if (doc.startsWith(prefix + '/')) names.add(doc);
		}
		await this.db.transaction().execute(async (trx) => {
			await trx.deleteFrom('doc_updates').where('doc', 'in', [...names]).execute();
			await trx.deleteFrom('doc_snapshots').where('doc', 'in', [...names]).execute();
		});
	}

	private async writeSnapshot(doc: string): Promise<boolean> {
		const stored = await this.db.selectFrom('doc_snapshots').select(['data', 'upto']).where('doc', '=', doc).executeTakeFirst();
		const rows = await this.db.selectFrom('doc_updates').select(['id', 'data']).where('doc', '=', doc).orderBy('id').execute();
		if (!rows.length) return false;
		const data = asBuffer(mergeState(stored?.data ?? null, rows.map((r) => r.data)));
		const upto = Math.max(Number(stored?.upto ?? 0), ...rows.map((r) => Number(r.id)));
		const updatedAt = new Date().toISOString();
		const done = await this.db.transaction().execute(async (trx) => {
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
		if (done) this.metrics.compactions++;
		return done;
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
