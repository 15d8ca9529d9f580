// Route-level checks that a person is signed in; what they may do is the policy module's job.
import { error, redirect } from '@sveltejs/kit';
import type { Actor } from './actor';
import { translate } from './i18n';

export function requireActor(locals: App.Locals, url?: URL): Actor {
	if (locals.actor) return locals.actor;
	if (!locals.user) {
		if (url && url.pathname !== '/') redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
		redirect(303, '/signin');
	}
	error(403, translate('error_no_organisation'));
}

export function requireUser(locals: App.Locals) {
	if (!locals.user || !locals.sessionToken) redirect(303, '/signin');
	return { ...locals.user, token: locals.sessionToken };
}

/**
 * Only same-site paths are followed (after sign-in, after changing the language). A path on this site to send the browser to, else `fallback`. Parsed as a browser would: "//x", "/\\x" and
 * "/\t/x" (browsers drop tabs and newlines from addresses) all lead to another origin.
 */
export function safeNext(next: string | null | undefined, fallback = '/dashboard'): string {
	if (!next || !next.startsWith('/') || /[\u0000-\u001f\\]/.test(next)) return fallback;
	const base = 'http://samspil.invalid';
	try {
		const url = new URL(next, base);
		return url.origin === base ? url.pathname + url.search + url.hash : fallback;
	} catch {
		return fallback;
	}
}
