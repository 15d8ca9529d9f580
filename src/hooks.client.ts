import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { baseLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { registerServiceWorker } from '$lib/offline/register';

// The server decided the language (person's choice → cookie → Accept-Language) and wrote it on <html>. Reading
// it from there, instead of letting Paraglide resolve it again in the browser, also keeps Paraglide from writing
// a language cookie on the first visit: that cookie outranked the browser's language for good. Only an explicit
// choice (the language switcher, the profile) sets the cookie, on the server.
overwriteGetLocale(() => {
	const lang = document.documentElement.lang;
	return isLocale(lang) ? lang : baseLocale;
});

/**
 * A link followed offline: its data could not be fetched (a TypeError from fetch, or the browser knows it is
 * offline). The error page then shows the offline notice instead of a bare 500.
 */
export const handleError: HandleClientError = ({ error, message }) => {
	const offline = !navigator.onLine || (error instanceof TypeError && /fetch/i.test(error.message));
	return { message, offline };
};

/** The service worker, registered once the page is idle (svelte.config.js turns SvelteKit's own registration off). */
export const init: ClientInit = () => registerServiceWorker();
