// Rate-limit counters in Redis, shared by every instance: a sign-in limit per account or address must hold
// however the load balancer spreads the attempts. Fixed windows, like the memory store: INCR, and the
// expiry set by the first hit of a window (one round trip, atomic, in a small Lua script).
//
// While Redis is away the counters fall back to this instance's memory store: sign-in keeps working and
// stays limited per instance, instead of failing for everyone.
import type { RateLimitStore } from '../auth/ratelimit';
import { memoryRateLimitStore } from '../auth/ratelimit';
import type { RedisLink } from './redis';

const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

const releaseScript = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

export function redisRateLimitStore(
	link: RedisLink,
	fallback: RateLimitStore = memoryRateLimitStore()
): RateLimitStore {
	const key = (k: string) => `${link.prefix}rl:${k}`;
	const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));
	return {
		async hit(k, windowSeconds) {
			try {
				const [count, ttl] = (await link.command.eval(hitScript, 1, key(k), String(windowSeconds * 1000))) as [
					number,
					number
				];
				return { count: Number(count), resetIn: seconds(Number(ttl)) };
			} catch {
				return fallback.hit(k, windowSeconds);
			}
		},
		async reset(k) {
			await fallback.reset(k);
			await link.command.del(key(k)).catch(() => undefined);
		},
		async release(k) {
			try {
				await link.command.eval(releaseScript, 1, key(k));
			} catch {
				await fallback.release(k);
			}
		},
		async peek(k) {
			try {
				const [count, ttl] = await Promise.all([link.command.get(key(k)), link.command.pttl(key(k))]);
				return count ? { count: Number(count), resetIn: seconds(ttl) } : { count: 0, resetIn: 0 };
			} catch {
				return fallback.peek(k);
			}
		}
	};
}
