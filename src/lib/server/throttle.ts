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
