// What one client may cost the server: message size and rate, connections per document and per address,
// and how long a silent connection may live.
export interface SyncLimits {
	/** larger frames close the connection with 1009 (enforced by ws before the frame is buffered whole) */
	maxMessageBytes: number;
	/** sustained messages per second per connection; `messageBurst` more may arrive at once */
	messagesPerSecond: number;
	messageBurst: number;
	maxConnectionsPerDoc: number;
	maxConnectionsPerIp: number;
	/** a ping is sent this often; a connection that answered neither it nor anything else is dropped */
	pingIntervalMs: number;
	/** a client that lets this much pile up unread is too slow to follow the document: it is dropped */
	maxBufferedBytes: number;
}

export const defaultLimits: SyncLimits = {
	maxMessageBytes: 1024 * 1024,
	messagesPerSecond: 100,
	messageBurst: 300,
	maxConnectionsPerDoc: 1000,
	maxConnectionsPerIp: 500,
	pingIntervalMs: 30_000,
	maxBufferedBytes: 16 * 1024 * 1024
};

export function resolveLimits(overrides: Partial<SyncLimits> = {}): SyncLimits {
	return { ...defaultLimits, ...overrides };
}

/** Token bucket: `rate` tokens per second, at most `burst` saved up. */
export class RateLimiter {
	private tokens: number;
	private last = Date.now();

	constructor(
		private readonly rate: number,
		private readonly burst: number
	) {
		this.tokens = burst;
	}

	take(): boolean {
		const now = Date.now();
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}

/** Counts open (and opening) connections per key, e.g. per document or per IP address. */
export class ConnectionCounter {
	private counts = new Map<string, number>();

	constructor(private readonly max: number) {}

	/** Reserves a slot; false when the key is full. */
	tryAdd(key: string): boolean {
		const n = this.counts.get(key) ?? 0;
		if (n >= this.max) return false;
		this.counts.set(key, n + 1);
		return true;
	}

	remove(key: string) {
		const n = (this.counts.get(key) ?? 0) - 1;
		if (n > 0) this.counts.set(key, n);
		else this.counts.delete(key);
	}
}
