// An admin resets the two-factor sign-in of a member who lost both their authenticator and their recovery codes:
// the member then signs in with their password alone and is told by email. Nobody else can: not a member, not an
// admin of another organisation, and an admin not for themselves (their own goes off with a code or the password).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generate } from 'otplib';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { startSmtp, type CapturingSmtp } from '../support/smtp';
import { app } from '../../../src/lib/server/app/index';
import { smtpMailer } from '../../../src/lib/server/notify/index';
import {
	confirmEnrolment,
	membersOverview,
	resetMemberTwofactor,
	signInWithPassword as signIn,
	startEnrolment,
	twofactorPage,
	twofactorResetQuestion
} from '../../../src/lib/server/auth/index';
import { listEvents } from '../../../src/lib/server/audit/index';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/server/actor';

let t: TestDatabase;
let smtp: CapturingSmtp;
beforeAll(async () => {
	t = await createTestDatabase();
	smtp = await startSmtp();
	app().mailer = smtpMailer({ url: smtp.url, from: 'Samspil <mail@samspil.test>' });
});
afterAll(async () => {
	app().mailer?.close?.();
	app().mailer = undefined;
	await smtp.close();
	await t?.close();
});

const ip = () => `10.8.0.${Math.floor(Math.random() * 250)}`;

async function enrol(actor: Actor) {
	await startEnrolment(actor);
	const secret = (await twofactorPage(actor)).pending!.secret;
	await confirmEnrolment(actor, { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 }) });
}

describe('an admin resets a member’s two-factor sign-in', () => {
	it('lets the member sign in with the password alone, tells them by email and records it', async () => {
		const org = await makeOrg('Nordby');
		const admin = await makePerson(org.id, { role: 'admin', name: 'Ada Admin' });
		const mia = await makePerson(org.id, { name: 'Mia' });
		await enrol(mia);
		expect('challenge' in (await signIn({ email: mia.email, password: mia.password, ip: ip() }))).toBe(true);
		const row = (await membersOverview(admin)).members.find((p) => p.id === mia.userId)!;
		expect(row.twofactor).toBe(true);

		expect(await twofactorResetQuestion(admin, mia.userId)).toBe(`twofactor:${mia.userId}`);
		expect(await resetMemberTwofactor(admin, mia.userId)).toEqual({ name: 'Mia' });

		expect('token' in (await signIn({ email: mia.email, password: mia.password, ip: ip() }))).toBe(true);
		expect((await twofactorPage(mia)).enabled).toBe(false);
		expect((await membersOverview(admin)).members.find((p) => p.id === mia.userId)!.twofactor).toBe(false);
		const events = await listEvents(admin);
		expect(events.some((e) => e.action === 'member.twofactor_reset' && e.target === mia.userId)).toBe(true);
		await vi.waitFor(() => expect(smtp.inbox.filter((m) => m.to === mia.email)).toHaveLength(1));
		const mail = smtp.inbox.find((m) => m.to === mia.email)!;
		expect(mail.subject).toBe('Your two-factor sign-in was reset');
		expect(mail.text).toContain('Ada Admin reset two-factor sign-in on your account in Nordby');
		expect(mail.text).toContain('/profile/twofactor');
	});

	it('is refused to a member, to another organisation’s admin, for oneself and where it is not on', async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const stranger = await makePerson(other.id, { role: 'admin' });
		const mia = await makePerson(org.id);
		await enrol(mia);
		await enrol(admin);

		await expect(resetMemberTwofactor(member, mia.userId)).rejects.toBeInstanceOf(Forbidden);
		await expect(twofactorResetQuestion(member, mia.userId)).rejects.toBeInstanceOf(Forbidden);
		await expect(resetMemberTwofactor(stranger, mia.userId)).rejects.toBeInstanceOf(NotFound);
		await expect(resetMemberTwofactor(admin, admin.userId)).rejects.toMatchObject({ key: 'twofactor_reset_own' });
		await expect(resetMemberTwofactor(admin, member.userId)).rejects.toBeInstanceOf(Invalid);
		// Still on for both after every refusal.
		expect((await twofactorPage(mia)).enabled).toBe(true);
		expect((await twofactorPage(admin)).enabled).toBe(true);
		expect((await membersOverview(admin)).members.find((p) => p.id === admin.userId)!.twofactor).toBe(false);
	});
});
