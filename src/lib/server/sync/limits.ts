// What one client may cost the server: message size and rate, bytes per second, connections per person,
// document and address, how large a document and a presence state may grow, and how long a silent
// connection may live. Anyone with a join code is a guest: guests' limits never lock out members.
export interface SyncLimits {
	/** larger frames close the connection with 1009 (enforced by ws before the frame is buffered whole) */
	maxMessageBytes: number;
	/** sustained messages per second per connection; `messageBurst` more may arrive at once */
	messagesPerSecond: number;
	messageBurst: number;
	/** sustained bytes per second per connection; `byteBurst` more may arrive at once (at least one largest message) */
	bytesPerSecond: number;
	byteBurst: number;
	/** everyone's connections to one document */
	maxConnectionsPerDoc: number;
	/** guests' connections to one document, as a group: the rest of `maxConnectionsPerDoc` is kept for members */
	maxGuestConnectionsPerDoc: number;
	/** guests' connections from one address (members, signed in, are not counted) */
	maxConnectionsPerIp: number;
	/** one person's (member's or guest's) connections, over all documents and to one document */
	maxConnectionsPerPerson: number;
	maxConnectionsPerPersonPerDoc: number;
	/** upgrades from one address being authorised at once (before we know who is asking) */
	maxPendingUpgradesPerIp: number;
	/** a change that would grow a document's encoded size beyond this is refused (4413 document-full) */
	maxDocBytes: number;
	/** presence (awareness) client ids one connection may speak for, and the largest state of one */
	maxPresenceIds: number;
	maxPresenceBytes: number;
	/** the same warning (message, address, reason) is logged at most once per interval, with a count of those left out */
	logIntervalMs: number;
	/** a ping is sent this often; a connection that answered neither it nor anything else is dropped */
	pingIntervalMs: number;
	/** a client that lets this much pile up unread is too slow to follow the document: it is dropped */
	maxBufferedBytes: number;
}

export const defaultLimits: SyncLimits = {
	maxMessageBytes: 1024 * 1024,
	messagesPerSecond: 100,
	messageBurst: 300,
	bytesPerSecond: 512 * 1024,
	byteBurst: 4 * 1024 * 1024,
	maxConnectionsPerDoc: 1000,
	maxGuestConnectionsPerDoc: 500,
	maxConnectionsPerIp: 500,
	maxConnectionsPerPerson: 60,
	maxConnectionsPerPersonPerDoc: 10,
	maxPendingUpgradesPerIp: 64,
	maxDocBytes: 8 * 1024 * 1024,
	maxPresenceIds: 4,
	maxPresenceBytes: 4096,
	logIntervalMs: 60_000,
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

	take(cost = 1): boolean {
		const now = Date.now();
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
		this.last = now;
		if (this.tokens < cost) return false;
		this.tokens -= cost;
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
