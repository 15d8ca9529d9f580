// Learning bites for learners in a real browser against the production build, on the module an author wrote
// (support/bites.ts): a learner takes it on a 375 px phone by keyboard, earns a credential that anyone can verify
// until it is revoked, and challenges a colleague; an external learner joins a public collection; analytics
// show nothing for a group below the minimum size.
import * as ed from '@noble/ed25519';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, signIn } from './support/people';
import { MODULE, authorListeningModule } from './support/bites';

let server: TestServer;
/** The author's module, written before the tests; they run in this order (serial) and build on each other. */
let moduleUrl = '';
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
	test.setTimeout(180_000);
	server = await startServer();
	const page = await (await browser.newContext()).newPage();
	moduleUrl = await authorListeningModule(page, server.baseURL, server.dataDir);
	await page.context().close();
});
test.afterAll(async () => {
	await server.stop();
});

const PHONE = { width: 375, height: 740 };
const LEARNER = { name: 'Lea Lund', email: 'lea@fjordby.test', password: 'a long enough password' };

async function adminPage(browser: Browser, viewport?: { width: number; height: number }) {
	const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	return page;
}

async function noSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test('a learner completes the module on a 375 px phone by keyboard; a wrong answer shows its feedback; progress survives a reload', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const admin = await adminPage(browser);
	await admin.goto(server.baseURL + '/members');
	await admin.getByLabel('Email').fill(LEARNER.email);
	await admin.getByLabel('Team (optional)').selectOption({ label: 'Borgerservice' });
	await admin.getByRole('button', { name: 'Invite someone' }).click();
	const invite = (await admin.locator('.notice code').textContent())!.trim();
	await admin.context().close();

	const page = await (await browser.newContext({ viewport: PHONE })).newPage();
	await page.goto(invite);
	await page.getByLabel('Your name').fill(LEARNER.name);
	await page.getByLabel('Password').fill(LEARNER.password);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('heading', { name: `Hello, ${LEARNER.name}` })).toBeVisible();
	// Today's bite on the dashboard: an assignment of the team.
	await expect(page.getByRole('heading', { name: "Today's bite" })).toBeVisible();
	await page.goto(server.baseURL + '/bites');
	await expect(page.getByRole('heading', { name: 'Assigned to you' })).toBeVisible();
	await noSidewaysScroll(page);
	await page.getByRole('link', { name: MODULE }).first().focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Card 1 of 3' })).toBeVisible();
	await expectAccessible(page);
	await noSidewaysScroll(page);

	await page.getByRole('button', { name: 'Continue' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('progressbar', { name: 'Card 2 of 3' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'A tiny picture' })).toBeVisible();
	// Progress is on the server: a reload resumes at card 2.
	await page.reload();
	await expect(page.getByRole('progressbar', { name: 'Card 2 of 3' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('progressbar', { name: 'Card 3 of 3' })).toBeVisible();

	// The wrong answer, chosen and sent with the keyboard alone.
	await page.getByRole('radio', { name: 'Wait and let them finish' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Suggest how the sentence ends' })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
	await expect(page.getByText('Finishing their sentence tells them you are in a hurry.')).toBeVisible();
	await expectAccessible(page);
	await noSidewaysScroll(page);
	await page.reload();
	await expect(page.getByText('Finishing their sentence tells them you are in a hurry.')).toBeVisible();
	await page.getByRole('button', { name: 'Finish' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Well done, module completed!' })).toBeVisible();
	await expect(page.getByText('You answered 0% of the questions right at the first try.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Well done, module completed!' })).toBeVisible();
	await expectAccessible(page);

	// The answered question now waits in the spaced review.
	await page.goto(server.baseURL + '/bites/review');
	await expect(page.getByText(/The next review is on|Nothing to review/)).toBeVisible();
	await page.context().close();
});

test('the earned credential verifies against the published key, on a public page, until an admin revokes it', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const learner = await (await browser.newContext({ viewport: PHONE })).newPage();
	await signIn(learner, server.baseURL, LEARNER.email, LEARNER.password);
	await learner.goto(server.baseURL + '/bites/credentials');
	// The credential names the module version it certified.
	await expect(learner.getByText(`Certifies ${MODULE}, version 1`)).toBeVisible();
	await expect(learner.getByRole('heading', { name: 'Good listener' })).toBeVisible();
	const jwt = await (
		await learner.request.get(
			server.baseURL +
				(await learner.getByRole('link', { name: 'Download signed credential (VC-JWT)' }).getAttribute('href'))
		)
	).text();
	// Independent check: Ed25519 over the JWS with the key from the public JWKS, by @noble/ed25519.
	const [h, p, s] = jwt.split('.');
	const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
	expect(payload.type).toContain('OpenBadgeCredential');
	const jwks = await (await fetch(`${payload.issuer.id}/jwks.json`)).json();
	// The header's kid is the issuer profile's verification method (<issuer>#<key id>); the JWKS lists the key id.
	const kid = String(JSON.parse(Buffer.from(h, 'base64url').toString()).kid);
	const key = jwks.keys.find((k: { kid: string }) => k.kid === kid.split('#').pop());
	const verify = (body: string) =>
		ed.verifyAsync(
			Buffer.from(s, 'base64url'),
			new TextEncoder().encode(`${h}.${body}`),
			Buffer.from(key.x, 'base64url')
		);
	expect(await verify(p)).toBe(true);
	const changed = Buffer.from(p, 'base64url');
	changed[changed.indexOf('Lea')] = 'M'.charCodeAt(0);
	expect(await verify(changed.toString('base64url'))).toBe(false);

	await learner.getByRole('button', { name: 'Share Good listener with a link' }).click();
	const link = await learner.getByLabel('Verification link').inputValue();
	expect(link).toMatch(/\/verify\/[\w-]{20,}$/);
	await expectAccessible(learner);

	const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
	await visitor.goto(link);
	await expect(visitor.getByRole('heading', { name: 'This credential is genuine and valid' })).toBeVisible();
	await expect(visitor.getByText(LEARNER.name)).toBeVisible();
	await expect(visitor.getByText('Lets citizens finish and checks understanding.', { exact: true })).toBeVisible();
	// The achievement names the module version it certified, with its content hash.
	await expect(visitor.getByText(/Listening at the counter \(version 1, content sha256:[0-9a-f]{16}\)/)).toBeVisible();
	await expectAccessible(visitor);
	await noSidewaysScroll(visitor);
	// Pasting the token with one byte changed fails verification on the public verify page too.
	await visitor.goto(server.baseURL + '/verify');
	await visitor.getByLabel('Credential (VC-JWT)').fill(`${h}.${changed.toString('base64url')}.${s}`);
	await visitor.getByRole('button', { name: 'Check' }).click();
	await expect(visitor.getByRole('heading', { name: 'This credential could not be verified' })).toBeVisible();

	const admin = await adminPage(browser);
	await admin.goto(server.baseURL + '/bites/credentials/manage');
	await admin.waitForLoadState('networkidle');
	await admin.getByRole('button', { name: `Revoke Good listener of ${LEARNER.name}` }).click();
	// Irreversible: a dialog asks first, and why.
	const asked = admin.getByRole('dialog', { name: /Revoke Good listener/ });
	await asked.getByLabel('Why is it revoked?').fill('Issued to the wrong person');
	await asked.getByRole('button', { name: 'Yes, revoke it' }).click();
	await expect(admin.getByText('The credential is revoked.', { exact: false })).toBeVisible();
	await expect(admin.getByText(': Issued to the wrong person')).toBeVisible();
	await visitor.goto(link);
	await expect(visitor.getByRole('heading', { name: 'This credential has been revoked' })).toBeVisible();

	// Sharing off: the link stops working.
	await learner.reload();
	await learner.getByRole('button', { name: 'Stop sharing Good listener' }).click();
	await expect(learner.getByLabel('Verification link')).toHaveCount(0);
	expect((await visitor.goto(link))!.status()).toBe(404);
	await Promise.all([learner.context().close(), visitor.context().close(), admin.context().close()]);
});

test('an external learner joins a public collection with name and email, takes its module and earns a credential, with no access to the organisation', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const admin = await adminPage(browser);
	await admin.goto(server.baseURL + '/bites/author');
	await admin.getByRole('link', { name: 'Kundeakademi: selvbetjening' }).click();
	const link = await admin.getByLabel('Link to share').inputValue();
	await admin.context().close();

	const guest = await (await browser.newContext({ viewport: PHONE })).newPage();
	await guest.goto(link);
	await expect(guest.getByRole('heading', { name: 'Kundeakademi: selvbetjening' })).toBeVisible();
	await expectAccessible(guest);
	await guest.getByLabel('Your name').fill('Carla Customer');
	await guest.getByLabel('Email').fill('not-an-email');
	await guest.locator('form[action="?/join"]').evaluate((f: HTMLFormElement) => (f.noValidate = true));
	await guest.getByRole('button', { name: 'Start learning' }).click();
	await expect(guest.getByText('Enter a valid email address.')).toBeVisible();
	await expect(guest.getByLabel('Your name')).toHaveValue('Carla Customer');
	await guest.getByLabel('Email').fill('carla@customer.test');
	await guest.getByRole('button', { name: 'Start learning' }).click();
	await expect(guest.getByText('Welcome, Carla Customer.', { exact: false })).toBeVisible();
	await guest.getByRole('link', { name: 'Welcome to self-service' }).click();
	await guest.getByRole('button', { name: 'Continue' }).click();
	await guest.getByRole('radio', { name: 'True' }).check();
	await guest.getByRole('button', { name: 'Check answer' }).click();
	await expect(guest.getByText('Yes — your draft is kept for 30 days.')).toBeVisible();
	await guest.getByRole('button', { name: 'Finish' }).click();
	await expect(guest.getByRole('heading', { name: 'Well done, module completed!' })).toBeVisible();
	await expectAccessible(guest);
	await guest.getByRole('link', { name: 'Back to the collection' }).first().click();
	await expect(guest.getByRole('heading', { name: 'Self-service guide' })).toBeVisible();
	// No organisation access: the app's pages send the external learner to sign in.
	await guest.goto(server.baseURL + '/bites');
	await expect(guest).toHaveURL(/\/signin/);
	expect((await guest.goto(moduleUrl))!.url()).toContain('/signin');
	await guest.context().close();
});

test('a buddy challenge is an invitation: the challenger sees the colleague’s result only after they accept, without JavaScript', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const admin = await adminPage(browser);
	await admin.goto(server.baseURL + '/bites/challenges');
	await admin.getByLabel('Module').selectOption({ label: MODULE });
	await admin.getByLabel('Colleague', { exact: true }).selectOption({ label: LEARNER.name });
	await admin.getByRole('button', { name: 'Challenge a colleague' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Invitation sent.' })).toBeVisible();
	const card = admin.getByRole('listitem').filter({ hasText: MODULE });
	await expect(card.getByRole('row', { name: LEARNER.name })).toContainText(`Waiting for ${LEARNER.name} to accept`);
	// Lea took the module already: nothing of it is shown before she accepts.
	await expect(card).not.toContainText('Done:');

	const learner = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await signIn(learner, server.baseURL, LEARNER.email, LEARNER.password);
	await learner.goto(server.baseURL + '/bites/challenges');
	await expect(learner.getByText(`${ADMIN.name} challenges you to this module.`)).toBeVisible();
	await learner.getByRole('button', { name: `Accept ${ADMIN.name}'s challenge` }).click();
	await expect(learner.getByText('Challenge accepted.')).toBeVisible();

	await admin.reload();
	await expect(card.getByRole('row', { name: LEARNER.name })).toContainText(/Done: 0% in \d+ min/);
	await expectAccessible(admin);

	// Lea stops sharing: the result is gone again for Ada.
	await learner.getByRole('button', { name: `Stop sharing results with ${ADMIN.name}` }).click();
	await expect(learner.getByText('Results are no longer shared.')).toBeVisible();
	await admin.reload();
	await expect(card.getByRole('row', { name: LEARNER.name })).toContainText('Ended: results are no longer shared');
	await expect(card).not.toContainText('Done: 0%');
	await learner.context().close();
	await admin.context().close();
});

test('analytics show nothing for a module only one person took; with enough learners, a chart with a table', async ({
	browser
}) => {
	const admin = await adminPage(browser);
	await admin.goto(moduleUrl + '/analytics');
	await expect(admin.getByRole('heading', { name: `Analytics: ${MODULE}` })).toBeVisible();
	await expect(admin.getByRole('status')).toContainText('Fewer than 5 learners in this group');
	await expect(admin.getByRole('row', { name: /Q1: A citizen pauses/ })).toHaveCount(0);
	await expect(admin.locator('figure.chart')).toHaveCount(0);
	await expectAccessible(admin);

	// The demo's feedback module was taken by six colleagues.
	await admin.goto(server.baseURL + '/bites/author');
	await admin.getByRole('link', { name: 'Giv feedback, der virker' }).click();
	await admin.getByRole('link', { name: 'Analytics' }).click();
	await expect(admin.getByRole('heading', { name: 'Analytics: Giv feedback, der virker' })).toBeVisible();
	await expect(admin.locator('figure.chart svg').first()).toBeVisible();
	await expect(admin.getByRole('row', { name: /Q1: Hvilken feedback er mest konkret/ })).toContainText('%');
	await expectAccessible(admin);
	await admin.context().close();
});
