// A production server with the demo organisation, for a spec file (its beforeAll/afterAll), and its admin's
// pages at a given screen size.
import type { Browser, Page } from '@playwright/test';
import { test } from './test';
import { startServer, type TestServer } from './server';
import { ADMIN, setupOrganisation, signIn } from './people';

export const PHONE = { width: 375, height: 740 };

export function demoServer() {
	let server: TestServer | undefined;
	test.beforeAll(async ({ browser }) => {
		test.setTimeout(120_000);
		server = await startServer();
		const page = await browser.newPage();
		await setupOrganisation(page, server.baseURL, { demo: true });
		await page.close();
	});
	test.afterAll(async () => {
		await server?.stop();
	});
	return {
		get server(): TestServer {
			if (!server) throw new Error('the demo server is not started yet (beforeAll)');
			return server;
		},
		/** A page signed in as the demo's admin. */
		async adminPage(browser: Browser, viewport = PHONE): Promise<Page> {
			const page = await (await browser.newContext({ viewport })).newPage();
			await signIn(page, this.server.baseURL, ADMIN.email, ADMIN.password);
			return page;
		}
	};
}
