// The results as a PDF: what the results JSON gives this person, drawn (the same rules, the same hidden groups).
import * as surveys from '$lib/server/surveys/index';
import { endpoint, pdfResponse } from '$lib/server/http';

import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params, url }: RequestEvent) => {
	const { bytes, name } = await surveys.resultsPdfFile(actor, params.round, url.searchParams.get('scope'));
	return pdfResponse(bytes, name);
});
