import * as bites from '$lib/server/bites/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params, url }) =>
	bites.analyticsPage(actor, params.module, url.searchParams.get('team') || undefined)
);
