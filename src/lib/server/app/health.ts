// Liveness and readiness for load balancers: the database answers. With REDIS_URL set, Redis being away
// makes the instance `degraded` but still healthy: it keeps serving its own clients, and taking it out of the
// pool would only move them to another instance that has the same problem.
import { sql } from 'kysely';
import { redisStatus } from '../cluster/index';
import { app } from './context';

export type Health =
	| { ok: false; status: 'down' }
	| { ok: true; status: 'ok' | 'degraded'; db: 'sqlite' | 'postgres'; redis?: 'up' | 'down' };

export async function health(): Promise<Health> {
	try {
		await sql`select 1`.execute(app().db);
	} catch {
		return { ok: false, status: 'down' };
	}
	const redis = redisStatus();
	return {
		ok: true,
		status: redis === 'down' ? 'degraded' : 'ok',
		db: app().dbKind,
		...(redis === 'off' ? {} : { redis })
	};
}
