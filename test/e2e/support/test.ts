// The e2e `test`: Playwright's, plus a guard that fails any test during which a page reported a
// Content-Security-Policy violation or an uncaught error, in any browser context it opened.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

export const test = base.extend<{ pageGuard: void }>({
	pageGuard: [
		async ({ browser, context }, use) => {
			const problems: string[] = [];
			const watchPage = (page: Page) => {
				page.on('console', (msg) => {
					const text = msg.text();
					if (/Content[- ]Security[- ]Policy/i.test(text)) problems.push(`CSP: ${text}`);
				});
				page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
			};
			const watch = (c: BrowserContext) => {
				c.pages().forEach(watchPage);
				c.on('page', watchPage);
				return c;
			};
			watch(context);
			const newContext = browser.newContext.bind(browser);
			const newPage = browser.newPage.bind(browser);
			browser.newContext = async (options) => watch(await newContext(options));
			browser.newPage = async (options) => {
				const page = await newPage(options);
				watchPage(page);
				return page;
			};
			try {
				await use();
			} finally {
				browser.newContext = newContext;
				browser.newPage = newPage;
			}
			expect(problems, 'CSP violations or uncaught page errors').toEqual([]);
		},
		{ auto: true }
	]
});
