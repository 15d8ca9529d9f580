// The compliance table of the analytics page as CSV, for the same team and period.
import * as analytics from '$lib/server/analytics/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const { csv, fileName } = await analytics.complianceCsv(actor, url.searchParams);
	return download(csv, fileName);
});
