// A room's document as loaded: the stored bytes, built into the Y.Doc only when something needs it (a write,
// a diff against a client's state, a snapshot). Integrating a large board takes Yjs a while, and a newcomer
// with an empty document can be served the stored bytes as they are.
import * as Y from 'yjs';
import { encodeSyncStep2Raw, encodeUpdate, isEmptyStateVector } from './protocol';
import { errorFields, type SyncLogger } from './logger';
import type { SyncMetrics } from './metrics';

const emptyUpdate = new Uint8Array([0, 0]);

/** Delay before a document a client waits on is built, so a newcomer's sync step 1 is served first. */
const buildDelayMs = 20;

export class StoredDoc {
	/** what the database holds and `doc` does not yet (null once the doc is built) */
	private stored: { snapshot: Uint8Array | null; log: Uint8Array[]; mergedLog?: Uint8Array } | null = null;
	private waiters: Array<() => void> = [];
	private timer: ReturnType<typeof setTimeout> | undefined;

	/** `built` runs once the stored state is in the doc, before anyone waiting on it. */
	constructor(
		readonly doc: Y.Doc,
		private readonly name: string,
		private readonly ctx: { metrics: SyncMetrics; logger: SyncLogger },
		private readonly built: () => void
	) {}

	/** The bytes loaded from the database (the log oldest first); the doc is built from them later. */
	hold(snapshot: Uint8Array | null, log: Uint8Array[]) {
		this.stored = { snapshot, log };
	}

	get isBuilt(): boolean {
		return !this.stored;
	}

	/** Keeps an update with the stored bytes while the doc is not built; false once it is. */
	keep(update: Uint8Array): boolean {
		if (!this.stored) return false;
		this.stored.log.push(update);
		this.stored.mergedLog = undefined;
		return true;
	}

	/** The document, built from the stored bytes the first time it is needed. */
	build(): Y.Doc {
		if (!this.stored) return this.doc;
		const { snapshot, log } = this.stored;
		this.stored = null;
		clearTimeout(this.timer);
		const started = performance.now();
		this.doc.transact(() => {
			for (const update of snapshot ? [snapshot, ...log] : log) {
				try {
					Y.applyUpdate(this.doc, update);
				} catch (error) {
					this.ctx.logger.error('sync stored update unreadable, skipped', { doc: this.name, ...errorFields(error) });
				}
			}
		});
		this.built();
		const ms = Math.round((performance.now() - started) * 10) / 10;
		this.ctx.metrics.docBuildsTotal++;
		this.ctx.logger.debug?.('sync document built', { doc: this.name, ms });
		const waiters = this.waiters;
		this.waiters = [];
		for (const fn of waiters) fn();
		return this.doc;
	}

	/** Runs `fn` with the built document: now, or soon (a newcomer's sync step 1 is served first). */
	whenBuilt(fn: (doc: Y.Doc) => void) {
		if (!this.stored) return fn(this.doc);
		this.waiters.push(() => fn(this.doc));
		this.timer ??= setTimeout(() => {
			try {
				this.build();
			} catch (error) {
				this.ctx.logger.error('sync document failed to build', { doc: this.name, ...errorFields(error) });
			}
		}, buildDelayMs);
	}

	/**
	 * The answer to a client with an empty state vector while the doc is not built: everything stored is what
	 * it lacks, byte for byte (one or two messages). Null when the doc has to answer.
	 */
	storedAnswer(stateVector: Uint8Array): Uint8Array[] | null {
		const stored = this.stored;
		if (!stored || !isEmptyStateVector(stateVector)) return null;
		const messages: Uint8Array[] = [];
		if (stored.log.length) {
			stored.mergedLog ??= stored.log.length === 1 ? stored.log[0] : Y.mergeUpdates(stored.log);
			messages.push(encodeUpdate(stored.mergedLog));
		}
		// Step 2 last: the provider reports "synced" when it arrives, and by then it has the log too.
		messages.push(encodeSyncStep2Raw(stored.snapshot ?? emptyUpdate));
		return messages;
	}

	/** The room is going away: no build later. */
	cancel() {
		clearTimeout(this.timer);
	}
}
