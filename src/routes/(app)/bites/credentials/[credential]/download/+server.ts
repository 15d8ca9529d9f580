// The holder downloads their credential: the signed VC-JWT (what verifiers take), or the decoded JSON.
import * as bites from '$lib/server/bites/index';
import { download, endpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (actor, { params, url }) => {
	const { jwt, credential } = await bites.downloadCredential(actor, params.credential);
	const json = url.searchParams.get('format') === 'json';
	return json
		? download(JSON.stringify(credential, null, 2), `credential-${params.credential}.json`, {
				type: 'application/vc+ld+json'
			})
		: download(jwt, `credential-${params.credential}.jwt`);
});
