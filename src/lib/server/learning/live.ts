// The team view as a server-authored Yjs document: after a change commits, the module recomputes the
// team's projection from SQL (the source of truth) and writes what changed through the sync server.
// It goes through the app's live writer (src/lib/server/live.ts): the runtime's sync server in production,
// a test's own in tests.
import { db } from '../db/current';
import { writeLive } from '../live';
import { log } from '../log';
import { teamDocName, writeTeamView, type TeamViewData } from '../../learning/team-view';
import { namesOf } from './people';
import { addDays, isoWeekday, localDate, zonedInstant } from './recurrence';
import { sessionsOf } from './sessions';

/** Weeks run Monday to Sunday in this zone for the team view. */
export const TEAM_TIME_ZONE = 'Europe/Copenhagen';
const WEEKS_SHOWN = 8;

export function weekStart(date: string): string {
	return addDays(date, 1 - isoWeekday(date));
}

/** Internal: the team's projection at `now`, from SQL. */
export async function teamSnapshot(orgId: string, teamId: string, now = new Date()): Promise<TeamViewData> {
	const programmes = await db()
		.selectFrom('learning_programmes')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.execute();
	const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
	const pairs = await db()
		.selectFrom('learning_pairs')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.where('ended_at', 'is', null)
		.orderBy('round')
		.orderBy('first_date')
		.execute();
	const participants = programmes.length
		? await db()
				.selectFrom('learning_participants')
				.select(['programme_id', 'user_id', 'role'])
				.where('org_id', '=', orgId)
				.where(
					'programme_id',
					'in',
					programmes.map((p) => p.id)
				)
				.execute()
		: [];
	const today = localDate(now, TEAM_TIME_ZONE);
	const monday = weekStart(today);
	const firstWeek = addDays(monday, -7 * (WEEKS_SHOWN - 1));
	// Only what the view shows: the latest ten logs (by the day the session was held, not when it was
	// written down), and the weeks of the chart.
	const logs = await db()
		.selectFrom('learning_logs')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.orderBy('held_on', 'desc')
		.orderBy('created_at', 'desc')
		.limit(10)
		.execute();
	const inWindow = await db()
		.selectFrom('learning_logs')
		.select(['pair_id', 'held_on', 'occurrence_date'])
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.where('held_on', '>=', firstWeek)
		.execute();
	const names = await namesOf(orgId, [
		...pairs.flatMap((p) => [p.guide_id, p.learner_id]),
		...participants.map((p) => p.user_id),
		...logs.flatMap((l) => [l.author_id, l.partner_id])
	]);
	const name = (id: string) => names.get(id) ?? '—';

	const sessions = await sessionsOf(
		orgId,
		{ teamId },
		zonedInstant(monday, '00:00', TEAM_TIME_ZONE),
		zonedInstant(addDays(monday, 7), '00:00', TEAM_TIME_ZONE)
	);
	const loggedOccurrences = new Set(
		inWindow.filter((l) => l.occurrence_date).map((l) => `${l.pair_id}|${l.occurrence_date}`)
	);
	const counts = new Map<string, number>();
	for (const l of inWindow) {
		if (l.held_on < firstWeek || l.held_on > addDays(monday, 6)) continue;
		counts.set(weekStart(l.held_on), (counts.get(weekStart(l.held_on)) ?? 0) + 1);
	}
	const pairedLearners = new Set(pairs.map((p) => `${p.programme_id}|${p.learner_id}`));
	const kindOf = new Map(programmes.map((p) => [p.id, p.kind]));
	return {
		pairs: pairs.map((p) => ({
			id: p.id,
			programme: programmeName.get(p.programme_id) ?? '',
			kind: kindOf.get(p.programme_id)!,
			guide: name(p.guide_id),
			learner: name(p.learner_id),
			round: p.round
		})),
		week: sessions.map((s) => ({
			pairId: s.pairId,
			start: s.start.toISOString(),
			minutes: Math.round((s.end.getTime() - s.start.getTime()) / 60_000),
			programme: s.programmeName,
			people: `${name(s.guideId)} & ${name(s.learnerId)}`,
			status: s.status,
			logged: loggedOccurrences.has(`${s.pairId}|${s.date}`)
		})),
		weeks: Array.from({ length: WEEKS_SHOWN }, (_, i) => {
			const week = addDays(firstWeek, 7 * i);
			return { week, count: counts.get(week) ?? 0 };
		}),
		unpaired: participants
			.filter(
				(p) =>
					p.role === 'learner' &&
					kindOf.get(p.programme_id) !== 'peer' &&
					!pairedLearners.has(`${p.programme_id}|${p.user_id}`)
			)
			.map((p) => ({
				name: name(p.user_id),
				programme: programmeName.get(p.programme_id) ?? '',
				kind: kindOf.get(p.programme_id) as 'buddy' | 'mentoring'
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		recent: logs.map((l) => ({
			id: l.id,
			author: name(l.author_id),
			partner: name(l.partner_id),
			heldOn: l.held_on,
			minutes: l.minutes,
			programme: programmeName.get(l.programme_id) ?? '',
			confirmed: !!l.confirmed_at
		}))
	};
}

/**
 * Brings the team's live document up to date. A failure is logged, not thrown: the change itself has
 * committed, and the next change (or the next visit to the team page) writes the view again.
 */
export async function publishTeam(orgId: string, teamId: string, now = new Date()): Promise<TeamViewData | null> {
	try {
		const data = await teamSnapshot(orgId, teamId, now);
		await writeLive(teamDocName(teamId), (doc) => writeTeamView(doc, data));
		return data;
	} catch (error) {
		log.error('learning: team view not published', { teamId, error: String(error) });
		return null;
	}
}
