// The public verification link a holder shares: the credential checked (signature, revocation) and shown.
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';

export const load = async ({ params, url }) => {
	const shared = await bites.verifyShared(params.token, url.origin);
	if (!shared) error(404);
	return { verification: shared.verification, jwt: shared.jwt };
};
