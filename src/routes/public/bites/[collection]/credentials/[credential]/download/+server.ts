// An external learner downloads their credential (learner cookie of this collection).
import * as bites from '$lib/server/bites/index';
import { publicEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, cookies, url }) => {
	const secret = cookies.get(bites.LEARNER_COOKIE);
	const { jwt, credential } = await bites.external.download(params.collection, secret, params.credential);
	const json = url.searchParams.get('format') === 'json';
	return new Response(json ? JSON.stringify(credential, null, 2) : jwt, {
		headers: {
			'content-type': json ? 'application/vc+ld+json' : 'application/vc+jwt',
			'content-disposition': `attachment; filename="credential-${params.credential}.${json ? 'json' : 'jwt'}"`,
			'cache-control': 'private, no-store'
		}
	});
});
