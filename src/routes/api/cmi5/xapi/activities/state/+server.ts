// xAPI State resource for a cmi5 AU: LMS.LaunchData (bites/cmi5.ts).
import * as bites from '$lib/server/bites/index';
import { cmi5Endpoint, cmi5Preflight } from '$lib/server/http';
import type { RequestEvent, RequestHandler } from './$types';

const auth = ({ request }: RequestEvent) =>
	[request.headers.get('authorization'), request.headers.get('x-experience-api-version')] as const;

export const GET: RequestHandler = cmi5Endpoint((event: RequestEvent) =>
	bites.readState(...auth(event), event.url.searchParams, event.url.origin)
);

const write = cmi5Endpoint((event: RequestEvent) =>
	bites.writeState(...auth(event), event.url.searchParams, event.url.origin)
);
export const PUT: RequestHandler = write;
export const POST: RequestHandler = write;

export const OPTIONS: RequestHandler = cmi5Preflight;
