// The issuer's public profile (Open Badges Profile) with its verification key; no session needed.
import { error, json } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const GET = async ({ params, url }) => {
	const profile = await bites.issuerProfile(params.org, url.origin);
	if (!profile) error(404);
	return json(profile, { headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' } });
};
