import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './test/e2e/support/chromium';

// e2e runs against the production build (npm run build first); each spec file starts its own
// server on a fresh database (test/e2e/support/server.ts), so files are independent.
export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: false,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	// A whole workshop with three browsers and axe scans takes ~30 s on a quiet 2-core machine and twice that when it
	// is busy: the limit is for a hung test, not a measure of speed (benchmarks measure speed).
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		...devices['Desktop Chrome'],
		channel: undefined,
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		trace: 'off',
		// Each new context would install the service worker, which stores the whole app shell (~780 files) in the
		// background: a quarter of the suite's CPU went to that. The offline specs allow it (test.use).
		serviceWorkers: 'block'
	}
});
