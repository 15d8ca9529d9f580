// One learner's drill-down as CSV, for the same period.
import * as analytics from '$lib/server/analytics/index';
import { endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const { csv, fileName } = await analytics.personCsv(actor, params.person, url.searchParams);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
});
