// The sync server logs through whatever the app hands it (the app's structured JSON logger).
export interface SyncLogger {
	debug?(msg: string, fields?: Record<string, unknown>): void;
	info(msg: string, fields?: Record<string, unknown>): void;
	warn(msg: string, fields?: Record<string, unknown>): void;
	error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: SyncLogger = { info() {}, warn() {}, error() {} };

export function errorFields(error: unknown): Record<string, unknown> {
	return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}

/**
 * Logs a line at most once per key and interval: a client sending garbage in a loop (or a flood of refused
 * upgrades) would otherwise write a line per message. The next line logged for a key says how many were
 * left out in between (`suppressed`).
 */
export class LogThrottle {
	private seen = new Map<string, { at: number; suppressed: number }>();

	constructor(
		private readonly logger: SyncLogger,
		private readonly intervalMs: number
	) {}

	info(key: string, msg: string, fields: Record<string, unknown>) {
		this.log('info', key, msg, fields);
	}

	warn(key: string, msg: string, fields: Record<string, unknown>) {
		this.log('warn', key, msg, fields);
	}

	private log(level: 'info' | 'warn', key: string, msg: string, fields: Record<string, unknown>) {
		const now = Date.now();
		const id = `${msg}\n${key}`;
		const entry = this.seen.get(id);
		if (entry && now - entry.at < this.intervalMs) {
			entry.suppressed++;
			return;
		}
		if (this.seen.size >= 10_000) this.forget(now);
		this.seen.set(id, { at: now, suppressed: 0 });
		this.logger[level](msg, entry?.suppressed ? { ...fields, suppressed: entry.suppressed } : fields);
	}

	/** Drops keys whose interval is over (their suppressed count, if any, is lost: the map stays bounded). */
	private forget(now: number) {
		for (const [id, entry] of this.seen) if (now - entry.at >= this.intervalMs) this.seen.delete(id);
		if (this.seen.size >= 10_000) this.seen.clear();
	}
}
