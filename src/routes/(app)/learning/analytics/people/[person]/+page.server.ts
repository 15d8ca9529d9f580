import * as analytics from '$lib/server/analytics/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params, url }) => analytics.personAnalytics(actor, params.person, url.searchParams));
