// Who learns with whom: the active pairs of a programme or a person, pairs made by hand, and ending a pair.
// Suggested pairs (suggestions.ts) and a circle's rotating rounds (circles.ts) are made with insertPair here.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { Role } from '$lib/learning/labels';
import { loadPair, loadProgramme, pairTarget, type Pair, type Programme } from './records';
import { loadProfiles } from './profile';
import { orgNames } from './people';
import { exclusionsOf } from './exclusions';
import { addDays, isoWeekday, localDate } from './recurrence';
import { publishTeam } from './live';

export async function getPair(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.view', pairTarget(pair));
	const programme = await loadProgramme(actor.orgId, pair.programme_id);
	const names = await orgNames(actor);
	return {
		pair,
		programme,
		guideName: names.get(pair.guide_id) ?? '—',
		learnerName: names.get(pair.learner_id) ?? '—'
	};
}

export async function listPairs(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	const rows = await db()
		.selectFrom('learning_pairs')
		.selectAll()
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.where('ended_at', 'is', null)
		.orderBy('round')
		.orderBy('first_date')
		.execute();
	return rows.map((p) => ({
		...p,
		guide_name: names.get(p.guide_id) ?? '—',
		learner_name: names.get(p.learner_id) ?? '—'
	}));
}

/** The active pairs a person is in (any programme of the organisation). */
export async function listMyPairs(actor: Actor) {
	authorize(actor, 'learning.view', { orgId: actor.orgId });
	const names = await orgNames(actor);
	const rows = await db()
		.selectFrom('learning_pairs')
		.innerJoin('learning_programmes', 'learning_programmes.id', 'learning_pairs.programme_id')
		.selectAll('learning_pairs')
		.select(['learning_programmes.name as programme_name', 'learning_programmes.kind'])
		.where('learning_pairs.org_id', '=', actor.orgId)
		.where('learning_pairs.ended_at', 'is', null)
		.where((eb) =>
			eb.or([eb('learning_pairs.guide_id', '=', actor.userId), eb('learning_pairs.learner_id', '=', actor.userId)])
		)
		.orderBy('learning_pairs.first_date')
		.execute();
	return rows.map((p) => ({
		...p,
		partner_name: names.get(p.guide_id === actor.userId ? p.learner_id : p.guide_id) ?? '—'
	}));
}

/** The first date on or after the programme's start (and today) that both can meet. */
export function firstMeetingDate(programme: Programme, days: number[], today: string): string {
	let date = programme.start_date > today ? programme.start_date : today;
	const usable = days.length ? days : [1, 2, 3, 4, 5];
	for (let i = 0; i < 7 && !usable.includes(isoWeekday(date)); i++) date = addDays(date, 1);
	return date;
}

/** Internal: a new active pair of the programme (rounds of a circle are single sessions). */
export async function insertPair(
	actor: Actor,
	programme: Programme,
	guideId: string,
	learnerId: string,
	source: Pair['source'],
	firstDate: string,
	round: number | null = null
) {
	const pair: Pair = {
		id: newId(),
		org_id: actor.orgId,
		team_id: programme.team_id,
		programme_id: programme.id,
		guide_id: guideId,
		learner_id: learnerId,
		round,
		source,
		first_date: firstDate,
		start_time: programme.start_time,
		time_zone: programme.time_zone,
		single: round === null ? 0 : 1,
		created_at: nowIso(),
		ended_at: null
	};
	await db().insertInto('learning_pairs').values(pair).execute();
	return pair;
}

async function ensureParticipant(orgId: string, programme: Programme, userId: string, role: Role) {
	const existing = await db()
		.selectFrom('learning_participants')
		.select('id')
		.where('programme_id', '=', programme.id)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (!existing) {
		await db()
			.insertInto('learning_participants')
			.values({ id: newId(), org_id: orgId, programme_id: programme.id, user_id: userId, role, created_at: nowIso() })
			.execute();
	}
}

export async function createPair(
	actor: Actor,
	programmeId: string,
	input: { guideId: string; learnerId: string },
	today = localDate(new Date(), 'UTC')
) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	if (!names.has(input.guideId) || !names.has(input.learnerId)) throw new NotFound('member');
	if ((await exclusionsOf(actor.orgId, programme.id)).has(`${input.guideId}|${input.learnerId}`))
		throw new Invalid('error_learning_excluded', 'learnerId');
	const active = await db()
		.selectFrom('learning_pairs')
		.select('id')
		.where('programme_id', '=', programme.id)
		.where('ended_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb.and([eb('guide_id', '=', input.guideId), eb('learner_id', '=', input.learnerId)]),
				eb.and([eb('guide_id', '=', input.learnerId), eb('learner_id', '=', input.guideId)])
			])
		)
		.executeTakeFirst();
	if (active) throw new Invalid('error_learning_already_paired', 'learnerId');
	const [guideRole, learnerRole] =
		programme.kind === 'peer' ? (['peer', 'peer'] as const) : (['guide', 'learner'] as const);
	await ensureParticipant(actor.orgId, programme, input.guideId, guideRole);
	await ensureParticipant(actor.orgId, programme, input.learnerId, learnerRole);
	const profiles = await loadProfiles(actor.orgId, [input.guideId, input.learnerId]);
	const shared = profiles.get(input.guideId)!.days.filter((d) => profiles.get(input.learnerId)!.days.includes(d));
	const pair = await insertPair(
		actor,
		programme,
		input.guideId,
		input.learnerId,
		'manual',
		firstMeetingDate(programme, shared, today)
	);
	await publishTeam(actor.orgId, programme.team_id);
	return pair;
}

export async function endPair(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: pair.team_id });
	await db()
		.updateTable('learning_pairs')
		.set({ ended_at: nowIso() })
		.where('id', '=', pair.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishTeam(actor.orgId, pair.team_id);
}
