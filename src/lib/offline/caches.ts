// Names shared by the service worker (src/service-worker.ts) and the pages that fill its caches. Both carry the
// app's version: a stored page names the scripts of the build that made it, so it goes with that build.

/** The app shell: every built and static file, and the offline page. */
export const shellCache = (version: string) => `samspil-shell-${version}`;
/**
 * Bites stored for offline use (pages, their data and media), filled by the page at `home` (bites-store.ts): the
 * person's assigned bites from `/bites`, an external learner's from their collection's page.
 */
export const bitesCache = (version: string, home = '/bites') =>
	home === '/bites' ? `samspil-bites-${version}` : `samspil-bites-${version}:${home}`;
/** Whether a cache holds this version's stored bites (any page's). */
export const isBitesCache = (name: string, version: string) =>
	name === bitesCache(version) || name.startsWith(`${bitesCache(version)}:`);
/** Shown for a page that is neither online nor stored (src/routes/offline). */
export const OFFLINE_PAGE = '/offline';
/** Sent when a page is fetched to be stored: the server reads it without side effects (a bite is not started). */
export const OFFLINE_STORE_HEADER = 'x-samspil-offline-store';
