// The results as JSON for other tools: exactly what the page shows this person (hidden groups carry no numbers).
import { json } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { endpoint } from '$lib/server/http';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) =>
	json(await surveys.resultsJson(actor, params.round, url.searchParams.get('scope')), {
		headers: { 'cache-control': 'no-store' }
	})
);
