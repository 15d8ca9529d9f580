// Emails to members about their work (survey invitations and reminders, nudges), in each person's own language,
// only when they want that kind by email, with a signed link that stops that kind in one click (RFC 8058) and a
// link to all their email choices. Prepared before the caller's transaction (which then queues them with
// mail's `queueEmails`): on SQLite a read outside the open transaction would wait for it forever.
import { config } from '../config';
import { emailContacts } from '../auth/index';
import { mailEnabled, renderEmail, unsubscribeHeaders, unsubscribeUrl, type OutgoingEmail } from '../mail/index';
import { asLocale, translateIn, type Locale } from './language';
import { wantsOutsideApp } from './prefs';

/** Where a person chooses which emails they get (src/routes/(app)/profile/notifications). */
export const PREFERENCES_PATH = '/profile/notifications';

export interface MemberEmail {
	orgId: string;
	userId: string;
	/** the preference it falls under, e.g. survey_reminder */
	kind: string;
	/** subject, first paragraph and the link's label, in the reader's language */
	content: (
		locale: Locale,
		person: { name: string; timeZone: string }
	) => { subject: string; paragraphs: string[]; actionLabel: string };
	/** a path in the app */
	link: string;
}

/** The emails their people want, ready to queue; none without SMTP. */
export async function prepareMemberEmails(emails: MemberEmail[]): Promise<OutgoingEmail[]> {
	if (!mailEnabled() || emails.length === 0) return [];
	const out: OutgoingEmail[] = [];
	const contacts = new Map<string, Awaited<ReturnType<typeof emailContacts>>[number]>();
	for (const orgId of new Set(emails.map((e) => e.orgId))) {
		const ids = [...new Set(emails.filter((e) => e.orgId === orgId).map((e) => e.userId))];
		for (const c of await emailContacts(orgId, ids)) contacts.set(`${orgId}:${c.id}`, c);
	}
	for (const email of emails) {
		// Only members of the organisation get its emails (someone removed since gets none).
		const person = contacts.get(`${email.orgId}:${email.userId}`);
		if (!person || !(await wantsOutsideApp(email.orgId, email.userId, email.kind))) continue;
		const locale = asLocale(person.locale);
		const content = email.content(locale, { name: person.name, timeZone: person.time_zone });
		const unsubscribe = unsubscribeUrl({ userId: email.userId, orgId: email.orgId, kind: email.kind });
		out.push({
			orgId: email.orgId,
			userId: email.userId,
			to: person.email,
			kind: email.kind,
			locale,
			subject: content.subject,
			headers: unsubscribeHeaders(unsubscribe),
			...renderEmail({
				subject: content.subject,
				greeting: translateIn(locale, 'notify_email_greeting', { name: person.name }),
				paragraphs: content.paragraphs,
				action: { label: content.actionLabel, url: `${config.publicOrigin}${email.link}` },
				notes: [translateIn(locale, 'notify_email_footer', { url: `${config.publicOrigin}${PREFERENCES_PATH}` })],
				unsubscribe: { label: translateIn(locale, 'mail_unsubscribe_link'), url: unsubscribe }
			})
		});
	}
	return out;
}
