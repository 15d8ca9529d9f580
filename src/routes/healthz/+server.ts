// Liveness and readiness for load balancers (app/health.ts): 503 when the database does not answer.
import { json } from '@sveltejs/kit';
import { health } from '$lib/server/app/index';
import { publicEndpoint } from '$lib/server/http';

export const GET = publicEndpoint(async () => {
	const h = await health();
	return json(h, { status: h.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
});
