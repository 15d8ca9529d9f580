// Durability for Yjs documents: an append-only update log per document plus one compacted snapshot.
//
// Rooms append every accepted update here and broadcast it only from `onCommit`, so no client can ever
// have seen an update the database does not hold: a crash (even kill -9) loses nothing anyone received.
// Appends made during one event-loop turn are written together, in one statement; while a write is in
// flight the next batch gathers (group commit). Snapshots are written between batches, never during one.
// The statements themselves are in doc-tables.ts.
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../db/schema';
import type { SyncMetrics } from './metrics';
import { errorFields, type SyncLogger } from './logger';
import { DocTables, type LoadedDoc, type LogEntry } from './doc-tables';

export type { LoadedDoc } from './doc-tables';

interface Append extends LogEntry {
	onCommit?: () => void;
}

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
	private readonly tables: DocTables;

	constructor(
		db: Kysely<Database>,
		private readonly metrics: SyncMetrics,
		private readonly logger: SyncLogger
	) {
		this.tables = new DocTables(db);
	}

	load(doc: string): Promise<LoadedDoc> {
		return this.tables.load(doc);
	}

	/** Everything the database holds for `doc`, merged into one update (reconciling after a fan-out gap). */
	async loadMerged(doc: string): Promise<Uint8Array | null> {
		const { snapshot, log } = await this.load(doc);
		const parts = snapshot ? [snapshot, ...log] : log;
		if (!parts.length) return null;
		return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
	}

	/** Documents with log rows older than `beforeIso` (a few at a time). */
	staleDocs(beforeIso: string, limit = 100): Promise<string[]> {
		return this.tables.staleDocs(beforeIso, limit);
	}

	/** Queues an update for the next batch; `onCommit` runs once it is durable. */
	append(doc: string, data: Uint8Array, onCommit?: () => void) {
		if (this.queue.push({ doc, data, onCommit }) === 1) this.firstQueuedAt = performance.now();
		else if (
			!this.running &&
			(this.queue.length >= maxBatch || performance.now() - this.firstQueuedAt > maxBatchWaitMs)
		) {
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
				return this.tables.writeSnapshot(doc).then((done) => {
					if (done) this.metrics.compactions++;
					resolve(done);
				}, reject);
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
			this.tasks.push(() => this.tables.removeDocs(prefix).then(resolve, reject));
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
				await this.tables.insert(batch);
				return true;
			} catch (error) {
				this.metrics.persistErrors++;
				this.logger.error('sync updates not persisted, retrying', {
					updates: batch.length,
					attempt,
					...errorFields(error)
				});
				if (this.stopping && attempt >= 3) {
					// Never broadcast, so no client lost them: their authors resend them on reconnect.
					this.logger.error('sync updates dropped at shutdown', { updates: batch.length });
					return false;
				}
				await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
			}
		}
	}
}
