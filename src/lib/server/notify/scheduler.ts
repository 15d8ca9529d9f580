// The reminder run: it asks each nudge source (a module's function) what is due, records each nudge once in
// the notification centre's store (notifications.ts) and emails it when the person wants that. The runtime
// runs it as a job (src/lib/server/jobs): once per interval across all instances. Still safe to run twice,
// concurrently or in two processes: a nudge's dedupe key is unique in the table, so only one run creates it;
// its email is claimed by a conditional update before it is queued in the outbox, whose own claim makes one
// instance send it. Chat messages (chat module) are queued for the nudges this run created.
import { db } from '../db/current';
import { nowIso, newToken } from '../ids';
import { log } from '../log';
import { translateIn } from './language';
import { mailerConfigured } from './mailer';
import { recordNudges, renderText, type Nudge } from './notifications';
import { prepareMemberEmails } from './emails';
import { deliverOutbox, queueEmails } from '../mail/index';
import { nudgeChats, queuePersonalChats } from '../chat/index';

export type NudgeSource = (now: Date) => Promise<Nudge[]>;

/** Kinds whose email says more than their line in the app: a subject and a paragraph of their own. */
const EMAIL_TEXT: Record<string, { subject: string; text: string }> = {
	bites_review: { subject: 'bites_email_review_subject', text: 'bites_email_review_text' }
};

export async function runNudges(
	sources: NudgeSource[],
	now = new Date()
): Promise<{ created: number; emailed: number; chatted: number }> {
	let created = 0;
	let chatted = 0;
	for (const source of sources) {
		const nudges = await recordNudges(await source(now), now);
		created += nudges.length;
		// Only the run that created a nudge queues its chat message (to those who added a webhook), so it goes once.
		chatted += await queuePersonalChats(nudgeChats(nudges), now);
	}
	const emailed = mailerConfigured() ? await deliverEmails() : 0;
	return { created, emailed, chatted };
}

/**
 * Puts each pending nudge email in the outbox (mail module), claimed first so one run queues it, then sends
 * what is queued: the outbox's own claims make each email go out once.
 */
async function deliverEmails(): Promise<number> {
	const pending = await db()
		.selectFrom('notifications')
		.selectAll()
		.where('email_state', '=', 'pending')
		.orderBy('created_at')
		.limit(200)
		.execute();
	let queued = 0;
	for (const row of pending) {
		const claim = `claimed:${newToken()}`;
		const claimed = await db()
			.updateTable('notifications')
			.set({ email_state: claim })
			.where('id', '=', row.id)
			.where('email_state', '=', 'pending')
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) continue;
		try {
			// Opted out since the nudge was made, or gone: nothing to queue.
			const emails = await prepareMemberEmails([
				{
					orgId: row.org_id,
					userId: row.user_id,
					kind: row.kind,
					link: row.link,
					content: (locale, person) => {
						const text = renderText(row, locale, person.timeZone);
						const own = EMAIL_TEXT[row.kind];
						return {
							subject: own ? translateIn(locale, own.subject) : text,
							paragraphs: [own ? renderText({ ...row, message_key: own.text }, locale, person.timeZone) : text],
							actionLabel: translateIn(locale, 'mail_open_in_samspil')
						};
					}
				}
			]);
			const n = await db()
				.transaction()
				.execute(async (trx) => {
					const count = await queueEmails(trx, emails);
					await trx
						.updateTable('notifications')
						.set(count ? { email_state: 'sent', emailed_at: nowIso() } : { email_state: 'off' })
						.where('id', '=', row.id)
						.execute();
					return count;
				});
			queued += n;
		} catch (error) {
			log.warn('nudge email not queued', { id: row.id, error: String(error) });
			await db()
				.updateTable('notifications')
				.set({ email_state: 'pending' })
				.where('id', '=', row.id)
				.where('email_state', '=', claim)
				.execute();
		}
	}
	if (queued) await deliverOutbox();
	return queued;
}
