// Scale-out: what several instances behind one load balancer share besides the database. With REDIS_URL
// set, the sync fan-out and the rate-limit counters go through Redis; without it nothing here runs and
// the app behaves as a single instance (memory rate limits, no fan-out).
import type { Fanout } from '../sync/index';
import type { RateLimitStore } from '../auth/ratelimit';
import { connectRedis, type RedisLink } from './redis';
import { redisFanout } from './fanout';
import { redisRateLimitStore } from './ratelimit';

export interface Cluster {
	fanout?: Fanout;
	/** the rate-limit counters all instances share (the composition root gives them to the app) */
	rateLimits?: RateLimitStore;
	close(): Promise<void>;
}

let link: RedisLink | undefined;

/** Connects to Redis when a URL is given: the sync fan-out and the shared rate-limit store. */
export function startCluster(redisUrl: string | undefined, prefix: string): Cluster {
	if (!redisUrl) return { close: async () => undefined };
	const current = connectRedis(redisUrl, prefix);
	link = current;
	return {
		fanout: redisFanout(current),
		rateLimits: redisRateLimitStore(current),
		async close() {
			if (link === current) link = undefined;
			await current.close();
		}
	};
}

/** For /healthz: 'off' without REDIS_URL. */
export function redisStatus(): 'up' | 'down' | 'off' {
	if (!link) return 'off';
	return link.up ? 'up' : 'down';
}
