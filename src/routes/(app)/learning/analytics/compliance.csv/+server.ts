// The compliance table of the analytics page as CSV, for the same team and period.
import * as analytics from '$lib/server/analytics/index';
import { endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const { csv, fileName } = await analytics.complianceCsv(actor, url.searchParams);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
});
