import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Open pages learn of a new deployment (the `updated` state), and offer a reload: src/lib/offline/OfflineStatus.
		version: { pollInterval: 300_000 },
		// Absolute asset paths: the service worker answers any address it has no copy of with the stored offline page,
		// whose scripts must load from /learning/feedback as well as from /offline.
		paths: { relative: false },
		// Registered by the app once the page is idle (src/lib/offline/register.ts), not at `load`.
		serviceWorker: { register: false },
		// The cross-site form check is ours (hooks.server.ts `sameOriginForms`): the same rule as SvelteKit's, except
		// for the one-click unsubscribe (RFC 8058), which mail providers post from their own servers, without Origin.
		csrf: { trustedOrigins: ['*'] },
		// Strict CSP: scripts only from our origin plus SvelteKit's own nonce'd bootstrap. Inline styles stay
		// allowed (Svelte sets style attributes for positions and transitions); no inline scripts, no eval.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
