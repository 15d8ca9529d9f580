// The revocation Bitstring Status List credential, signed (VC-JWT). Short caching: a revocation must show soon.
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const GET = async ({ params, url }) => {
	const jwt = await bites.statusListJwt(params.org, url.origin);
	if (!jwt) error(404);
	return new Response(jwt, {
		headers: {
			'content-type': 'application/vc+jwt',
			'cache-control': 'public, max-age=60',
			'access-control-allow-origin': '*'
		}
	});
};
