// An external learner downloads their credential (learner cookie of this collection).
import * as bites from '$lib/server/bites/index';
import { download, publicEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, cookies, url }) => {
	const secret = cookies.get(bites.LEARNER_COOKIE);
	const { jwt, credential } = await bites.external.download(params.collection, secret, params.credential);
	const json = url.searchParams.get('format') === 'json';
	return json
		? download(JSON.stringify(credential, null, 2), `credential-${params.credential}.json`, {
				type: 'application/vc+ld+json'
			})
		: download(jwt, `credential-${params.credential}.jwt`);
});
