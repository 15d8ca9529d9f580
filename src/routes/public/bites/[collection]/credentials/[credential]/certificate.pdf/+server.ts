// An external learner's certificate of their credential as a PDF (learner cookie of this collection).
import * as bites from '$lib/server/bites/index';
import { fileNameOf } from '$lib/server/file-names';
import { publicEndpoint, pdfResponse } from '$lib/server/http';
import { certificatePdf } from '$lib/server/pdf/index';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, cookies, url }) => {
	const secret = cookies.get(bites.LEARNER_COOKIE);
	const data = await bites.external.certificateData(params.collection, secret, params.credential, {
		origin: url.origin
	});
	return pdfResponse(
		await certificatePdf(data, getLocale(), `${url.origin}/verify`),
		fileNameOf(data.title, 'certificate')
	);
});
