// A whole module as a PDF for offline reading (every card's words, the questions without their answers), for
// whoever may play it.
import * as bites from '$lib/server/bites/index';
import { fileNameOf } from '$lib/server/file-names';
import { endpoint, pdfResponse } from '$lib/server/http';
import { biteModulePdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (actor, { params }) => {
	const data = await bites.moduleForOffline(actor, params.module);
	return pdfResponse(await biteModulePdf(data, getLocale()), fileNameOf(data.title, 'module'));
});
