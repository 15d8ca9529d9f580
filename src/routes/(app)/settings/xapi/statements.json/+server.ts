// The organisation's xAPI statements of a date range as a JSON download (a GET form on /settings/xapi leads here).
import * as xapi from '$lib/server/xapi/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const from = url.searchParams.get('from');
	const to = url.searchParams.get('to');
	const statements = await xapi.statementsBetween(actor, from, to);
	return download(JSON.stringify(statements, null, 2), `samspil-xapi-${from ?? 'last-30-days'}-${to ?? 'today'}.json`);
});
