// Liveness and readiness for load balancers: the database answers. With REDIS_URL set, Redis being away
// makes the instance `degraded` but still healthy (200): it keeps serving its own clients, and taking it
// out of the pool would only move them to another instance that has the same problem.
import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { db, dbKind } from '$lib/server/db/current';
import { redisStatus } from '$lib/server/cluster/index';

export const GET = async () => {
	const headers = { 'cache-control': 'no-store' };
	try {
		await sql`select 1`.execute(db());
	} catch {
		return json({ ok: false, status: 'down' }, { status: 503, headers });
	}
	const redis = redisStatus();
	const degraded = redis === 'down';
	return json(
		{ ok: true, status: degraded ? 'degraded' : 'ok', db: dbKind(), ...(redis === 'off' ? {} : { redis }) },
		{ headers }
	);
};
