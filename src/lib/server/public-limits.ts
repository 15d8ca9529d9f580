// Rate limits for every endpoint anyone can reach without signing in, in one table, applied by a hook
// (hooks.server.ts) before the route runs. Sign-in and join by code have their own, finer limits in their
// modules (failed attempts only, so a whole office behind one address can still sign in or join a workshop).
// Counting goes through the shared throttle store (throttle.ts), so limits hold across instances with Redis.
import { config } from './config';
import { rateLimitStore, throttle } from './throttle';
import { RateLimited } from './errors';

export interface PublicLimit {
	/** names the counter: one per kind of endpoint and address */
	kind: string;
	match: (method: string, path: string) => boolean;
	/** requests (or, with `misses`, unknown-token answers) per window and address */
	max: number;
	windowSeconds: number;
	/** count only answers that say the token is unknown (404), for links polled by calendar servers */
	misses?: boolean;
}

export const PUBLIC_LIMITS: PublicLimit[] = [
	// Organisations' issuer profile, keys and status lists: read by verifiers, cacheable.
	{ kind: 'credentials', match: (_, p) => p.startsWith('/credentials/'), max: 300, windowSeconds: 60 },
	// A holder's share link and the paste-a-credential check.
	{ kind: 'verify', match: (_, p) => p === '/verify' || p.startsWith('/verify/'), max: 60, windowSeconds: 600 },
	// Invitation and reset links carry secrets: slow down guessing.
	{ kind: 'invite', match: (_, p) => p.startsWith('/invite/'), max: 30, windowSeconds: 600 },
	{ kind: 'reset', match: (_, p) => p === '/reset' || p.startsWith('/reset/'), max: 30, windowSeconds: 600 },
	// Unsubscribe links carry a signed token: a person clicks one now and then.
	{ kind: 'unsubscribe', match: (_, p) => p.startsWith('/unsubscribe/'), max: 30, windowSeconds: 600 },
	// Only the first run posts here; afterwards it answers with a redirect.
	{ kind: 'setup', match: (m, p) => m === 'POST' && p === '/setup', max: 10, windowSeconds: 600 },
	// External learners of a published collection: a module is a few dozen requests.
	{ kind: 'bites', match: (_, p) => p.startsWith('/public/bites/'), max: 600, windowSeconds: 600 },
	// Calendar servers poll many people's feeds from few addresses: only unknown tokens count.
	{ kind: 'calendar', match: (_, p) => p.startsWith('/public/calendar/'), max: 30, windowSeconds: 600, misses: true }
];

function limitFor(method: string, path: string) {
	return PUBLIC_LIMITS.find((l) => l.match(method, path));
}

const scaled = (max: number) => Math.max(1, Math.round(max * config.rateLimitScale));

/** Counts the request against its endpoint's limit; throws RateLimited past it. Returns what to count afterwards. */
export async function checkPublicLimit(
	method: string,
	path: string,
	address: string
): Promise<((status: number) => Promise<void>) | undefined> {
	const limit = limitFor(method, path);
	if (!limit) return undefined;
	const key = `public:${limit.kind}:${address}`;
	const max = scaled(limit.max);
	if (!limit.misses) {
		await throttle(key, max, limit.windowSeconds);
		return undefined;
	}
	const seen = await rateLimitStore().peek(key);
	if (seen.count >= max) throw new RateLimited(seen.resetIn);
	return async (status) => {
		if (status === 404) await rateLimitStore().hit(key, limit.windowSeconds);
	};
}
