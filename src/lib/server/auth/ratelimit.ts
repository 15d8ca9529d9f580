// Fixed-window counters for login and other unauthenticated endpoints.
// In memory per instance; with REDIS_URL a Redis store (cluster/ratelimit.ts) behind the same interface.
// Every operation is atomic: a hit returns the count including itself, so a limit checked on that count
// holds however many requests arrive at once.

export interface RateLimitStore {
	/** Adds one hit to `key` and returns the count in the current window and seconds until it resets. */
	hit(key: string, windowSeconds: number): Promise<{ count: number; resetIn: number }>;
	reset(key: string): Promise<void>;
	/** Takes back one hit (never below zero): an attempt counted up front turned out to be allowed. */
	release(key: string): Promise<void>;
	peek(key: string): Promise<{ count: number; resetIn: number }>;
}

export function memoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
	const windows = new Map<string, { count: number; until: number }>();
	const current = (key: string) => {
		const w = windows.get(key);
		if (w && w.until > now()) return w;
		windows.delete(key);
		return undefined;
	};
	return {
		async hit(key, windowSeconds) {
			const w = current(key) ?? { count: 0, until: now() + windowSeconds * 1000 };
			w.count += 1;
			windows.set(key, w);
			if (windows.size > 100_000) {
				for (const k of windows.keys()) if (!current(k)) windows.delete(k);
			}
			return { count: w.count, resetIn: Math.ceil((w.until - now()) / 1000) };
		},
		async reset(key) {
			windows.delete(key);
		},
		async release(key) {
			const w = current(key);
			if (w && w.count > 0) w.count -= 1;
		},
		async peek(key) {
			const w = current(key);
			return w ? { count: w.count, resetIn: Math.ceil((w.until - now()) / 1000) } : { count: 0, resetIn: 0 };
		}
	};
}
