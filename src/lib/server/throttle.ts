// Rate limits for endpoints anyone can reach (sign-in, reset, join by code, public pages).
// One store per process by default; the scale-out setup swaps in a Redis store shared by all instances.
import { memoryRateLimitStore, type RateLimitStore } from './auth/ratelimit';
import { RateLimited } from './errors';

let store: RateLimitStore = memoryRateLimitStore();

export function useRateLimitStore(next: RateLimitStore) {
	store = next;
}

export function rateLimitStore(): RateLimitStore {
	return store;
}

/** Counts one request under `key`; past `max` in the window it throws RateLimited (HTTP 429). */
export async function throttle(key: string, max: number, windowSeconds: number) {
	const { count, resetIn } = await store.hit(key, windowSeconds);
	if (count > max) throw new RateLimited(resetIn);
}

/**
 * Counts an attempt under every key *before* it is checked (a password, a join code), so attempts that
 * arrive together cannot all pass a limit that would only be counted after checking. Past any limit it
 * throws RateLimited (the refused attempt stays counted). Call `release()` when the attempt succeeded:
 * only failed attempts use up a limit.
 */
export async function countAttempt(limits: { key: string; max: number }[], windowSeconds: number) {
	const hits = [];
	for (const { key, max } of limits) hits.push({ ...(await store.hit(key, windowSeconds)), max });
	const over = hits.filter((h) => h.count > h.max);
	if (over.length) throw new RateLimited(Math.max(...over.map((h) => h.resetIn)));
	const counted = store;
	return {
		release: async () => {
			for (const { key } of limits) await counted.release(key);
		}
	};
}
