// Stores bites for offline use in the service worker's bites cache (caches.ts), following the server's plan
// (`<home>/offline.json`: what, in which order, within which budget), and says what is stored. `home` is the page
// that lists them: `/bites` for a person's assigned bites, `/public/bites/<collection>` for an external learner's.
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

const summaryKey = (home: string) => (home === '/bites' ? 'samspil-offline-bites' : `samspil-offline-bites:${home}`);

/** What the last run stored on this device (shown offline too). */
export function storedSummary(home = '/bites'): Stored | null {
	try {
		const s = JSON.parse(localStorage.getItem(summaryKey(home)) ?? 'null');
		return s && s.version === version ? { count: s.count, bytes: s.bytes } : null;
	} catch {
		return null;
	}
}

export async function storeBites(home = '/bites'): Promise<Stored | null> {
	if (!('caches' in window) || !navigator.onLine || !navigator.serviceWorker) return storedSummary(home);
	const response = await fetch(`${home}/offline.json`).catch(() => null);
	if (!response?.ok) return storedSummary(home);
	const plan: Plan = await response.json();
	const cache = await caches.open(bitesCache(version, home));
	const pages = [home, `${home}/__data.json`];
	const wanted = new Set([...pages, ...plan.modules.flatMap((m) => m.urls)]);
	const headers = { [OFFLINE_STORE_HEADER]: '1' };
	for (const url of pages) await cache.add(new Request(url, { headers })).catch(() => {});
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
	localStorage.setItem(summaryKey(home), JSON.stringify({ version, count, bytes }));
	return { count, bytes };
}
