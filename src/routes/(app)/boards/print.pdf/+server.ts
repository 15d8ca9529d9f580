// A board template printed for a workshop on paper: the zones as one large board, the question cards to cut out.
// The template is named in the query (?template=learning-environment, or org:<id> for the organisation's own).
import * as boards from '$lib/server/boards/index';
import { fileNameOf } from '$lib/server/file-names';
import { endpoint, pdfResponse } from '$lib/server/http';
import { dialogueBoardPdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestEvent } from './$types';

export const GET = endpoint(async (actor, { url }: RequestEvent) => {
	const locale = getLocale();
	const data = await boards.printableTemplate(actor, url.searchParams.get('template') ?? '', locale);
	return pdfResponse(await dialogueBoardPdf(data, locale), fileNameOf(data.title, 'board'));
});
