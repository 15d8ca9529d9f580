// xAPI Statement resource for a cmi5 AU: its cmi5-defined statements (bites/cmi5.ts).
import * as bites from '$lib/server/bites/index';
import { cmi5Endpoint, cmi5Preflight, jsonBody } from '$lib/server/http';
import type { RequestEvent, RequestHandler } from './$types';

export const POST: RequestHandler = cmi5Endpoint(async ({ request, url }: RequestEvent) =>
	bites.postStatements(
		request.headers.get('authorization'),
		request.headers.get('x-experience-api-version'),
		await jsonBody(request),
		url.origin
	)
);

export const PUT: RequestHandler = cmi5Endpoint(async ({ request, url }: RequestEvent) => {
	await bites.postStatements(
		request.headers.get('authorization'),
		request.headers.get('x-experience-api-version'),
		await jsonBody(request),
		url.origin,
		{ statementId: url.searchParams.get('statementId') }
	);
	return undefined;
});

export const OPTIONS: RequestHandler = cmi5Preflight;
