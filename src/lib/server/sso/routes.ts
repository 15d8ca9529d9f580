// What the /sso routes share: the browser-binding cookie and the translated refusals the sign-in page shows.
import type { Cookies } from '@sveltejs/kit';
import { DomainError } from '../errors';

export const SSO_COOKIE = 'samspil_sso';

/** The keys /sso?error=… may show; anything else in the address is ignored. */
export const SSO_ERRORS = [
	'sso_error_state',
	'sso_error_provider',
	'sso_error_exchange',
	'sso_error_unverified',
	'sso_error_disabled',
	'sso_error_several_orgs',
	'sso_error_unavailable'
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

export function ssoErrorOf(e: unknown): SsoError {
	const key = e instanceof DomainError ? e.key : '';
	return (SSO_ERRORS as readonly string[]).includes(key) ? (key as SsoError) : 'sso_error_unavailable';
}

/** Lax: the provider sends the browser back with a top-level GET, which carries it; ten minutes, like the sign-in. */
export function setBindingCookie(cookies: Cookies, value: string, url: URL) {
	cookies.set(SSO_COOKIE, value, {
		path: '/sso',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 600
	});
}
