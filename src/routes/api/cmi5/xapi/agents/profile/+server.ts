// xAPI Agent Profile resource for a cmi5 AU: cmi5LearnerPreferences (bites/cmi5.ts).
import * as bites from '$lib/server/bites/index';
import { cmi5Endpoint, cmi5Preflight } from '$lib/server/http';
import type { RequestEvent, RequestHandler } from './$types';

export const GET: RequestHandler = cmi5Endpoint(({ request, url }: RequestEvent) =>
	bites.readAgentProfile(
		request.headers.get('authorization'),
		request.headers.get('x-experience-api-version'),
		url.searchParams,
		url.origin
	)
);

export const OPTIONS: RequestHandler = cmi5Preflight;
