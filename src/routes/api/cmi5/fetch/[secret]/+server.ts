// A cmi5 launch's fetch URL: POST once for the AU's auth token (bites/cmi5.ts).
import * as bites from '$lib/server/bites/index';
import { cmi5Endpoint, cmi5Preflight } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = cmi5Endpoint(async ({ params }: { params: { secret: string } }) => {
	const answer = await bites.fetchAuthToken(params.secret);
	return Response.json(answer.body, { status: answer.status });
});

export const OPTIONS: RequestHandler = cmi5Preflight;
