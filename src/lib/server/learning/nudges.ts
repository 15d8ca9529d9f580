// What the learning module nudges people about: a session in the next 24 hours, a session that took
// place but that they have not logged, and feedback they owe their partner in a peer-feedback circle.
import { db } from '../db/current';
import type { Nudge } from '../notify/index';
import { namesOf } from './people';
import { sessionsOf } from './sessions';
import { localDate } from './recurrence';

export const LEARNING_NUDGE_KINDS = ['learning_upcoming', 'learning_unlogged', 'learning_feedback'] as const;

const HOUR = 3_600_000;
/** Sessions older than this are no longer nudged about. */
const LOOKBACK = 14 * 24 * HOUR;

export async function learningNudges(now: Date): Promise<Nudge[]> {
	const pairs = await db()
		.selectFrom('learning_pairs')
		.select(['id', 'org_id'])
		.where('ended_at', 'is', null)
		.execute();
	const byOrg = new Map<string, string[]>();
	for (const p of pairs) byOrg.set(p.org_id, [...(byOrg.get(p.org_id) ?? []), p.id]);
	const out: Nudge[] = [];
	for (const [orgId, pairIds] of byOrg) {
		const sessions = (
			await sessionsOf(orgId, { pairIds }, new Date(now.getTime() - LOOKBACK), new Date(now.getTime() + 24 * HOUR))
		).filter((s) => s.status !== 'skipped');
		if (sessions.length === 0) continue;
		const names = await namesOf(
			orgId,
			sessions.flatMap((s) => [s.guideId, s.learnerId])
		);
		const logs = await db()
			.selectFrom('learning_logs')
			.select(['pair_id', 'author_id', 'held_on', 'occurrence_date'])
			.where('org_id', '=', orgId)
			.where('pair_id', 'in', pairIds)
			.execute();
		const feedback = await db()
			.selectFrom('learning_feedback')
			.select(['pair_id', 'giver_id'])
			.where('org_id', '=', orgId)
			.where('pair_id', 'in', pairIds)
			.execute();
		const gave = new Set(feedback.map((f) => `${f.pair_id}|${f.giver_id}`));
		for (const s of sessions) {
			const link = `/learning/pairs/${s.pairId}`;
			const heldOn = localDate(s.start, 'UTC');
			for (const [userId, partnerId] of [
				[s.guideId, s.learnerId],
				[s.learnerId, s.guideId]
			]) {
				const params = {
					partner: names.get(partnerId) ?? '—',
					programme: s.programmeName,
					when: s.start.toISOString()
				};
				const base = { orgId, userId, link, params };
				if (s.start > now) {
					out.push({
						...base,
						kind: 'learning_upcoming',
						key: `learning_upcoming:${s.pairId}:${s.date}`,
						messageKey: 'learning_nudge_upcoming'
					});
					continue;
				}
				if (s.end.getTime() > now.getTime() - HOUR) continue;
				const logged = logs.some(
					(l) =>
						l.pair_id === s.pairId &&
						l.author_id === userId &&
						(l.occurrence_date === s.date || l.held_on === s.date || l.held_on === heldOn)
				);
				if (!logged)
					out.push({
						...base,
						kind: 'learning_unlogged',
						key: `learning_unlogged:${s.pairId}:${s.date}`,
						messageKey: 'learning_nudge_unlogged'
					});
				if (s.kind === 'peer' && !gave.has(`${s.pairId}|${userId}`)) {
					out.push({
						...base,
						kind: 'learning_feedback',
						key: `learning_feedback:${s.pairId}`,
						messageKey: 'learning_nudge_feedback',
						link: `/learning/feedback?to=${partnerId}&pair=${s.pairId}`
					});
				}
			}
		}
	}
	return out;
}
