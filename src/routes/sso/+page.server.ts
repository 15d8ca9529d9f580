import { redirect } from '@sveltejs/kit';
import * as sso from '$lib/server/sso/index';
import { publicPage } from '$lib/server/http';

// Signing in with the organisation's single sign-on: the organisation's code (from the admin's sign-in link)
// leads to its identity provider. Nothing here says whether an address or person has an account.
export const load = publicPage(({ url }) => {
	const org = url.searchParams.get('org')?.trim() ?? '';
	const code = org.split('/').filter(Boolean).pop() ?? '';
	if (/^[A-Za-z0-9_-]{1,40}$/.test(code)) redirect(303, `/sso/${code}`);
	const error = url.searchParams.get('error');
	return { error: (sso.SSO_ERRORS as readonly string[]).includes(error ?? '') ? (error as sso.SsoError) : null };
});
