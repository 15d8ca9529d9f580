// One learner's drill-down as CSV, for the same period.
import * as analytics from '$lib/server/analytics/index';
import { download, endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const { csv, fileName } = await analytics.personCsv(actor, params.person, url.searchParams);
	return download(csv, fileName);
});
