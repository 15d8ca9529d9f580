// Nudges for the daily review: at most one a day per person, never in the organisation's quiet hours in
// the person's own time zone. In-app always (shown on the bites page); by email when SMTP_URL is set.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { log } from '../log';
import { getProfile } from '../auth/index';
import type { Actor } from '../actor';
import { getSettings } from './settings';
import { isQuiet, localTime } from './quiet-hours';
import { dayIn } from './streaks';
import { mailerConfigured, sendMail } from '../notify/mailer';
import { m } from '$lib/paraglide/messages.js';

export type Mailer = (message: { to: string; subject: string; text: string; locale: string }) => Promise<void>;

let mailer: Mailer | undefined;

/** Tests hand in a recording mailer; otherwise one is made from SMTP_URL when it is set. */
export function useMailer(m: Mailer | undefined) {
	mailer = m;
}

async function defaultMailer(): Promise<Mailer | undefined> {
	if (mailer) return mailer;
	// One SMTP transport and sender for the whole app: the notify module's.
	return mailerConfigured() ? sendMail : undefined;
}

/** Sends today's review nudges that are due now; returns how many people were nudged. */
export async function sendReviewNudges(now = new Date()): Promise<number> {
	const due = await db()
		.selectFrom('bite_reviews')
		.select(['org_id', 'learner_id'])
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('due', '<=', now.toISOString())
		.groupBy(['org_id', 'learner_id'])
		.execute();
	const send = await defaultMailer();
	let nudged = 0;
	for (const row of due) {
		const settings = await getSettings(row.org_id);
		// Reviews exist only for members; the profile gives their time zone and address.
		const profile = await getProfile({ userId: row.learner_id, orgId: row.org_id, name: '', email: '', role: 'member', teams: {} }).catch(() => null);
		if (!profile) continue;
		if (isQuiet(localTime(now, profile.time_zone), settings.quietStart, settings.quietEnd)) continue;
		const day = dayIn(now, profile.time_zone);
		const id = newId();
		try {
			await db().insertInto('bite_nudges').values({ id, org_id: row.org_id, user_id: row.learner_id, kind: 'review', count: Number(row.n), day, created_at: nowIso(now.getTime()), emailed_at: null, read_at: null }).execute();
		} catch {
			continue; // already nudged today
		}
		nudged++;
		if (send) {
			try {
				const locale = (['da', 'en', 'nl', 'sv'] as const).find((l) => l === profile.locale) ?? 'en';
				await send({
					to: profile.email,
					subject: m.bites_email_review_subject({}, { locale }),
					text: m.bites_email_review_text({ count: Number(row.n) }, { locale }),
					locale
				});
				await db().updateTable('bite_nudges').set({ emailed_at: nowIso() }).where('id', '=', id).execute();
			} catch (error) {
				log.warn('review nudge email failed', { error: String(error) });
			}
		}
	}
	return nudged;
}

/** The actor's unread nudges (in-app). */
export async function myNudges(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return db().selectFrom('bite_nudges').select(['id', 'kind', 'count', 'day']).where('org_id', '=', actor.orgId).where('user_id', '=', actor.userId).where('read_at', 'is', null).orderBy('created_at', 'desc').execute();
}

export async function dismissNudges(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	await db().updateTable('bite_nudges').set({ read_at: nowIso() }).where('org_id', '=', actor.orgId).where('user_id', '=', actor.userId).where('read_at', 'is', null).execute();
}
