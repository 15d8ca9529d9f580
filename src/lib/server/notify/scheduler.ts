// The reminder run: it asks each nudge source (a module's function) what is due, records each nudge once
// and emails it when the person wants that. The runtime runs it as a job (src/lib/server/jobs): once per
// interval across all instances. Still safe to run twice, concurrently or in two processes: a nudge's dedupe key is unique in the table, so
// only one run creates it; an email is claimed by a conditional update before it is sent, so only one
// run sends it.
import { db } from '../db/current';
import { newId, nowIso, newToken } from '../ids';
import { log } from '../log';
import { loadActor, getProfile } from '../auth/index';
import { config } from '../config';
import { asLocale, translateIn } from './language';
import { prefFor } from './prefs';
import { mailerConfigured, sendMail } from './mailer';
import { renderText } from './notifications';

export interface Nudge {
	orgId: string;
	userId: string;
	/** the preference it falls under, e.g. learning_upcoming */
	kind: string;
	/** what makes it unique: the same key is never nudged twice */
	key: string;
	messageKey: string;
	params: Record<string, string>;
	/** a path in the app */
	link: string;
}

export type NudgeSource = (now: Date) => Promise<Nudge[]>;

export async function runNudges(sources: NudgeSource[], now = new Date()): Promise<{ created: number; emailed: number }> {
	let created = 0;
	for (const source of sources) {
		for (const nudge of await source(now)) {
			const pref = await prefFor(nudge.orgId, nudge.userId, nudge.kind);
			if (!pref.inApp && !pref.email) continue;
			const result = await db()
				.insertInto('notifications')
				.values({
					id: newId(),
					org_id: nudge.orgId,
					user_id: nudge.userId,
					kind: nudge.kind,
					message_key: nudge.messageKey,
					params: JSON.stringify(nudge.params),
					link: nudge.link,
					dedupe_key: `${nudge.orgId}:${nudge.userId}:${nudge.key}`,
					in_app: pref.inApp ? 1 : 0,
					email_state: pref.email && mailerConfigured() ? 'pending' : 'off',
					emailed_at: null,
					read_at: null,
					created_at: now.toISOString()
				})
				.onConflict((oc) => oc.column('dedupe_key').doNothing())
				.executeTakeFirst();
			if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) created++;
		}
	}
	const emailed = mailerConfigured() ? await deliverEmails() : 0;
	return { created, emailed };
}

async function deliverEmails(): Promise<number> {
	const pending = await db().selectFrom('notifications').selectAll().where('email_state', '=', 'pending').orderBy('created_at').limit(200).execute();
	let sent = 0;
	for (const row of pending) {
		const claim = `claimed:${newToken()}`;
		const claimed = await db().updateTable('notifications').set({ email_state: claim }).where('id', '=', row.id).where('email_state', '=', 'pending').executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) continue;
		try {
			const pref = await prefFor(row.org_id, row.user_id, row.kind);
			const actor = await loadActor(row.user_id, row.org_id);
			// Opted out since the nudge was made, or no longer in the organisation: no email.
			if (!pref.email || !actor) {
				await db().updateTable('notifications').set({ email_state: 'off' }).where('id', '=', row.id).execute();
				continue;
			}
			const profile = await getProfile(actor);
			const locale = asLocale(profile.locale);
			const text = renderText(row, locale, profile.time_zone);
			await sendMail({
				to: actor.email,
				subject: text,
				locale,
				text: [
					translateIn(locale, 'notify_email_greeting', { name: actor.name }),
					'',
					text,
					'',
					`${config.publicOrigin}${row.link}`,
					'',
					translateIn(locale, 'notify_email_footer', { url: `${config.publicOrigin}/learning/nudges` })
				].join('\n')
			});
			await db().updateTable('notifications').set({ email_state: 'sent', emailed_at: nowIso() }).where('id', '=', row.id).execute();
			sent++;
		} catch (error) {
			// Left for the next run.
			log.warn('nudge email not sent', { id: row.id, error: String(error) });
			await db().updateTable('notifications').set({ email_state: 'pending' }).where('id', '=', row.id).where('email_state', '=', claim).execute();
		}
	}
	return sent;
}
