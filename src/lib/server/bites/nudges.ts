// Nudges for the daily review: at most one a day per person, never in the organisation's quiet hours in
// the person's own time zone. They go to the notification centre (notify's one store) like every other nudge:
// in the app, and by email through the outbox when SMTP_URL is set and the person has not turned off review
// emails (kind `bites_review`).
import { db } from '../db/current';
import { getProfile } from '../auth/index';
import { runNudges, type Nudge } from '../notify/index';
import { getSettings } from './settings';
import { isQuiet, localTime } from './quiet-hours';
import { dayIn } from './streaks';

/** Sends today's review nudges that are due now; returns how many people were nudged. */
export async function sendReviewNudges(now = new Date()): Promise<number> {
	const due = await db()
		.selectFrom('bite_reviews')
		.select(['org_id', 'learner_id'])
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('due', '<=', now.toISOString())
		.groupBy(['org_id', 'learner_id'])
		.execute();
	const nudges: Nudge[] = [];
	for (const row of due) {
		const settings = await getSettings(row.org_id);
		// Reviews exist only for members; the profile gives their time zone.
		const profile = await getProfile({
			userId: row.learner_id,
			orgId: row.org_id,
			name: '',
			email: '',
			role: 'member',
			teams: {}
		}).catch(() => null);
		if (!profile) continue;
		if (isQuiet(localTime(now, profile.time_zone), settings.quietStart, settings.quietEnd)) continue;
		nudges.push({
			orgId: row.org_id,
			userId: row.learner_id,
			kind: 'bites_review',
			// once a day in the person's own calendar
			key: `bites_review:${dayIn(now, profile.time_zone)}`,
			messageKey: 'bites_nudge_review',
			params: { count: String(Number(row.n)) },
			link: '/bites/review'
		});
	}
	if (!nudges.length) return 0;
	return (await runNudges([async () => nudges], now)).created;
}
