// The sessions pairs have: a pair's series (its schedule under its programme's cadence) with its skipped and
// moved occurrences, for any set of active pairs in a period. Read by the schedule, the team view, the
// calendar and the nudges alike; it changes nothing, so nothing it needs depends on them.
import { db } from '../db/current';
import { loadProgramme, type Pair, type Programme } from './records';
import { occurrences, type Occurrence, type ScheduleException, type Series } from './recurrence';

export function pairSeries(pair: Pair, programme: Programme): Series {
	return {
		firstDate: pair.first_date,
		startTime: pair.start_time,
		timeZone: pair.time_zone,
		cadence: programme.cadence,
		minutes: programme.session_minutes,
		count: pair.single ? 1 : programme.session_count,
		until: pair.single ? null : programme.end_date
	};
}

/** Internal: the exceptions of some pairs. */
export async function loadExceptions(orgId: string, pairIds: string[]): Promise<Map<string, ScheduleException[]>> {
	const out = new Map<string, ScheduleException[]>();
	if (pairIds.length === 0) return out;
	const rows = await db()
		.selectFrom('learning_exceptions')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('pair_id', 'in', pairIds)
		.execute();
	for (const r of rows) {
		const list = out.get(r.pair_id) ?? [];
		list.push({
			occurrenceDate: r.occurrence_date,
			action: r.action,
			movedDate: r.moved_date,
			movedTime: r.moved_time
		});
		out.set(r.pair_id, list);
	}
	return out;
}

export interface SessionView extends Occurrence {
	pairId: string;
	programmeId: string;
	programmeName: string;
	kind: Programme['kind'];
	guideId: string;
	learnerId: string;
	teamId: string;
}

/** Internal: the sessions of active pairs (filtered by the caller's query) in [from, to). */
export async function sessionsOf(
	orgId: string,
	filter: { teamId?: string; userId?: string; pairIds?: string[] },
	from: Date,
	to: Date
): Promise<SessionView[]> {
	let q = db()
		.selectFrom('learning_pairs')
		.innerJoin('learning_programmes', 'learning_programmes.id', 'learning_pairs.programme_id')
		.selectAll('learning_pairs')
		.select(['learning_programmes.name as programme_name'])
		.where('learning_pairs.org_id', '=', orgId)
		.where('learning_pairs.ended_at', 'is', null);
	if (filter.teamId) q = q.where('learning_pairs.team_id', '=', filter.teamId);
	if (filter.userId) {
		const u = filter.userId;
		q = q.where((eb) => eb.or([eb('learning_pairs.guide_id', '=', u), eb('learning_pairs.learner_id', '=', u)]));
	}
	if (filter.pairIds) q = q.where('learning_pairs.id', 'in', filter.pairIds.length ? filter.pairIds : ['-']);
	const pairs = await q.execute();
	const programmes = new Map<string, Programme>();
	for (const id of new Set(pairs.map((p) => p.programme_id))) programmes.set(id, await loadProgramme(orgId, id));
	const exceptions = await loadExceptions(
		orgId,
		pairs.map((p) => p.id)
	);
	const out: SessionView[] = [];
	for (const p of pairs) {
		const programme = programmes.get(p.programme_id)!;
		for (const o of occurrences(pairSeries(p, programme), exceptions.get(p.id) ?? [], from, to)) {
			out.push({
				...o,
				pairId: p.id,
				programmeId: programme.id,
				programmeName: programme.name,
				kind: programme.kind,
				guideId: p.guide_id,
				learnerId: p.learner_id,
				teamId: p.team_id
			});
		}
	}
	return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}
