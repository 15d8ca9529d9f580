// The team's action plan as a PDF (the plan page's people only).
import * as plans from '$lib/server/actions/index';
import { endpoint, pdfResponse } from '$lib/server/http';

import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params }: RequestEvent) => {
	const { bytes, name } = await plans.planPdfFile(actor, params.team);
	return pdfResponse(bytes, name);
});
