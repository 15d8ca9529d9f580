// Teams and Slack as an admin and a member set them up, in Chromium against the production build: the demo's
// channel is there and turned off; an admin adds a channel at phone width without JavaScript (a wrong address is
// refused with the reason, the saved address is never shown again); a member sends their messages to that channel,
// then to their own webhook. Messages themselves are tested against a real receiver in test/integration/chat.
import type { Browser } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation, demoAddress } from './support/demo';
import { expectAccessible } from './support/a11y';

let server: TestServer;
let demo: Awaited<ReturnType<typeof createDemoOrganisation>>;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	// nothing here should post anywhere; if it did, 127.0.0.1:9 refuses at once
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', CHAT_WEBHOOK_TEST_HOSTS: '127.0.0.1' });
	demo = await createDemoOrganisation(server.dataDir);
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-4000));
});
test.afterAll(async () => {
	await server?.stop();
});

async function as(browser: Browser, email: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const page = await context.newPage();
	await signIn(page, server.baseURL, email, demo.password);
	return page;
}

test('an admin adds a chat channel at phone width without JavaScript; its address is never shown again', async ({
	browser
}) => {
	const page = await as(browser, demo.email, { javaScriptEnabled: false, width: 375 });
	await page.goto(`${server.baseURL}/settings`);
	await page.getByRole('link', { name: 'Teams and Slack' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Teams and Slack' })).toBeVisible();
	const demoChannel = page.getByRole('region', { name: 'HR · Trivsel' });
	await expect(demoChannel).toContainText('Turned off: nothing is sent to this channel.');
	await expect(demoChannel).toContainText('demo.webhook.office.com/…demo');

	await page.getByLabel('Name of the channel').fill('Ledelse');
	await page.getByRole('radio', { name: 'Slack' }).check();
	await page.getByLabel('Incoming webhook address').fill('https://example.com/services/T0/B0/x');
	await page.getByRole('button', { name: 'Add channel' }).click();
	await expect(page.getByText('This is not an incoming-webhook address of Slack')).toBeVisible();
	await expect(page.getByLabel('Name of the channel')).toHaveValue('Ledelse');

	await page.getByRole('radio', { name: 'Slack' }).check();
	await page.getByLabel('Incoming webhook address').fill('http://127.0.0.1:9/services/T0/B0/SecretPart4321');
	await page.getByRole('button', { name: 'Add channel' }).click();
	await expect(page.getByRole('status')).toContainText('The channel is added.');
	const added = page.getByRole('region', { name: 'Ledelse' });
	await expect(added).toContainText('127.0.0.1:9/…4321');
	expect(await page.content()).not.toContain('SecretPart');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375);
	// axe needs JavaScript in the page: the same page, at the same width, with it
	const checked = await as(browser, demo.email, { width: 375 });
	await checked.goto(`${server.baseURL}/settings/chat`);
	await expect(checked.getByRole('region', { name: 'Ledelse' })).toBeVisible();
	await expectAccessible(checked);
});

test('a member sends their messages to the channel, then to their own webhook', async ({ browser }) => {
	const domain = demo.email.split('@')[1];
	const page = await as(browser, demoAddress('Jonas Vestergaard', domain));
	await page.goto(`${server.baseURL}/profile/notifications`);
	const chat = page.getByRole('region', { name: 'Teams and Slack' });
	await expect(chat.getByRole('radio', { name: 'No chat' })).toBeChecked();
	// the demo's channel is turned off, so it is not offered
	await expect(chat.getByRole('radio', { name: /HR · Trivsel/ })).toHaveCount(0);
	await chat.getByRole('radio', { name: /The channel Ledelse/ }).check();
	await chat.getByRole('button', { name: 'Save chat choice' }).click();
	await expect(chat.getByRole('status')).toHaveText('Your chat choice is saved.');
	await page.reload();
	await expect(chat.getByRole('radio', { name: /The channel Ledelse/ })).toBeChecked();

	await chat.getByRole('radio', { name: 'My own webhook' }).check();
	await chat.getByRole('radio', { name: 'Microsoft Teams' }).check();
	await chat.getByLabel('Incoming webhook address').fill('https://hooks.slack.com/services/T0/B0/x');
	await chat.getByRole('button', { name: 'Save chat choice' }).click();
	await expect(chat.getByText('This address belongs to the other chat service')).toBeVisible();
	await chat.getByRole('radio', { name: 'My own webhook' }).check();
	await chat.getByRole('radio', { name: 'Microsoft Teams' }).check();
	await chat
		.getByLabel('Incoming webhook address')
		.fill('https://fjordby.webhook.office.com/webhookb2/a/IncomingWebhook/b/MyOwn9876');
	await chat.getByRole('button', { name: 'Save chat choice' }).click();
	await expect(chat.getByRole('status')).toHaveText('Your chat choice is saved.');
	await page.reload();
	await expect(chat.getByRole('radio', { name: 'My own webhook' })).toBeChecked();
	await expect(chat).toContainText('fjordby.webhook.office.com/…9876');
	expect(await page.content()).not.toContain('MyOwn9876');
	await expectAccessible(page);
});
