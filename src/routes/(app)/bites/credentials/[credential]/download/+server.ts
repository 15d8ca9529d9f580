// The holder downloads their credential: the signed VC-JWT (what verifiers take), or the decoded JSON.
import * as bites from '$lib/server/bites/index';
import { endpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (actor, { params, url }) => {
	const { jwt, credential } = await bites.downloadCredential(actor, params.credential);
	const json = url.searchParams.get('format') === 'json';
	return new Response(json ? JSON.stringify(credential, null, 2) : jwt, {
		headers: {
			'content-type': json ? 'application/vc+ld+json' : 'application/vc+jwt',
			'content-disposition': `attachment; filename="credential-${params.credential}.${json ? 'json' : 'jwt'}"`,
			'cache-control': 'private, no-store'
		}
	});
});
