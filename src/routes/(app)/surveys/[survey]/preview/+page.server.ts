import * as surveys from '$lib/server/surveys/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params, url }) =>
	surveys.previewPage(actor, params.survey, url.searchParams.get('lang'))
);
