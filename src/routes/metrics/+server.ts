// Prometheus metrics of the sync server, for an organisation admin or whoever holds METRICS_TOKEN.
// Process-wide counters only (the sync server's and the process's own): no organisation's data is in them.
import { error } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import { config } from '$lib/server/config';
import { getRuntime } from '$lib/server/runtime';
import { processMetrics } from '$lib/server/process-metrics';

function bearerMatches(header: string | null): boolean {
	if (!config.metricsToken || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice('Bearer '.length));
	const wanted = Buffer.from(config.metricsToken);
	return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export const GET = async ({ locals, request }) => {
	if (!bearerMatches(request.headers.get('authorization')) && locals.actor?.role !== 'admin') {
		error(locals.user ? 403 : 401, 'metrics are for administrators');
	}
	const runtime = await getRuntime();
	return new Response(runtime.sync.metrics() + processMetrics(), {
		headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' }
	});
};
