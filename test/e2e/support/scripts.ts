// Holding back the app's scripts: a slow phone that shows the server's page before it is live.
import type { Page } from '@playwright/test';

/** Holds every script of the app until the returned function is called; the page's HTML and styles load as usual. */
export async function holdAppScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
