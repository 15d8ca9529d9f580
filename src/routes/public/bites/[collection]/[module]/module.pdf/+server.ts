// An external learner's module as a PDF for offline reading (learner cookie of this collection).
import * as bites from '$lib/server/bites/index';
import { fileNameOf } from '$lib/server/file-names';
import { publicEndpoint, pdfResponse } from '$lib/server/http';
import { biteModulePdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, cookies }) => {
	const data = await bites.external.offline(params.collection, cookies.get(bites.LEARNER_COOKIE), params.module);
	return pdfResponse(await biteModulePdf(data, getLocale()), fileNameOf(data.title, 'module'));
});
