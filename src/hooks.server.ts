import { CMI5_PATH, PACKAGE_PATH } from '$lib/bites/packages';
import { readTheme, themePage } from '$lib/server/theme';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime.js';
import { getRuntime } from '$lib/server/runtime';
import { SESSION_COOKIE, loadActor, mustEnrolTwofactor, rotateSession, validateSession } from '$lib/server/auth/index';
import { log } from '$lib/server/log';
import { setSessionCookie } from '$lib/server/cookies';
import { checkPublicLimit } from '$lib/server/public-limits';
import { RateLimited } from '$lib/server/errors';
import { translate } from '$lib/server/i18n';
import { getLocale } from '$lib/paraglide/runtime.js';

export const init: ServerInit = async () => {
	await getRuntime();
};

/** The signed-in person's own language choice wins over cookie and Accept-Language. */
const userLocales = new WeakMap<Request, string>();
defineCustomServerStrategy('custom-user', { getLocale: (request) => (request ? userLocales.get(request) : undefined) });

const session: Handle = async ({ event, resolve }) => {
	event.locals.actor = null;
	event.locals.user = null;
	event.locals.sessionToken = null;
	let token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const s = await validateSession(token);
		if (s?.rotate) {
			const fresh = await rotateSession(token, s.userId, s.orgId);
			setSessionCookie(event.cookies, fresh.token, fresh.expiresAt, event.url);
			token = fresh.token;
			s.renewed = false;
		}
		if (s) {
			event.locals.sessionToken = token;
			event.locals.user = { id: s.userId, locale: s.locale };
			event.locals.actor = await loadActor(s.userId, s.orgId);
			if (s.locale) userLocales.set(event.request, s.locale);
			if (s.renewed) setSessionCookie(event.cookies, token, s.expiresAt, event.url);
		} else {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		}
	}
	// An organisation that requires two-factor sign-in of admins: an admin without it reaches only enrolment
	// (and signing out) until enrolled, whatever page or action they ask for.
	const actor = event.locals.actor;
	if (actor && !TWOFACTOR_OPEN.some((p) => event.url.pathname.startsWith(p)) && (await mustEnrolTwofactor(actor)))
		return new Response(null, {
			status: 303,
			headers: { location: '/profile/twofactor', 'cache-control': 'no-store' }
		});
	return resolve(event);
};

/** What an admin who must enrol can still reach: the enrolment page, signing out, the app's static files. */
const TWOFACTOR_OPEN = [
	'/profile/twofactor',
	'/signout',
	'/_app/',
	'/favicon',
	'/robots.txt',
	'/manifest.webmanifest',
	'/icons/',
	'/service-worker.js',
	'/offline'
];

const locale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		const user = userLocales.get(event.request);
		if (user) userLocales.set(request, user);
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => themePage(html.replaceAll('%paraglide.lang%', locale), readTheme(event.cookies))
		});
	});

const headers: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	// An imported package's files play in the bite player's sandboxed frame (bites/package-files.ts); nothing else is framed.
	response.headers.set('X-Frame-Options', event.url.pathname.startsWith(`${PACKAGE_PATH}/`) ? 'SAMEORIGIN' : 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// The public origin is https (ORIGIN, or the proxy's protocol header): browsers stay on https from now on.
	if (event.url.protocol === 'https:') response.headers.set('Strict-Transport-Security', 'max-age=31536000');
	// Nothing a signed-in person sees is kept by the browser's cache or a proxy (a shared computer, the back button after signing out).
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	// Nor by the offline store: signing out removes the stored bites, the offline queue (which would otherwise be sent
	// as whoever signs in next) and the service worker, on this device.
	if (event.request.method === 'POST' && event.url.pathname === '/signout')
		response.headers.set('Clear-Site-Data', '"cache", "storage"');
	if (!dev && response.status >= 500) {
		log.error('request failed', {
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		});
	}
	return response;
};

const FORM_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];
/** A one-click unsubscribe (RFC 8058): a signed token in the path is all it acts on, so any origin may post it. */
const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * SvelteKit's cross-site form check (svelte.config.js hands it to us): a form-encoded POST, PUT, PATCH or DELETE
 * from another origin, or without one, is refused, except the one-click unsubscribe and the cmi5 endpoints.
 */
const sameOriginForms: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	const forbidden =
		!dev &&
		['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) &&
		FORM_TYPES.includes(type) &&
		request.headers.get('origin') !== url.origin &&
		!(request.method === 'POST' && ONE_CLICK_UNSUBSCRIBE.test(url.pathname)) &&
		// a cmi5 AU in its sandboxed frame (origin "null", no cookies) acts only by its launch's token (bites/cmi5.ts)
		!url.pathname.startsWith(`${CMI5_PATH}/`);
	if (!forbidden) return resolve(event);
	const message = `Cross-site ${request.method} form submissions are forbidden`;
	return request.headers.get('accept') === 'application/json'
		? Response.json({ message }, { status: 403 })
		: new Response(message, { status: 403 });
};

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Endpoints anyone can reach are rate-limited per address (public-limits.ts): 429, Retry-After, a translated page. */
const limits: Handle = async ({ event, resolve }) => {
	let after: ((status: number) => Promise<void>) | undefined;
	try {
		after = await checkPublicLimit(event.request.method, event.url.pathname, event.getClientAddress());
	} catch (e) {
		if (!(e instanceof RateLimited)) throw e;
		const message = translate('error_rate_limited', { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) });
		const html = (event.request.headers.get('accept') ?? '').includes('text/html');
		const body = html
			? `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message)}</title></head><body><main><h1>${escapeHtml(message)}</h1></main></body></html>`
			: message;
		return new Response(body, {
			status: 429,
			headers: {
				'retry-after': String(Math.max(1, e.retryAfterSeconds)),
				'content-type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
				'cache-control': 'no-store'
			}
		});
	}
	const response = await resolve(event);
	await after?.(response.status);
	return response;
};

export const handle = sequence(sameOriginForms, session, locale, headers, limits);
