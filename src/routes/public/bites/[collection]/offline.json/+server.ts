// What an external learner's device stores for offline use (src/lib/offline/bites-store.ts): their collection's
// modules not yet completed (learner cookie of this collection).
import { json } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { publicEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, cookies }) =>
	json(await bites.external.offlinePlan(params.collection, cookies.get(bites.LEARNER_COOKIE)))
);
