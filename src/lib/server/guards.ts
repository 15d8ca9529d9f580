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

const NEXT_BASE = 'http://next.invalid';

/**
 * Only same-site paths are followed (after sign-in, after changing the language). `next` is read the way a
 * browser reads a Location (the URL parser drops tabs and newlines and takes backslashes as slashes), and what
 * goes back out is the parser's own serialisation: percent-encoded, without control characters, never `//host`.
 */
export function safeNext(next: string | null | undefined, fallback = '/dashboard'): string {
	if (!next || !next.startsWith('/')) return fallback;
	let url: URL;
	try {
		url = new URL(next, NEXT_BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== NEXT_BASE) return fallback;
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('/') && !path.startsWith('//') && !hasControlOrBackslash(path) ? path : fallback;
}

/** Control characters (U+0000–U+001F, U+007F) or a backslash: never in a path we send a browser to. */
function hasControlOrBackslash(path: string): boolean {
	for (let i = 0; i < path.length; i++) {
		const c = path.charCodeAt(i);
		if (c < 0x20 || c === 0x7f || c === 0x5c) return true;
	}
	return false;
}
