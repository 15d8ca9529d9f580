// Rate limits for endpoints anyone can reach (sign-in, reset, join by code, public pages).
// The counters live in the app's rate-limit store (app/context.ts): one per process, or Redis shared by all
// instances when scaled out.
import type { RateLimitStore } from './auth/ratelimit';
import { app } from './app/context';
import { RateLimited } from './errors';

export function rateLimitStore(): RateLimitStore {
	return app().rateLimits;
}

/** Counts one request under `key`; past `max` in the window it throws RateLimited (HTTP 429). */
export async function throttle(key: string, max: number, windowSeconds: number) {
	const { count, resetIn } = await rateLimitStore().hit(key, windowSeconds);
	if (count > max) throw new RateLimited(resetIn);
}

/**
 * Counts an attempt under every key *before* it is checked (a password, a join code), so attempts that
 * arrive together cannot all pass a limit that would only be counted after checking. Past any limit it
 * throws RateLimited (the refused attempt stays counted). Call `release()` when the attempt succeeded:
 * only failed attempts use up a limit.
 */
export async function countAttempt(limits: { key: string; max: number }[], windowSeconds: number) {
	const store = rateLimitStore();
	const hits = [];
	for (const { key, max } of limits) hits.push({ ...(await store.hit(key, windowSeconds)), max });
	const over = hits.filter((h) => h.count > h.max);
	if (over.length) throw new RateLimited(Math.max(...over.map((h) => h.resetIn)));
	return {
		release: async () => {
			for (const { key } of limits) await store.release(key);
		}
	};
}
