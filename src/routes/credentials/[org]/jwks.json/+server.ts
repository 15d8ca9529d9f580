// The organisation's public signing keys as a JWKS, for any verifier.
import { error, json } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const GET = async ({ params }) => {
	const jwks = await bites.publicJwks(params.org);
	if (!jwks) error(404);
	return json(jwks, { headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' } });
};
