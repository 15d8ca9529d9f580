import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Forms post back to the same origin; SvelteKit rejects cross-site form posts.
		csrf: { checkOrigin: true }
	}
};

export default config;
