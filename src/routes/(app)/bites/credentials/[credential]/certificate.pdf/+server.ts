// The holder's certificate of their credential as a PDF (every element, a QR code to its verification page).
import * as bites from '$lib/server/bites/index';
import { fileNameOf } from '$lib/server/file-names';
import { endpoint, pdfResponse } from '$lib/server/http';
import { certificatePdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (actor, { params, url }) => {
	const data = await bites.certificateData(actor, params.credential, { origin: url.origin });
	return pdfResponse(
		await certificatePdf(data, getLocale(), `${url.origin}/verify`),
		fileNameOf(data.title, 'certificate')
	);
});
