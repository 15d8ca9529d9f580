// CSV of what the results page shows this person: the same rules, the same hidden groups.
import * as surveys from '$lib/server/surveys/index';
import { download, endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const { csv, name } = await surveys.resultsCsvFile(actor, params.round, url.searchParams.get('scope'));
	return download(csv, `${name}.csv`);
});
