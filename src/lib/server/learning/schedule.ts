// A pair's recurring sessions: the schedule (first date, time, time zone), single occurrences skipped
// or moved, and the sessions a person or a team has in a period.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import type { Actor } from '../actor';
import { loadPair, loadProgramme, pairTarget } from './records';
import { addDays, isRuleDate, MAX_MOVE_DAYS, occurrences, parseDate, type Occurrence } from './recurrence';
import { loadExceptions, pairSeries, sessionsOf } from './sessions';
import { orgNames } from './people';
import { publishTeam } from './live';

async function schedulable(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.schedule', pairTarget(pair));
	const programme = await loadProgramme(actor.orgId, pair.programme_id);
	return { pair, programme };
}

export async function setPairSchedule(
	actor: Actor,
	pairId: string,
	input: { firstDate: string; startTime: string; timeZone: string }
) {
	const { pair } = await schedulable(actor, pairId);
	await db()
		.transaction()
		.execute(async (tx) => {
			await tx
				.updateTable('learning_pairs')
				.set({ first_date: input.firstDate, start_time: input.startTime, time_zone: input.timeZone })
				.where('id', '=', pair.id)
				.where('org_id', '=', actor.orgId)
				.execute();
			// The old occurrences are gone, and with them their exceptions.
			await tx.deleteFrom('learning_exceptions').where('pair_id', '=', pair.id).execute();
		});
	await publishTeam(actor.orgId, pair.team_id);
}

async function setException(
	actor: Actor,
	pairId: string,
	date: string,
	change: { action: 'skip' | 'move'; movedDate: string | null; movedTime: string | null }
) {
	const { pair, programme } = await schedulable(actor, pairId);
	if (!isRuleDate(pairSeries(pair, programme), date)) throw new Invalid('error_learning_no_such_session', 'date');
	await db()
		.transaction()
		.execute(async (tx) => {
			await tx
				.deleteFrom('learning_exceptions')
				.where('pair_id', '=', pair.id)
				.where('occurrence_date', '=', date)
				.execute();
			await tx
				.insertInto('learning_exceptions')
				.values({
					id: newId(),
					org_id: actor.orgId,
					pair_id: pair.id,
					occurrence_date: date,
					action: change.action,
					moved_date: change.movedDate,
					moved_time: change.movedTime,
					created_by: actor.userId,
					created_at: nowIso()
				})
				.execute();
		});
	await publishTeam(actor.orgId, pair.team_id);
}

export async function skipOccurrence(actor: Actor, pairId: string, date: string) {
	await setException(actor, pairId, date, { action: 'skip', movedDate: null, movedTime: null });
}

export async function moveOccurrence(
	actor: Actor,
	pairId: string,
	input: { date: string; movedDate: string; movedTime: string }
) {
	const days = Math.abs(Date.UTC(...ymd(input.movedDate)) - Date.UTC(...ymd(input.date))) / 86_400_000;
	if (days > MAX_MOVE_DAYS) throw new Invalid('error_learning_move_too_far', 'movedDate');
	await setException(actor, pairId, input.date, {
		action: 'move',
		movedDate: input.movedDate,
		movedTime: input.movedTime
	});
}

function ymd(date: string): [number, number, number] {
	const { y, m, d } = parseDate(date);
	return [y, m - 1, d];
}

export async function restoreOccurrence(actor: Actor, pairId: string, date: string) {
	const { pair } = await schedulable(actor, pairId);
	await db()
		.deleteFrom('learning_exceptions')
		.where('pair_id', '=', pair.id)
		.where('occurrence_date', '=', date)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishTeam(actor.orgId, pair.team_id);
}

export async function listPairOccurrences(actor: Actor, pairId: string, from: Date, to: Date): Promise<Occurrence[]> {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.view', pairTarget(pair));
	const programme = await loadProgramme(actor.orgId, pair.programme_id);
	const exceptions = (await loadExceptions(actor.orgId, [pair.id])).get(pair.id) ?? [];
	return occurrences(pairSeries(pair, programme), exceptions, from, to);
}

/** The actor's own sessions in [from, to), with the partner's name. */
export async function mySessions(actor: Actor, from: Date, to: Date) {
	authorize(actor, 'learning.view', { orgId: actor.orgId });
	const names = await orgNames(actor);
	const sessions = await sessionsOf(actor.orgId, { userId: actor.userId }, from, to);
	return sessions.map((s) => ({
		...s,
		partnerName: names.get(s.guideId === actor.userId ? s.learnerId : s.guideId) ?? '—'
	}));
}

export { addDays };
