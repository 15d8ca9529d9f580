// The public verification link a holder shares: the credential checked (signature, revocation) and shown.
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { publicPage } from '$lib/server/http';

export const load = publicPage(async ({ params, url }: { params: { token: string }; url: URL }) => {
	const shared = await bites.verifyShared(params.token, url.origin);
	if (!shared) error(404);
	return { verification: shared.verification, jwt: shared.jwt };
});
