// The Redis connections of one instance (scale-out, REDIS_URL). ioredis: it reconnects by itself with
// back-off, speaks pub/sub on a dedicated connection and takes binary payloads (Yjs updates) as Buffers.
//
// Commands fail at once while Redis is away (no offline queue): the callers have a fallback each (the
// fan-out resyncs from the database afterwards, rate limits count in memory), and a queue would only
// replay stale messages later.
import { Redis } from 'ioredis';
import { log } from '../log';

export interface RedisLink {
	/** commands and PUBLISH */
	command: Redis;
	/** SUBSCRIBE only (a subscribed connection can do nothing else) */
	subscriber: Redis;
	/** key and channel prefix, so several deployments (or test runs) can share one Redis */
	prefix: string;
	/** true while both connections are ready */
	readonly up: boolean;
	close(): Promise<void>;
}

export function connectRedis(url: string, prefix = 'samspil:'): RedisLink {
	const options = {
		enableOfflineQueue: false,
		// The fan-out re-subscribes itself, so it knows when it is listening again (see fanout.ts).
		autoResubscribe: false,
		maxRetriesPerRequest: 1,
		lazyConnect: false,
		retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 5), 1000)
	};
	const command = new Redis(url, { ...options, connectionName: 'samspil' });
	const subscriber = new Redis(url, { ...options, connectionName: 'samspil-sub' });
	let wasUp = false;
	const report = () => {
		const up = command.status === 'ready' && subscriber.status === 'ready';
		if (up !== wasUp) {
			wasUp = up;
			if (up) log.info('redis connected');
			else log.warn('redis unreachable: serving own clients only, health degraded');
		}
	};
	for (const client of [command, subscriber]) {
		client.on('ready', report);
		client.on('close', report);
		// ioredis logs unhandled errors itself; the state change above is what matters.
		client.on('error', () => undefined);
	}
	return {
		command,
		subscriber,
		prefix,
		get up() {
			return command.status === 'ready' && subscriber.status === 'ready';
		},
		async close() {
			await Promise.allSettled([command.quit(), subscriber.quit()]);
			command.disconnect();
			subscriber.disconnect();
		}
	};
}
