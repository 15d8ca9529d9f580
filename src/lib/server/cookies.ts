// The session cookie: HttpOnly, SameSite=Lax, Secure whenever the site is served over HTTPS.
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, TWOFACTOR_COOKIE } from './auth/index';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, url: URL) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies) {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** The sign-in challenge between password and second factor: httpOnly, only sent to /signin, five minutes. */
export function setTwofactorCookie(cookies: Cookies, value: string, expiresAt: Date, url: URL) {
	cookies.set(TWOFACTOR_COOKIE, value, {
		path: '/signin',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearTwofactorCookie(cookies: Cookies) {
	cookies.delete(TWOFACTOR_COOKIE, { path: '/signin' });
}

export const LOCALE_COOKIE = 'samspil_locale';

export function setLocaleCookie(cookies: Cookies, locale: string | null) {
	if (locale) cookies.set(LOCALE_COOKIE, locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 400 * 86400 });
	else cookies.delete(LOCALE_COOKIE, { path: '/' });
}
