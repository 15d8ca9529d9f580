// Email that arrives: invitations, resets, survey invitations and reminders reach a real SMTP server (started
// here) once each, in the reader's language, as text and HTML; unsubscribe links stop one kind; a failing
// server is retried on the schedule and then shown to the admin; two senders never send one email twice; and
// no link that lets someone in is ever written to the log.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSmtp, type CapturingSmtp, type ReceivedMail } from '../support/smtp';
import { instrumentSurvey, makeOrg, openRoundFor, answer, uniform, type Org } from '../surveys/support';
import { app } from '../../../src/lib/server/app/index';
import { db } from '../../../src/lib/server/db/current';
import { smtpMailer, unsubscribe, unsubscribeView } from '../../../src/lib/server/notify/index';
import { createInvitation, requestPasswordReset, updateProfile } from '../../../src/lib/server/auth/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import {
	deliverOutbox,
	listUndeliveredEmails,
	queueEmail,
	retryUndeliveredEmail,
	MAX_ATTEMPTS,
	RETRY_DELAYS_MS
} from '../../../src/lib/server/mail/index';
import { Forbidden } from '../../../src/lib/server/errors';
import { applyImport, uploadImport } from '../../../src/lib/server/people/index';
import type { Actor } from '../../../src/lib/server/actor';

/** SMTP round trips of a whole queue, on a CPU shared with other test runs */
const WAIT = { timeout: 15_000 };
let database: TestDatabase;
let smtp: CapturingSmtp;
let org: Org;
const logLines: string[] = [];
const mailTo = (who: { email: string }) => smtp.inbox.filter((m) => m.to === who.email);
const tokenAfter = (text: string, path: string) => text.match(new RegExp(`${path}/([A-Za-z0-9_.-]{20,})`))?.[1];

function expectBothForms(mail: ReceivedMail, phrase: string | RegExp) {
	expect(mail.text).toMatch(phrase);
	expect(mail.html).toMatch(phrase);
	expect(mail.html).toMatch(/^<!doctype html>/);
}

beforeAll(async () => {
	database = await createTestDatabase();
	smtp = await startSmtp();
	app().mailer = smtpMailer({ url: smtp.url, from: 'Samspil <mail@samspil.test>' });
	org = await makeOrg('Mailby');
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write.bind(stream);
		vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
			logLines.push(String(chunk));
			return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
		});
	}
});

afterEach(() => {
	smtp.failing = false;
});

afterAll(async () => {
	vi.restoreAllMocks();
	app().mailer?.close?.();
	app().mailer = undefined;
	await smtp.close();
	await database.close();
});

async function person(name: string, locale: string | null, teamId?: string): Promise<Actor> {
	const p = await org.person(name, teamId ? { teams: [[teamId, 'member']] } : {});
	await updateProfile(p, { name, locale, timeZone: 'Europe/Copenhagen' });
	return p;
}

describe('security emails', () => {
	it('an invitation arrives in the inviter’s language when the address has no account, text and HTML, without an unsubscribe link', async () => {
		await updateProfile(org.admin, { name: 'Ada Admin', locale: 'nl', timeZone: 'Europe/Amsterdam' });
		const { emailed } = await createInvitation(
			org.admin,
			{ email: 'New.Person@Example.test', role: 'member' },
			'http://x'
		);
		expect(emailed).toBe(true);
		await vi.waitFor(() => expect(mailTo({ email: 'new.person@example.test' })).toHaveLength(1), WAIT);
		const [mail] = mailTo({ email: 'new.person@example.test' });
		expect(mail.subject).toMatch(/Je bent uitgenodigd voor Mailby/);
		expectBothForms(mail, /Ada Admin heeft je uitgenodigd/);
		expect(tokenAfter(mail.text, '/invite')).toBeTruthy();
		expect(mail.headers['list-unsubscribe']).toBeUndefined();
		// Sent, the row keeps no link. The server holds the mail a moment before the sender hears its answer and
		// marks the row, so wait for the row rather than read it once.
		await vi.waitFor(async () => {
			const rows = await db().selectFrom('mail_outbox').selectAll().where('kind', '=', 'invitation').execute();
			expect(rows.map((r) => [r.status, r.text_body, r.html_body])).toEqual([['sent', '', '']]);
		}, WAIT);
	});

	it('a CSV import emails every person it invites their own invitation link', async () => {
		const csv = [
			'name,email,team,role,manager,language',
			'Ida Import,ida@import.test,,,,da',
			'Ola Import,ola@import.test,,,,sv'
		]
			.join('\r\n')
			.concat('\r\n');
		const { id } = await uploadImport(org.admin, new File([csv], 'people.csv', { type: 'text/csv' }));
		expect((await applyImport(org.admin, id, 'http://x')).create).toBe(2);
		for (const email of ['ida@import.test', 'ola@import.test'])
			await vi.waitFor(() => expect(mailTo({ email })).toHaveLength(1), WAIT);
		const links = ['ida@import.test', 'ola@import.test'].map((email) =>
			tokenAfter(mailTo({ email })[0].text, '/invite')
		);
		expect(links.every(Boolean)).toBe(true);
		expect(links[0]).not.toBe(links[1]);
	});

	it('a reset arrives in the account’s own language, text and HTML, without an unsubscribe link', async () => {
		const sven = await person('Sven', 'sv');
		await requestPasswordReset(sven.email, '10.9.0.1');
		await vi.waitFor(() => expect(mailTo(sven)).toHaveLength(1), WAIT);
		const [mail] = mailTo(sven);
		expect(mail.subject).toMatch(/lösenord/i);
		expectBothForms(mail, /Hej Sven/);
		expect(tokenAfter(mail.text, '/reset')).toBeTruthy();
		expect(tokenAfter(mail.html, '/reset')).toBe(tokenAfter(mail.text, '/reset'));
		expect(mail.headers['list-unsubscribe']).toBeUndefined();
	});
});

