// Prometheus metrics of the sync server and the process, for an organisation admin or whoever holds METRICS_TOKEN.
import { error } from '@sveltejs/kit';
import { readMetrics } from '$lib/server/app/index';
import { publicEndpoint } from '$lib/server/http';

export const GET = publicEndpoint(({ locals, request }: { locals: App.Locals; request: Request }) => {
	const metrics = readMetrics({
		actor: locals.actor,
		signedIn: !!locals.user,
		authorization: request.headers.get('authorization')
	});
	if ('refused' in metrics) error(metrics.refused, 'metrics are for administrators');
	return new Response(metrics.text, {
		headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' }
	});
});
