// Nudges: in-app notifications and email through a real SMTP server (smtp-server, started here), in
// each recipient's language; opting out stops them; two scheduler runs at once send each email once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from './support';
import {
	createPair,
	generateRotation,
	giveFeedback,
	joinProgramme,
	learningNudges,
	writeLog
} from '../../../src/lib/server/learning/index';
import {
	listNotifications,
	markRead,
	runNudges,
	setNudgePrefs,
	unreadCount,
	smtpMailer
} from '../../../src/lib/server/notify/index';
import { app } from '../../../src/lib/server/app/index';
import { updateProfile } from '../../../src/lib/server/auth/index';
import type { Actor } from '../../../src/lib/server/actor';

interface Received {
	to: string;
	subject: string;
	body: string;
}

let database: TestDatabase;
let smtp: SMTPServer;
const inbox: Received[] = [];
let manager: Actor, dane: Actor, dutch: Actor, english: Actor, swede: Actor;
let teamId: string;

function header(raw: string, name: string): string {
	const m = raw.match(new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'mi'));
	return m ? m[1].replace(/\r\n[ \t]/g, ' ') : '';
}

/** Decodes RFC 2047 encoded words (nodemailer encodes non-ASCII subjects). */
function decodeWords(value: string): string {
	return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
		enc.toLowerCase() === 'b'
			? Buffer.from(text, 'base64').toString('utf8')
			: Buffer.from(
					text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
					'latin1'
				).toString('utf8')
	);
}

const mailTo = (who: Actor) => inbox.filter((m) => m.to.includes(who.email));

beforeAll(async () => {
	database = await setup();
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				inbox.push({
					to: session.envelope.rcptTo.map((r) => r.address).join(','),
					subject: decodeWords(header(raw, 'Subject')),
					body: raw
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	app().mailer = smtpMailer({
		url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
		from: 'Samspil <nudges@samspil.test>'
	});

	const org = await makeOrg();
	teamId = (await makeTeam(org.id)).id;
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']], name: 'Hanne' });
	dane = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Peter' });
	dutch = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Daan' });
	english = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Oliver' });
	swede = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Karin' });
	await updateProfile(dane, { name: 'Peter', locale: 'da', timeZone: 'Europe/Copenhagen' });
	await updateProfile(dutch, { name: 'Daan', locale: 'nl', timeZone: 'Europe/Amsterdam' });
	await updateProfile(swede, { name: 'Karin', locale: 'sv', timeZone: 'Europe/Stockholm' });
	// Oliver never chose a language: English.
});

afterAll(async () => {
	app().mailer?.close?.();
	app().mailer = undefined;
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
	await database.close();
});

describe('email nudges', () => {
	// A weekly programme from Monday 2 March 2026, 09:00 Copenhagen; "now" is Sunday 1 March, 12:00.
	const now = new Date('2026-03-01T11:00:00Z');

	it('reach the SMTP server once each, in the recipient’s language, however many runs overlap', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'mentoring', startDate: '2026-03-02', sessionCount: 4 });
		await createPair(manager, p.id, { guideId: dane.userId, learnerId: dutch.userId }, '2026-03-01');
		await createPair(manager, p.id, { guideId: english.userId, learnerId: swede.userId }, '2026-03-01');

		const runs = await Promise.all([runNudges([learningNudges], now), runNudges([learningNudges], now)]);
		expect(runs[0].created + runs[1].created).toBe(4);
		expect(runs[0].emailed + runs[1].emailed).toBe(4);
		await runNudges([learningNudges], now);
		expect(inbox).toHaveLength(4);

		const [toDane] = mailTo(dane);
		expect(toDane.subject).toContain('Daan');
		expect(toDane.subject).toMatch(/Husk|session med/i);
		expect(toDane.body).toContain('Hej Peter');
		const [toDutch] = mailTo(dutch);
		expect(toDutch.subject).toContain('Peter');
		expect(toDutch.body).toMatch(/Hallo Daan/);
		expect(mailTo(swede)[0].body).toMatch(/Hej Karin/);
		expect(mailTo(english)[0].subject).toMatch(/Reminder/);
		// The time is in the reader's zone and language: 09:00 in Copenhagen, Amsterdam and Stockholm alike.
		expect(toDane.subject).toContain('09.00');
		expect(toDutch.subject).toContain('09:00');

		// In the app too, as unread notifications with a link to the pair.
		expect(await unreadCount(dane)).toBe(1);
		const [n] = await listNotifications(dane, { locale: 'da', timeZone: 'Europe/Copenhagen' });
		expect(n.link).toMatch(/^\/learning\/pairs\//);
		await markRead(dane);
		expect(await unreadCount(dane)).toBe(0);
	});

	it('stop when a person opts out: no email after opting out of email, nothing at all after opting out of both', async () => {
		// The Monday session is over; the pairs have not logged it: an "unlogged" nudge is due for all four.
		const later = new Date('2026-03-02T12:00:00Z');
		await writeLog(
			english,
			(await listNotifications(english, { locale: 'en', timeZone: 'UTC' }))[0].link.split('/').pop()!,
			{
				heldOn: '2026-03-02',
				occurrenceDate: '2026-03-02',
				minutes: 45,
				practised: 'Case notes',
				skills: '',
				nextStep: ''
			}
		);
		await setNudgePrefs(dane, [{ kind: 'learning_unlogged', inApp: true, email: false }]);
		await setNudgePrefs(dutch, [{ kind: 'learning_unlogged', inApp: false, email: false }]);
		const before = inbox.length;
		await runNudges([learningNudges], later);
		const fresh = inbox.slice(before);
		// Only Karin gets an email: Oliver logged the session, Peter opted out of email, Daan out of everything.
		expect(fresh.map((m) => m.to)).toEqual([swede.email]);
		expect(fresh[0].subject).toMatch(/Glöm inte att logga sessionen med Oliver/);
		const peters = await listNotifications(dane, { locale: 'da', timeZone: 'Europe/Copenhagen' });
		expect(peters.map((x) => x.kind)).toEqual(['learning_unlogged', 'learning_upcoming']);
		expect((await listNotifications(dutch, { locale: 'nl', timeZone: 'UTC' })).map((x) => x.kind)).toEqual([
			'learning_upcoming'
		]);
		expect((await listNotifications(english, { locale: 'en', timeZone: 'UTC' })).map((x) => x.kind)).toEqual([
			'learning_upcoming'
		]);
	});

	it('remind circle peers of the feedback they owe until they have given it', async () => {
		const circle = await makeProgramme(manager, teamId, {
			kind: 'peer',
			startDate: '2026-04-06',
			cadence: 'weekly',
			sessionCount: null
		});
		await joinProgramme(dane, circle.id, 'peer');
		await joinProgramme(english, circle.id, 'peer');
		await generateRotation(manager, circle.id, '2026-04-01');
		const after = new Date('2026-04-06T12:00:00Z');
		const owed = (await learningNudges(after)).filter((n) => n.kind === 'learning_feedback');
		expect(owed.map((n) => n.userId).sort()).toEqual([dane.userId, english.userId].sort());
		const pairId = new URL(owed[0].link, 'http://x').searchParams.get('pair')!;
		await giveFeedback(english, {
			receiverId: dane.userId,
			pairId,
			situation: 's',
			behaviour: 'b',
			impact: 'i',
			feedForward: 'f'
		});
		const still = (await learningNudges(after)).filter((n) => n.kind === 'learning_feedback');
		expect(still.map((n) => n.userId)).toEqual([dane.userId]);
	});
});