describe('survey emails', () => {
	let survey: Awaited<ReturnType<typeof instrumentSurvey>>;
	let teamId: string;
	let dane: Actor, dutch: Actor, english: Actor;

	beforeAll(async () => {
		survey = await instrumentSurvey(org.admin);
		teamId = (await org.team('Ward 7')).id;
		dane = await person('Peter', 'da', teamId);
		dutch = await person('Daan', 'nl', teamId);
		english = await person('Oliver', null, teamId);
	});

	it('a round that opens invites each member of its teams once, in their language, with a one-click unsubscribe', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [teamId], 'Spring');
		const invited = await Promise.all([surveys.inviteOpenedRounds(), surveys.inviteOpenedRounds()]);
		expect(invited[0] + invited[1]).toBeGreaterThanOrEqual(1);
		await vi.waitFor(() => expect([dane, dutch, english].map((p) => mailTo(p).length)).toEqual([1, 1, 1]), WAIT);
		await surveys.inviteOpenedRounds();
		await deliverOutbox();
		expect([dane, dutch, english].map((p) => mailTo(p).length)).toEqual([1, 1, 1]);

		const [toDane] = mailTo(dane);
		expectBothForms(toDane, /Hej Peter/);
		expect(toDane.text).toMatch(/åben for dit team/);
		expect(mailTo(dutch)[0].text).toMatch(/staat open voor je team/);
		expect(mailTo(english)[0].text).toMatch(/is open for your team/);
		expect(toDane.text).toContain(`/surveys/rounds/${roundId}`);
		expect(toDane.headers['list-unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/unsubscribe\/[^>]+>$/);
		expect(toDane.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
	});

	it('a reminder goes only to those who have not answered', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [teamId], 'Reminded');
		await answer(dutch, roundId, uniform(4));
		const before = new Map([dane, dutch, english].map((p) => [p.email, mailTo(p).length]));
		await surveys.remindRound(org.admin, roundId);
		await vi.waitFor(() => expect(mailTo(dane).length).toBe(before.get(dane.email)! + 1), WAIT);
		await vi.waitFor(() => expect(mailTo(english).length).toBe(before.get(english.email)! + 1), WAIT);
		await deliverOutbox();
		expect(mailTo(dutch).length).toBe(before.get(dutch.email));
		const reminder = mailTo(dane).at(-1)!;
		expect(reminder.subject).toMatch(/Påmindelse/);
		expectBothForms(reminder, /endnu ikke svaret/);
	});

	it('the unsubscribe link stops that kind only: reminders stop, invitations still come', async () => {
		const reminder = mailTo(english).find((m) => /Reminder/.test(m.subject))!;
		const token = reminder.headers['list-unsubscribe'].match(/\/unsubscribe\/([^>]+)>/)![1];
		expect(unsubscribeView(token)).toEqual({ kind: 'survey_reminder' });
		// A token changed by one character is refused.
		const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
		expect(unsubscribeView(forged)).toBeNull();
		expect(await unsubscribe(forged)).toBeNull();
		expect(await unsubscribe(token)).toEqual({ kind: 'survey_reminder' });

		const { id: roundId } = await openRoundFor(org.admin, survey.id, [teamId], 'Autumn');
		const before = mailTo(english).length;
		const daneBefore = mailTo(dane).length;
		await surveys.inviteOpenedRounds();
		await surveys.remindRound(org.admin, roundId);
		// Dane still gets this round's reminder (the earlier round's invitation may come too).
		await vi.waitFor(
			() =>
				expect(
					mailTo(dane)
						.slice(daneBefore)
						.some((m) => /Påmindelse/.test(m.subject) && m.text.includes(`/surveys/rounds/${roundId}`))
				).toBe(true),
			WAIT
		);
		await deliverOutbox();
		const fresh = mailTo(english).slice(before);
		// Invitations (this round's among them) still come; no reminder does.
		expect(fresh.length).toBeGreaterThan(0);
		for (const m of fresh) expect(m.subject).toMatch(/Your view counts/);
		expect(fresh.some((m) => m.text.includes(`/surveys/rounds/${roundId}`))).toBe(true);
		expect(
			mailTo(dane)
				.slice(daneBefore)
				.map((m) => m.subject)
		).toContainEqual(expect.stringMatching(/Påmindelse/));
	});
});

