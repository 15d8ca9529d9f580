import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * In dev, WebSocket upgrades on /sync/ go to the same sync server the app uses in production.
 * Every other upgrade (Vite's HMR socket shares this server) is left to Vite.
 */
function syncUpgrade(): Plugin {
	return {
		name: 'samspil-sync-upgrade',
		configureServer(server) {
			server.httpServer?.on('upgrade', async (req, socket, head) => {
				if (!req.url?.startsWith('/sync/')) return;
				try {
					const mod = await server.ssrLoadModule('/src/lib/server/runtime.ts');
					const runtime = await mod.getRuntime();
					runtime.handleUpgrade(req, socket, head);
				} catch (error) {
					console.error('sync upgrade failed', error);
					socket.destroy();
				}
			});
		}
	};
}

export default defineConfig({
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Paraglide makes a module per message; shared by several pages, each became a chunk of its
					// own (about 150 bytes), and a board page waited on ~20 of them behind the browser's six
					// connections. Messages that two or more pages use now share one chunk, cached across pages.
					groups: [
						{ name: 'messages', test: /paraglide[\\/]messages/, minShareCount: 2 },
						// The offline queue and status every signed-in page carries: one file instead of seven.
						{
							name: 'offline',
							test: /src[\\/]lib[\\/]offline[\\/](OfflineStatus|SignOut|RefusedItems|queue|pages|caches)|idb-keyval/
						}
					]
				}
			}
		}
	},
	plugins: [
		// Strategy, cookie and output structure: project.inlang/paraglide.config.js (shared with the CLI).
		paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide' }),
		sveltekit(),
		syncUpgrade()
	],
	test: {
		// Four test files at a time, each with a database of its own (a SQLite file, or a PostgreSQL database copied
		// from the run's migrated template: test/integration/support/global-setup.ts).
		maxWorkers: 4,
		// How long Vitest waits for its workers to close. A clean-clone CI run's unit step (2026-12-05) once took over
		// the default 10 s to close; the same sequence from a fresh clone closed at once three times, so the cause was
		// not found. A handle that really stays open is still reported after this, and .ci/run fails on it.
		teardownTimeout: 60000,
		server: {
			deps: {
				// Paraglide's compiled messages (~2,000 modules, one per message) are plain JavaScript: Node loads them
				// once per worker instead of Vite transforming and evaluating all of them again for every test file.
				external: [/[\\/]src[\\/]lib[\\/]paraglide[\\/]/]
			}
		},
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['test/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/integration/support/global-setup.ts'],
					// Test files in one worker share their modules instead of importing the app anew each (the import took
					// ~610 s of the run's summed time against ~470 s of tests): on SQLite 289 -> 104 s, on PostgreSQL
					// 332 -> 164 s (2026-12-06). Each file still gets a database of its own; what a module registers for the
					// process is taken back when its owner closes (sync-wiring.ts).
					isolate: false,
					setupFiles: ['test/integration/support/wait-longer.ts'],
					// Limits for a hung test, not speed measures: password hashing and SMTP round trips take seconds on a
					// loaded 2-core machine.
					testTimeout: 60000,
					hookTimeout: 30000,
					// Routine info lines (sign-ins, rooms loading) would bury the test report; warnings still show.
					env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }
				}
			},
			{
				extends: true,
				// Two production instances over the build, PostgreSQL and Redis: `npm run test:cluster`.
				test: {
					name: 'cluster',
					include: ['test/cluster/**/*.test.ts'],
					environment: 'node',
					testTimeout: 90000,
					hookTimeout: 120000
				}
			}
		]
	}
});
