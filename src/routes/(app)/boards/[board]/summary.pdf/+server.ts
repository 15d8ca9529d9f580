// The board's summary as a PDF: the same data as the summary page, drawn server-side.
import { boardSummaryWithActions } from '$lib/server/actions/index';
import { fileNameOf } from '$lib/server/file-names';
import { endpoint, pdfResponse } from '$lib/server/http';
import { boardSummaryPdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { params }: RequestEvent) => {
	const summary = await boardSummaryWithActions(actor, params.board);
	return pdfResponse(await boardSummaryPdf(summary, getLocale()), fileNameOf(summary.title, 'board'));
});
