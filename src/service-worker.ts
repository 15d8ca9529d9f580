/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The service worker: the app shell from its cache, pages and data from the network and, offline, from what the
// person stored (their bites) or else the offline page. A new version takes over at once (skipWaiting) and the
// pages offer a reload (src/lib/offline/UpdatePrompt.svelte), so nobody stays on an old version.
import { build, files, version } from '$service-worker';
import { isBitesCache, OFFLINE_PAGE, shellCache } from '$lib/offline/caches';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = shellCache(version);
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(SHELL);
			await cache.addAll([...ASSETS]);
			// In the language of whoever installs it; the pages store it again when the language changes.
			await cache.add(OFFLINE_PAGE).catch(() => undefined);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== SHELL && !isBitesCache(key, version)) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** Offline: a stored copy. Page data (`__data.json?x-sveltekit-invalidated=…`) is stored without its query. */
function stored(request: Request, url: URL) {
	const ignoreSearch = request.mode === 'navigate' || url.pathname.endsWith('/__data.json');
	return caches.match(request, { ignoreSearch, ignoreVary: true });
}

async function fromNetwork(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const copy = await stored(request, url);
		if (copy) return copy;
		if (request.mode === 'navigate') {
			const offline = await caches.match(OFFLINE_PAGE, { cacheName: SHELL });
			if (offline) return offline;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname.startsWith('/sync/')) return;
	if (ASSETS.has(url.pathname)) {
		event.respondWith(caches.match(request, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
		return;
	}
	// Everything else is the network's first: signed-in pages change with every answer and log.
	event.respondWith(fromNetwork(request, url));
});
