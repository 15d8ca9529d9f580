// Playwright configuration for the boards benchmark: one worker, the production build, Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
	testDir: import.meta.dirname,
	testMatch: 'boards.spec.ts',
	workers: 1,
	retries: 0,
	timeout: 120_000,
	reporter: [['list']],
	use: {
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
		}
	}
});
