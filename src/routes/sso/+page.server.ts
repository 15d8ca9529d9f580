import { redirect } from '@sveltejs/kit';
import * as sso from '$lib/server/sso/index';
import { publicPage } from '$lib/server/http';

// Signing in with the organisation's single sign-on: the organisation's code (from the admin's sign-in link)
// leads to its identity provider. Nothing here says whether an address or person has an account.
// A browser without JavaScript submits the code as a native form, and CSP `form-action 'self'` forbids any redirect
// of a form submission to another origin, the provider included: that browser gets this page again, which moves on
// to /sso/<code> by a refresh (a fresh navigation) and offers a link. The client router's data request redirects.
export const load = publicPage(({ url, isDataRequest }) => {
	const org = url.searchParams.get('org')?.trim() ?? '';
	const code = org.split('/').filter(Boolean).pop() ?? '';
	if (/^[A-Za-z0-9_-]{1,40}$/.test(code)) {
		if (isDataRequest) redirect(303, `/sso/${code}`);
		return { error: null, next: `/sso/${code}` };
	}
	const error = url.searchParams.get('error');
	const known = (sso.SSO_ERRORS as readonly string[]).includes(error ?? '');
	return { error: known ? (error as sso.SsoError) : null, next: null };
});
