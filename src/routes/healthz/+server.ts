// Liveness and readiness for load balancers: the database answers.
import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { db, dbKind } from '$lib/server/db/current';

export const GET = async () => {
	try {
		await sql`select 1`.execute(db());
		return json({ ok: true, db: dbKind() }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json({ ok: false }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
