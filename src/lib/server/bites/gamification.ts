// Streaks and badges, only when the organisation opted in (bite_settings.gamification).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { getProfile } from '../auth/index';
import type { Actor } from '../actor';
import { getSettings } from './settings';
import { currentStreak, dayIn, earnedBadges, type Badge } from './streaks';

async function activityDays(orgId: string, userId: string, timeZone: string) {
	const answers = await db()
		.selectFrom('bite_answers')
		.select('answered_at as at')
		.where('org_id', '=', orgId)
		.where('learner_id', '=', userId)
		.execute();
	const progress = await db()
		.selectFrom('bite_progress')
		.select('updated_at as at')
		.where('org_id', '=', orgId)
		.where('learner_id', '=', userId)
		.execute();
	return [...answers, ...progress].map((r) => dayIn(r.at, timeZone));
}

/** The actor's streak and badges; null when the organisation has not turned them on. */
export async function myStreak(actor: Actor, now = new Date()): Promise<{ streak: number; badges: Badge[] } | null> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	if (!(await getSettings(actor.orgId)).gamification) return null;
	const { time_zone } = await getProfile(actor);
	const streak = currentStreak(await activityDays(actor.orgId, actor.userId, time_zone), dayIn(now, time_zone));
	const completed = await db()
		.selectFrom('bite_progress')
		.select(['score'])
		.where('org_id', '=', actor.orgId)
		.where('learner_id', '=', actor.userId)
		.where('completed_at', 'is not', null)
		.execute();
	const reviews = await db()
		.selectFrom('bite_answers')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('org_id', '=', actor.orgId)
		.where('learner_id', '=', actor.userId)
		.where('context', '=', 'review')
		.executeTakeFirst();
	const earned = earnedBadges({
		completed: completed.length,
		streak,
		reviews: Number(reviews?.n ?? 0),
		perfectScores: completed.filter((c) => c.score === 100).length
	});
	const stored = new Set(
		(
			await db()
				.selectFrom('bite_badges')
				.select('badge')
				.where('org_id', '=', actor.orgId)
				.where('user_id', '=', actor.userId)
				.execute()
		).map((b) => b.badge)
	);
	for (const badge of earned) {
		if (stored.has(badge)) continue;
		try {
			await db()
				.insertInto('bite_badges')
				.values({ id: newId(), org_id: actor.orgId, user_id: actor.userId, badge, earned_at: nowIso(now.getTime()) })
				.execute();
		} catch {
			/* earned in another tab a moment ago */
		}
		stored.add(badge);
	}
	// Badges once earned stay, even when a streak breaks.
	return { streak, badges: [...stored] as Badge[] };
}
