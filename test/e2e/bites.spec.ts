// Learning bites in a real browser against the production build: an author writes a module, a learner
// takes it on a 375 px phone by keyboard, earns a credential that anyone can verify until it is revoked,
// and an external learner joins a public collection.
import fs from 'node:fs';
import path from 'node:path';
import * as ed from '@noble/ed25519';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, setupOrganisation, signIn } from './support/people';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	// A 1 MB upload limit, so the size check can be shown with a small file.
	server = await startServer({ BITES_UPLOAD_MAX_MB: '1' });
});
test.afterAll(async () => {
	await server.stop();
});

const PHONE = { width: 375, height: 740 };
const LEARNER = { name: 'Lea Lund', email: 'lea@fjordby.test', password: 'a long enough password' };
const MODULE = 'Listening at the counter';
/** Set by the first test, the author's module; the tests after it (serial, in this order) use it. */
let moduleUrl = '';

async function adminPage(browser: Browser, viewport?: { width: number; height: number }) {
	const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	return page;
}

async function noSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test('an author writes a module: Markdown is sanitised, a wrong upload is refused clearly, the phone preview works', async ({
	page
}) => {
	test.setTimeout(90_000);
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.getByRole('link', { name: 'Bites', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: 'Bites', level: 1 })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Write bites' }).click();
	await page.getByLabel('Title', { exact: true }).fill(MODULE);
	await page.getByLabel('Estimated minutes').fill('12');
	await page.locator('form[action="?/create"]').evaluate((f: HTMLFormElement) => (f.noValidate = true));
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByText('Enter a whole number of minutes from 2 to 10.')).toBeVisible();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(MODULE);
	await page.getByLabel('Estimated minutes').fill('3');
	await page.getByRole('button', { name: 'Create module' }).click();
	await expect(page.getByRole('heading', { name: MODULE, level: 1 })).toBeVisible();
	moduleUrl = page.url().replace(/\/edit$/, '');

	await page
		.getByLabel('Text (Markdown)')
		.first()
		.fill(
			'## Listen first\n\nLet the citizen **finish**.\n\n<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">[x](javascript:alert(1))'
		);
	await page.getByRole('button', { name: 'Add text card' }).click();
	const text = page.locator('.prose').first();
	await expect(text.getByRole('heading', { name: 'Listen first' })).toBeVisible();
	await expect(text.locator('strong')).toHaveText('finish');
	expect(await text.locator('script, img, [onerror], a[href^="javascript"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

	// A text file dressed up as a PNG is refused by its content, with a message at the field.
	const dir = fs.mkdtempSync(path.join(server.dataDir, 'upload-'));
	const fake = path.join(dir, 'chart.png');
	fs.writeFileSync(fake, '<html><script>alert(1)</script></html>');
	await page.getByLabel('Image description (alt text)').fill('A chart');
	await page.getByLabel('File').setInputFiles(fake);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.getByText('This file type is not allowed.', { exact: false })).toBeVisible();
	// A real PNG over the limit (1 MB here) is refused as too large.
	const big = path.join(dir, 'big.png');
	const png = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');
	fs.writeFileSync(big, Buffer.concat([png, Buffer.alloc(1_200_000)]));
	await page.getByLabel('File').setInputFiles(big);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	await expect(page.getByText('The file is too large.', { exact: false })).toBeVisible();
	// A small real PNG is stored and served with a safe type.
	const small = path.join(dir, 'small.png');
	fs.writeFileSync(small, png);
	await page.getByLabel('Image description (alt text)').fill('A tiny picture');
	await page.getByLabel('File').setInputFiles(small);
	await page.getByRole('button', { name: 'Add image, video or audio' }).click();
	const fileLink = page.getByRole('link', { name: 'Open the file' });
	await expect(fileLink).toBeVisible();
	const media = await page.request.get(server.baseURL + (await fileLink.getAttribute('href')));
	expect(media.headers()['content-type']).toBe('image/png');
	expect(media.headers()['x-content-type-options']).toBe('nosniff');
	expect(media.headers()['content-disposition']).toContain('inline');
	const anonymous = await fetch(server.baseURL + (await fileLink.getAttribute('href')), { redirect: 'manual' });
	expect(anonymous.status).toBe(404);

	await page.getByLabel('Question', { exact: true }).fill('A citizen pauses mid-sentence. What do you do?');
	await page.getByLabel('Answer 1', { exact: true }).fill('Wait and let them finish');
	await page.getByLabel('Answer 1 is right').check();
	await page.getByLabel('Feedback for answer 1').fill('Yes: the pause is theirs.');
	await page.getByLabel('Answer 2', { exact: true }).fill('Suggest how the sentence ends');
	await page.getByLabel('Feedback for answer 2').fill('Finishing their sentence tells them you are in a hurry.');
	await page.getByRole('button', { name: 'Add quiz question' }).click();
	await expect(page.getByText('A citizen pauses mid-sentence. What do you do?')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Preview' }).click();
	await expect(page.getByRole('region', { name: 'Phone preview' })).toBeVisible();
	const frame = await page.getByRole('region', { name: 'Phone preview' }).boundingBox();
	expect(frame!.width).toBeLessThanOrEqual(375);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();
	await page.getByLabel('Team or person').selectOption({ label: 'Borgerservice' });
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Remove the assignment for Borgerservice' })).toBeVisible();

	// A micro-credential that this module earns.
	await page.goto(server.baseURL + '/bites/credentials/manage');
	const define = page.locator('form[action="?/define"]');
	await define.getByLabel('Title', { exact: true }).fill('Good listener');
	await define.getByLabel('Learning outcomes', { exact: true }).fill('Lets citizens finish and checks understanding.');
	await define.getByLabel('How it is assessed').fill('Quiz after the module');
	await define.getByLabel('Minimum score (%)').fill('0');
	await define.getByLabel('Quality assurance (who checks and how)').fill('Reviewed by the service desk lead.');
	await define.getByLabel(MODULE).check();
	await define.getByRole('button', { name: 'Define a micro-credential' }).click();
	await expect(page.getByText('The micro-credential is defined.')).toBeVisible();
	await expectAccessible(page);
	await page.context().close();
});

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
