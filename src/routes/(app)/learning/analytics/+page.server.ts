import * as analytics from '$lib/server/analytics/index';
import { page } from '$lib/server/http';

export const load = page((actor, { url }) => analytics.learningAnalytics(actor, url.searchParams));
