// Time spent in buddy training and mentoring, read from the session logs for learning analytics
// (src/lib/server/analytics). Internal: no actor, the caller decides whom the viewer may see. Only the date and
// minutes of a log leave this file — never what was practised, the skills or the next step — and nothing of
// peer-feedback circles, whose sessions are feedback.
//
// Either person of a pair may log a session, so the two people's logs of one day are one session: a session is a
// pair and the day it was held on, and it lasted the longest of its logs.
import { db } from '../db/current';
import type { ProgrammeKind } from '../db/schema';

export interface LoggedSession {
	pairId: string;
	programmeId: string;
	programmeName: string;
	kind: Extract<ProgrammeKind, 'buddy' | 'mentoring'>;
	guideId: string;
	learnerId: string;
	/** YYYY-MM-DD */
	heldOn: string;
	minutes: number;
}

/** The buddy and mentoring sessions held from `from` to `to` (inclusive, YYYY-MM-DD) in which any of `people` took part. */
export async function loggedSessions(orgId: string, people: string[], from: string, to: string) {
	if (people.length === 0) return [];
	const rows = await db()
		.selectFrom('learning_logs')
		.innerJoin('learning_pairs', 'learning_pairs.id', 'learning_logs.pair_id')
		.innerJoin('learning_programmes', 'learning_programmes.id', 'learning_logs.programme_id')
		.select([
			'learning_logs.pair_id',
			'learning_logs.programme_id',
			'learning_logs.held_on',
			'learning_logs.minutes',
			'learning_pairs.guide_id',
			'learning_pairs.learner_id',
			'learning_programmes.name',
			'learning_programmes.kind'
		])
		.where('learning_logs.org_id', '=', orgId)
		.where('learning_programmes.kind', 'in', ['buddy', 'mentoring'])
		.where('learning_logs.held_on', '>=', from)
		.where('learning_logs.held_on', '<=', to)
		.where((eb) => eb.or([eb('learning_pairs.guide_id', 'in', people), eb('learning_pairs.learner_id', 'in', people)]))
		.orderBy('learning_logs.held_on')
		.execute();
	const sessions = new Map<string, LoggedSession>();
	for (const r of rows) {
		const key = `${r.pair_id}|${r.held_on}`;
		const seen = sessions.get(key);
		if (seen) {
			seen.minutes = Math.max(seen.minutes, r.minutes);
			continue;
		}
		sessions.set(key, {
			pairId: r.pair_id,
			programmeId: r.programme_id,
			programmeName: r.name,
			kind: r.kind as LoggedSession['kind'],
			guideId: r.guide_id,
			learnerId: r.learner_id,
			heldOn: r.held_on,
			minutes: r.minutes
		});
	}
	return [...sessions.values()];
}
