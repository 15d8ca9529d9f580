// Password resets against the real modules and a real database: a reset link goes only to the person's own
// address (resets arrive at a real SMTP server started here), an admin never obtains someone else's link, asking
// is limited per account, and without SMTP nothing is sent.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, randomIp } from '../support/factories';
import { startSmtp, type CapturingSmtp } from '../support/smtp';
import {
	acceptInvitationSignedIn,
	createInvitation,
	requestPasswordReset,
	resetPassword,
	sendPasswordReset,
	signIn
} from '../../../src/lib/server/auth/index';
import { smtpMailer } from '../../../src/lib/server/notify/index';
import { app } from '../../../src/lib/server/app/index';
import { db } from '../../../src/lib/server/db/current';
import { config } from '../../../src/lib/server/config';
import { Forbidden, Invalid, NotFound, RateLimited } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

describe('password resets go only to the person’s own address', () => {
	let smtp: CapturingSmtp;
	let restoreMailer: () => void;
	// Reset emails only: an invitation to the same address is emailed too.
	const mailTo = (email: string) => smtp.inbox.filter((m) => m.to === email && m.text.includes('/reset/'));
	const tokenIn = (text: string) => text.match(/\/reset\/([A-Za-z0-9_-]{20,})/)?.[1];
	const audit = (orgId: string) =>
		db()
			.selectFrom('audit_events')
			.selectAll()
			.where('org_id', '=', orgId)
			.where('action', 'like', 'account.reset%')
			.execute();

	beforeAll(async () => {
		smtp = await startSmtp();
		restoreMailer = swapAppPart('mailer', smtpMailer({ url: smtp.url, from: 'Samspil <accounts@samspil.test>' }));
	});
	afterAll(async () => {
		app().mailer?.close?.();
		restoreMailer();
		await smtp.close();
	});

	it('a person who asks gets a link by email that works once; an unknown address gets the same answer and no mail', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const sent = smtp.inbox.length;
		await expect(requestPasswordReset('nobody.at.all@example.test', randomIp())).resolves.toBeUndefined();
		await expect(requestPasswordReset(p.email.toUpperCase(), randomIp())).resolves.toBeUndefined();
		await vi.waitFor(() => expect(mailTo(p.email)).toHaveLength(1));
		expect(smtp.inbox.slice(sent).map((m) => m.to)).toEqual([p.email]);
		const [mail] = mailTo(p.email);
		expect(mail.text).toContain(`${config.publicOrigin}/reset/`);
		const token = tokenIn(mail.text)!;
		await resetPassword(token, 'chosen from the email');
		await expect(resetPassword(token, 'and once more, no')).rejects.toBeInstanceOf(Invalid);
		await expect(signIn({ email: p.email, password: 'chosen from the email', ip: randomIp() })).resolves.toBeTruthy();
		expect((await audit(org.id)).map((e) => [e.action, e.actor_id, e.target, e.detail])).toEqual(
			expect.arrayContaining([
				['account.reset_requested', null, p.userId, JSON.stringify({ by: 'self' })],
				['account.reset_used', p.userId, p.userId, null]
			])
		);
	});

	it('an admin’s reset goes to the member’s own mailbox: the admin gets back a name, never a link, and every organisation of the member is told', async () => {
		const a = await makeOrg('Consultancy');
		const b = await makeOrg('Client');
		const consultant = await makePerson(a.id, { role: 'admin' });
		const adminB = await makePerson(b.id, { role: 'admin' });
		const { link } = await createInvitation(adminB, { email: consultant.email, role: 'member' }, 'http://x');
		await acceptInvitationSignedIn(consultant.userId, link.split('/invite/')[1]);

		const answer = await sendPasswordReset(adminB, consultant.userId);
		expect(answer).toEqual({ name: consultant.name });
		await vi.waitFor(() => expect(mailTo(consultant.email)).toHaveLength(1));
		expect(tokenIn(mailTo(consultant.email)[0].text)).toBeTruthy();
		for (const org of [a, b]) {
			const events = await audit(org.id);
			expect(events.map((e) => [e.action, e.actor_id, e.target])).toEqual([
				['account.reset_requested', adminB.userId, consultant.userId]
			]);
		}
	});

	it('an admin cannot send a reset to someone outside their organisation, and nobody else can send one at all', async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const stranger = await makePerson(other.id);
		await expect(sendPasswordReset(admin, stranger.userId)).rejects.toBeInstanceOf(NotFound);
		await expect(sendPasswordReset(member, admin.userId)).rejects.toBeInstanceOf(Forbidden);
		expect(mailTo(stranger.email)).toEqual([]);
		expect(mailTo(admin.email)).toEqual([]);
	});

	it('asking is limited per account, so nobody can flood someone’s mailbox', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		for (let i = 0; i < 5; i++) await requestPasswordReset(p.email, randomIp());
		await expect(requestPasswordReset(p.email, randomIp())).rejects.toBeInstanceOf(RateLimited);
		await vi.waitFor(() => expect(mailTo(p.email)).toHaveLength(5));
	});

	it('without SMTP nothing is sent: the person and the admin are told to ask the operator instead', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const p = await makePerson(org.id);
		const restore = swapAppPart('mailer', undefined);
		try {
			await expect(requestPasswordReset(p.email, randomIp())).rejects.toMatchObject({ key: 'error_reset_no_mail' });
			await expect(sendPasswordReset(admin, p.userId)).rejects.toMatchObject({ key: 'error_reset_no_mail' });
			expect(await db().selectFrom('password_resets').select('id').where('user_id', '=', p.userId).execute()).toEqual(
				[]
			);
		} finally {
			restore();
		}
	});
});
