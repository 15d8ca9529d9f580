// The pair page: the pair, its sessions from four weeks back to six months ahead, and — for those who may see
// them — its logs and checklist, with what the viewer may do there (schedule, log).
import { can } from '../policy';
import type { Actor } from '../actor';
import { getPair } from './pairs';
import { pairTarget } from './records';
import { listPairOccurrences } from './schedule';
import { confirmLog, listLogs } from './logs';
import { pairChecklist } from './checklists';
import { localDate } from './recurrence';
import { viewerOf } from './viewer';

const DAY = 86_400_000;

export async function pairPage(actor: Actor, pairId: string, now = new Date()) {
	const { pair, programme, guideName, learnerName } = await getPair(actor, pairId);
	const target = pairTarget(pair);
	const seeLogs = can(actor, 'learning.log.view', target);
	const occurrences = await listPairOccurrences(
		actor,
		pair.id,
		new Date(now.getTime() - 28 * DAY),
		new Date(now.getTime() + 180 * DAY)
	);
	const viewer = await viewerOf(actor);
	const isMember = actor.userId === pair.guide_id || actor.userId === pair.learner_id;
	return {
		viewer,
		me: actor.userId,
		pair: {
			id: pair.id,
			firstDate: pair.first_date,
			startTime: pair.start_time,
			timeZone: pair.time_zone,
			round: pair.round,
			single: !!pair.single
		},
		programme: {
			id: programme.id,
			name: programme.name,
			kind: programme.kind,
			minutes: programme.session_minutes,
			cadence: programme.cadence
		},
		guide: { id: pair.guide_id, name: guideName },
		learner: { id: pair.learner_id, name: learnerName },
		partnerId: isMember ? (actor.userId === pair.guide_id ? pair.learner_id : pair.guide_id) : null,
		today: localDate(now, viewer.timeZone),
		occurrences: occurrences.map((o) => ({
			date: o.date,
			start: o.start.toISOString(),
			status: o.status,
			past: o.end < now
		})),
		isBuddy: programme.kind === 'buddy' && actor.userId === pair.guide_id,
		logs: seeLogs ? await listLogs(actor, pair.id) : null,
		checklist: seeLogs && programme.kind === 'buddy' ? await pairChecklist(actor, pair.id) : null,
		permissions: { schedule: can(actor, 'learning.schedule', target), log: can(actor, 'learning.log', target) }
	};
}

/** Confirms a log from the pair's page: the pair must be one the viewer may see. */
export async function confirmPairLog(actor: Actor, pairId: string, logId: string) {
	await getPair(actor, pairId);
	await confirmLog(actor, logId);
}
