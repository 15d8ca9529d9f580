// Peer-feedback circles: rotating rounds in which no pair repeats until everyone has met (rotation.ts), one
// round per session of the programme.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import type { Actor } from '../actor';
import { loadProgramme, type Pair } from './records';
import { orgNames } from './people';
import { circleRounds, continuedRounds, pairKey, remainingRounds } from './rotation';
import { exclusionsOf } from './exclusions';
import { insertPair } from './pairs';
import { localDate, ruleDates } from './recurrence';
import { publishTeam } from './live';

/**
 * A peer-feedback circle's rounds: each round is one cadence step, each pair meets once in its round.
 * Regenerating ends the rounds that have not started yet and plans anew from the next free date,
 * continuing the turn: pairs that already met (a held round, or a logged session) are not planned again
 * until every pair that may meet has met.
 */
export async function generateRotation(actor: Actor, programmeId: string, today = localDate(new Date(), 'UTC')) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	if (programme.kind !== 'peer') throw new Invalid('error_learning_only_circles');
	const names = await orgNames(actor);
	const peers = (
		await db()
			.selectFrom('learning_participants')
			.select('user_id')
			.where('programme_id', '=', programme.id)
			.where('org_id', '=', actor.orgId)
			.where('role', '=', 'peer')
			.execute()
	)
		.map((p) => p.user_id)
		.filter((id) => names.has(id))
		.sort((a, b) => names.get(a)!.localeCompare(names.get(b)!));
	if (peers.length < 2) throw new Invalid('error_learning_circle_too_small');
	const exclusions = await exclusionsOf(actor.orgId, programme.id);
	const rotation = circleRounds(peers, (a, b) => exclusions.has(`${a}|${b}`));
	const start = programme.start_date > today ? programme.start_date : today;
	// Rounds already held (before `start`) count against the programme's sessions.
	const before = await db()
		.selectFrom('learning_pairs')
		.select(['round', 'source', 'guide_id', 'learner_id'])
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.where('ended_at', 'is', null)
		.where('first_date', '<', start)
		.execute();
	const held = new Set(before.filter((p) => p.source === 'rotation').map((p) => p.round)).size;
	const logged = await db()
		.selectFrom('learning_logs')
		.innerJoin('learning_pairs', 'learning_pairs.id', 'learning_logs.pair_id')
		.select(['learning_pairs.guide_id', 'learning_pairs.learner_id'])
		.where('learning_logs.programme_id', '=', programme.id)
		.where('learning_logs.org_id', '=', actor.orgId)
		.execute();
	const met = new Set([...before, ...logged].map((p) => pairKey(p.guide_id, p.learner_id)));
	const rest = remainingRounds(rotation, met).length;
	// One session per round: as many as the programme has (a sixth session of a circle of five begins the
	// rotation again), up to its end date; with neither, the rest of the turn (a whole turn when all have met).
	const series = {
		firstDate: start,
		startTime: programme.start_time,
		timeZone: programme.time_zone,
		cadence: programme.cadence,
		minutes: programme.session_minutes,
		until: programme.end_date
	};
	const count =
		programme.session_count !== null
			? Math.max(programme.session_count - held, 0)
			: programme.end_date
				? null
				: rest || rotation.length;
	const dates = count === 0 ? [] : ruleDates({ ...series, count }, '9999-12-31');
	const rounds = continuedRounds(rotation, met, dates.length);
	await db()
		.updateTable('learning_pairs')
		.set({ ended_at: nowIso() })
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.where('source', '=', 'rotation')
		.where('ended_at', 'is', null)
		.where('first_date', '>=', start)
		.execute();
	const created: Pair[] = [];
	for (const [i, round] of rounds.entries()) {
		for (const [a, b] of round.pairs)
			created.push(await insertPair(actor, programme, a, b, 'rotation', dates[i], held + i + 1));
	}
	await publishTeam(actor.orgId, programme.team_id);
	return { rounds: rounds.length, pairs: created.length, perTurn: rotation.length };
}
