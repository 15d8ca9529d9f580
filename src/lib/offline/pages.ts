// Pages the service worker keeps for offline use, refreshed from the open page: the offline page in the person's
// current language (the worker stored it in the language of whoever installed it).
import { version } from '$app/environment';
import { getLocale } from '$lib/paraglide/runtime.js';
import { OFFLINE_PAGE, shellCache } from './caches';

const STORED_LANGUAGE = 'samspil-offline-page-language';

export async function keepOfflinePage() {
	if (!('caches' in window) || !navigator.onLine || !navigator.serviceWorker?.controller) return;
	const locale = getLocale();
	if (localStorage.getItem(STORED_LANGUAGE) === `${version}:${locale}`) return;
	try {
		await (await caches.open(shellCache(version))).add(OFFLINE_PAGE);
		localStorage.setItem(STORED_LANGUAGE, `${version}:${locale}`);
	} catch {
		// offline again, or storage refused: the stored copy stays as it was
	}
}
