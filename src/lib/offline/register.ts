// Registers the service worker once the page has loaded and the browser is idle. SvelteKit's own registration runs
// at `load`, and the worker's install then stores the whole app shell (~270 files) while the page is still
// hydrating: in Lighthouse's mobile run on two cores that doubled the page's blocking time. Waiting for idle time lets the
// page become interactive first; the worker still installs on the first visit.
import { dev } from '$app/environment';

export function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		void navigator.serviceWorker.register('/service-worker.js', { type: dev ? 'module' : 'classic' }).catch(() => {
			// private windows and some browsers refuse: the app works online without it
		});
	const whenIdle = () =>
		'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
