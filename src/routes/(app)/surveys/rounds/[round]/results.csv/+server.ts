// CSV of what the results page shows this person: the same rules, the same hidden groups.
import * as surveys from '$lib/server/surveys/index';
import { endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const { csv, name } = await surveys.resultsCsvFile(actor, params.round, url.searchParams.get('scope'));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${encodeURIComponent(name)}.csv"`,
			'cache-control': 'no-store'
		}
	});
});