describe('delivery', () => {
	it('a refused email is tried again on the schedule, then is a dead letter the admin sees and may send again', async () => {
		const karin = await person('Karin', 'sv');
		smtp.failing = true;
		const id = await queueEmail(db(), {
			orgId: org.id,
			userId: karin.userId,
			to: karin.email,
			kind: 'survey_reminder',
			locale: 'sv',
			subject: 'Påminnelse',
			text: 'text',
			html: '<p>html</p>'
		});
		const row = () => db().selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		let at = new Date((await row()).next_attempt_at);
		const delays: number[] = [];
		for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			// Not before it is due.
			await deliverOutbox(new Date(at.getTime() - 1));
			expect((await row()).attempts).toBe(attempt - 1);
			await deliverOutbox(at);
			const r = await row();
			expect(r.attempts).toBe(attempt);
			expect(r.last_error).toMatch(/Mailbox unavailable/);
			if (attempt < MAX_ATTEMPTS) {
				expect(r.status).toBe('queued');
				const next = new Date(r.next_attempt_at);
				delays.push(next.getTime() - at.getTime());
				at = next;
			} else expect(r.status).toBe('dead');
		}
		expect(delays).toEqual(RETRY_DELAYS_MS);
		expect(mailTo(karin)).toEqual([]);

		const dead = await listUndeliveredEmails(org.admin);
		expect(dead.length).toBeGreaterThan(0);
		expect(dead).toContainEqual(
			expect.objectContaining({
				id,
				to: karin.email,
				kind: 'survey_reminder',
				retryable: true,
				error: expect.stringMatching(/Mailbox unavailable/)
			})
		);
		await expect(listUndeliveredEmails(karin)).rejects.toBeInstanceOf(Forbidden);
		await expect(retryUndeliveredEmail(karin, id)).rejects.toBeInstanceOf(Forbidden);

		smtp.failing = false;
		await retryUndeliveredEmail(org.admin, id);
		await vi.waitFor(() => expect(mailTo(karin)).toHaveLength(1), WAIT);
		expect((await listUndeliveredEmails(org.admin)).map((d) => d.id)).not.toContain(id);
	});

	it('two senders at once send each email exactly once', async () => {
		const to = (i: number) => `twice-${i}@example.test`;
		for (let i = 0; i < 30; i++)
			await queueEmail(db(), {
				orgId: org.id,
				userId: null,
				to: to(i),
				kind: 'survey_reminder',
				locale: 'en',
				subject: `Once ${i}`,
				text: 't',
				html: '<p>h</p>'
			});
		const [a, b] = await Promise.all([
			deliverOutbox(new Date(), 'instance-a'),
			deliverOutbox(new Date(), 'instance-b')
		]);
		expect(a.sent + b.sent).toBe(30);
		const received = smtp.inbox.filter((m) => m.to.startsWith('twice-')).map((m) => m.to);
		expect(received).toHaveLength(30);
		expect(new Set(received).size).toBe(30);
	});

	it('no reset or invitation link is ever written to the log', async () => {
		const links = smtp.inbox
			.filter((m) => /\/(reset|invite)\//.test(m.text))
			.map((m) => tokenAfter(m.text, '/reset') ?? tokenAfter(m.text, '/invite'));
		expect(links.length).toBeGreaterThan(1);
		expect(logLines.length).toBeGreaterThan(0);
		for (const token of links) expect(logLines.join('\n')).not.toContain(token!);
		expect(logLines.join('\n')).not.toMatch(/\/(reset|invite)\/[A-Za-z0-9_-]{20,}/);
	});
});
