// Stores the person's assigned bites for offline use in the service worker's bites cache (caches.ts), following the
// server's plan (/bites/offline.json: what, in which order, within which budget), and says what is stored.
import { version } from '$app/environment';
import { bitesCache, OFFLINE_STORE_HEADER } from './caches';

export interface Stored {
	count: number;
	bytes: number;
}
interface Plan {
	budget: number;
	modules: { id: string; title: string; urls: string[]; bytes: number }[];
}

const SUMMARY = 'samspil-offline-bites';

/** What the last run stored on this device (shown offline too). */
export function storedSummary(): Stored | null {
	try {
		const s = JSON.parse(localStorage.getItem(SUMMARY) ?? 'null');
		return s && s.version === version ? { count: s.count, bytes: s.bytes } : null;
	} catch {
		return null;
	}
}

export async function storeBites(): Promise<Stored | null> {
	if (!('caches' in window) || !navigator.onLine || !navigator.serviceWorker) return storedSummary();
	const response = await fetch('/bites/offline.json').catch(() => null);
	if (!response?.ok) return storedSummary();
	const plan: Plan = await response.json();
	const cache = await caches.open(bitesCache(version));
	const wanted = new Set(['/bites', '/bites/__data.json', ...plan.modules.flatMap((m) => m.urls)]);
	const headers = { [OFFLINE_STORE_HEADER]: '1' };
	for (const url of ['/bites', '/bites/__data.json']) await cache.add(new Request(url, { headers })).catch(() => {});
	let count = 0;
	let bytes = 0;
	for (const module of plan.modules) {
		try {
			// One at a time: a phone on a slow line gets today's bite first.
			for (const url of module.urls) {
				// A media file never changes under its id: stored once, it is not fetched again on the next visit.
				if (url.startsWith('/bites/media/') && (await cache.match(url))) continue;
				await cache.add(new Request(url, { headers }));
			}
			count += 1;
			bytes += module.bytes;
		} catch {
			// offline again, or a module gone: what is stored stays usable
		}
	}
	for (const request of await cache.keys()) if (!wanted.has(new URL(request.url).pathname)) await cache.delete(request);
	localStorage.setItem(SUMMARY, JSON.stringify({ version, count, bytes }));
	return { count, bytes };
}
