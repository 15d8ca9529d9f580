// The list of what this person's device stores for offline use (src/lib/offline/bites-store.ts).
import { json } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor) => json(await bites.offlinePlan(actor)));
