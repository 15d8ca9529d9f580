// Who learns with whom: pairs made by hand, accepted from an optimal suggestion, or (peer-feedback
// circles) generated as rotating rounds in which no pair repeats until everyone has met.
import type { Selectable } from 'kysely';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { listTeamMembers, listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import type { LearningPairsTable } from '../db/schema';
import { loadProgramme, rolesFor, type Programme } from './programmes';
import { loadProfiles } from './profile';
import { orgNames } from './people';
import { suggestPairs, type PairingInput } from './pairing';
import { circleRounds, roundsFor } from './rotation';
import { addDays, isoWeekday, localDate, ruleDates } from './recurrence';
import { publishTeam } from './live';

export type Pair = Selectable<LearningPairsTable>;

/** Internal: a pair of the organisation, or NotFound. */
export async function loadPair(orgId: string, pairId: string): Promise<Pair> {
	const pair = await db().selectFrom('learning_pairs').selectAll().where('id', '=', pairId).where('org_id', '=', orgId).executeTakeFirst();
	if (!pair) throw new NotFound('pair');
	return pair;
}

export function pairTarget(pair: Pair) {
	return { orgId: pair.org_id, teamId: pair.team_id, participants: [pair.guide_id, pair.learner_id] };
}

export async function getPair(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.view', pairTarget(pair));
	const programme = await loadProgramme(actor.orgId, pair.programme_id);
	const names = await orgNames(actor);
	return { pair, programme, guideName: names.get(pair.guide_id) ?? '—', learnerName: names.get(pair.learner_id) ?? '—' };
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
	return rows.map((p) => ({ ...p, guide_name: names.get(p.guide_id) ?? '—', learner_name: names.get(p.learner_id) ?? '—' }));
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
		.where((eb) => eb.or([eb('learning_pairs.guide_id', '=', actor.userId), eb('learning_pairs.learner_id', '=', actor.userId)]))
		.orderBy('learning_pairs.first_date')
		.execute();
	return rows.map((p) => ({ ...p, partner_name: names.get(p.guide_id === actor.userId ? p.learner_id : p.guide_id) ?? '—' }));
}

/** The first date on or after the programme's start (and today) that both can meet. */
function firstMeetingDate(programme: Programme, days: number[], today: string): string {
	let date = programme.start_date > today ? programme.start_date : today;
	const usable = days.length ? days : [1, 2, 3, 4, 5];
	for (let i = 0; i < 7 && !usable.includes(isoWeekday(date)); i++) date = addDays(date, 1);
	return date;
}

async function insertPair(actor: Actor, programme: Programme, guideId: string, learnerId: string, source: Pair['source'], firstDate: string, round: number | null = null) {
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

async function ensureParticipant(orgId: string, programme: Programme, userId: string, role: 'guide' | 'learner' | 'peer') {
	const existing = await db().selectFrom('learning_participants').select('id').where('programme_id', '=', programme.id).where('user_id', '=', userId).executeTakeFirst();
	if (!existing) {
		await db().insertInto('learning_participants').values({ id: newId(), org_id: orgId, programme_id: programme.id, user_id: userId, role, created_at: nowIso() }).execute();
	}
}

async function exclusionsOf(orgId: string, programmeId: string): Promise<Set<string>> {
	const rows = await db().selectFrom('learning_exclusions').select(['user_a', 'user_b']).where('org_id', '=', orgId).where('programme_id', '=', programmeId).execute();
	return new Set(rows.flatMap((r) => [`${r.user_a}|${r.user_b}`, `${r.user_b}|${r.user_a}`]));
}

/** guide id → the people in teams they manage: nobody is suggested their own manager as mentor. */
async function managedBy(actor: Actor): Promise<Map<string, Set<string>>> {
	const out = new Map<string, Set<string>>();
	for (const team of await listTeams(actor)) {
		const members = await listTeamMembers(actor, team.id);
		for (const manager of members.filter((m) => m.role === 'manager')) {
			const set = out.get(manager.id) ?? new Set<string>();
			for (const m of members) if (m.id !== manager.id) set.add(m.id);
			out.set(manager.id, set);
		}
	}
	return out;
}

export async function createPair(actor: Actor, programmeId: string, input: { guideId: string; learnerId: string }, today = localDate(new Date(), 'UTC')) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	if (!names.has(input.guideId) || !names.has(input.learnerId)) throw new NotFound('member');
	if ((await exclusionsOf(actor.orgId, programme.id)).has(`${input.guideId}|${input.learnerId}`)) throw new Invalid('error_learning_excluded', 'learnerId');
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
	const [guideRole, learnerRole] = programme.kind === 'peer' ? (['peer', 'peer'] as const) : (['guide', 'learner'] as const);
	await ensureParticipant(actor.orgId, programme, input.guideId, guideRole);
	await ensureParticipant(actor.orgId, programme, input.learnerId, learnerRole);
	const profiles = await loadProfiles(actor.orgId, [input.guideId, input.learnerId]);
	const shared = profiles.get(input.guideId)!.days.filter((d) => profiles.get(input.learnerId)!.days.includes(d));
	const pair = await insertPair(actor, programme, input.guideId, input.learnerId, 'manual', firstMeetingDate(programme, shared, today));
	await publishTeam(actor.orgId, programme.team_id);
	return pair;
}

/** Builds the assignment problem for a buddy or mentoring programme from its participants' profiles. */
async function pairingInput(actor: Actor, programme: Programme): Promise<PairingInput & { names: Map<string, string> }> {
	if (programme.kind === 'peer') throw new Invalid('error_learning_not_for_circles');
	const participants = await db().selectFrom('learning_participants').select(['user_id', 'role']).where('programme_id', '=', programme.id).where('org_id', '=', actor.orgId).execute();
	const pairs = await db().selectFrom('learning_pairs').select(['guide_id', 'learner_id']).where('programme_id', '=', programme.id).where('ended_at', 'is', null).execute();
	const profiles = await loadProfiles(actor.orgId, participants.map((p) => p.user_id));
	const paired = new Set(pairs.map((p) => p.learner_id));
	const load = new Map<string, number>();
	for (const p of pairs) load.set(p.guide_id, (load.get(p.guide_id) ?? 0) + 1);
	const exclusions = await exclusionsOf(actor.orgId, programme.id);
	const managers = programme.kind === 'mentoring' ? await managedBy(actor) : new Map<string, Set<string>>();
	const names = await orgNames(actor);
	return {
		names,
		guides: participants
			.filter((p) => p.role === 'guide')
			.map((p) => {
				const profile = profiles.get(p.user_id)!;
				return { id: p.user_id, offers: profile.offerKeys, wants: profile.wantKeys, days: profile.days, capacity: profile.capacity, load: load.get(p.user_id) ?? 0 };
			}),
		learners: participants
			.filter((p) => p.role === 'learner' && !paired.has(p.user_id))
			.map((p) => {
				const profile = profiles.get(p.user_id)!;
				return { id: p.user_id, offers: profile.offerKeys, wants: profile.wantKeys, days: profile.days };
			}),
		excluded: (g, l) => exclusions.has(`${g}|${l}`) || !!managers.get(g)?.has(l)
	};
}

export async function suggestForProgramme(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const input = await pairingInput(actor, programme);
	const suggestion = suggestPairs(input);
	const name = (id: string) => input.names.get(id) ?? '—';
	return {
		pairs: suggestion.pairs.map((p) => ({ ...p, guideName: name(p.guideId), learnerName: name(p.learnerId) })),
		unpaired: suggestion.unpaired.map((id) => ({ id, name: name(id) })),
		score: suggestion.score
	};
}

/** Creates the chosen pairs of a suggestion, checked again against the rules (the page may be stale). */
export async function acceptSuggestion(actor: Actor, programmeId: string, chosen: { guideId: string; learnerId: string }[], today = localDate(new Date(), 'UTC')) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const input = await pairingInput(actor, programme);
	const taken = new Map<string, number>();
	const created: Pair[] = [];
	for (const c of chosen) {
		const guide = input.guides.find((g) => g.id === c.guideId);
		const learner = input.learners.find((l) => l.id === c.learnerId);
		if (!guide || !learner || input.excluded(guide.id, learner.id)) throw new Invalid('error_learning_suggestion_stale');
		const days = guide.days.filter((d) => learner.days.includes(d));
		const used = guide.load + (taken.get(guide.id) ?? 0);
		if (days.length === 0 || used >= guide.capacity) throw new Invalid('error_learning_suggestion_stale');
		taken.set(guide.id, (taken.get(guide.id) ?? 0) + 1);
		input.learners = input.learners.filter((l) => l.id !== learner.id);
		created.push(await insertPair(actor, programme, guide.id, learner.id, 'suggested', firstMeetingDate(programme, days, today)));
	}
	await publishTeam(actor.orgId, programme.team_id);
	return created;
}

/**
 * A peer-feedback circle's rounds: each round is one cadence step, each pair meets once in its round.
 * Regenerating ends the rounds that have not started yet and plans anew from the next free date.
 */
export async function generateRotation(actor: Actor, programmeId: string, today = localDate(new Date(), 'UTC')) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	if (programme.kind !== 'peer') throw new Invalid('error_learning_only_circles');
	const names = await orgNames(actor);
	const peers = (
		await db().selectFrom('learning_participants').select('user_id').where('programme_id', '=', programme.id).where('org_id', '=', actor.orgId).where('role', '=', 'peer').execute()
	)
		.map((p) => p.user_id)
		.filter((id) => names.has(id))
		.sort((a, b) => names.get(a)!.localeCompare(names.get(b)!));
	if (peers.length < 2) throw new Invalid('error_learning_circle_too_small');
	const exclusions = await exclusionsOf(actor.orgId, programme.id);
	const rotation = circleRounds(peers, (a, b) => exclusions.has(`${a}|${b}`));
	const start = programme.start_date > today ? programme.start_date : today;
	// Rounds already held (before `start`) count against the programme's sessions.
	const held = new Set(
		(
			await db()
				.selectFrom('learning_pairs')
				.select('round')
				.where('programme_id', '=', programme.id)
				.where('org_id', '=', actor.orgId)
				.where('source', '=', 'rotation')
				.where('ended_at', 'is', null)
				.where('first_date', '<', start)
				.execute()
		).map((p) => p.round)
	).size;
	// One session per round: as many as the programme has (a sixth session of a circle of five begins the
	// rotation again), up to its end date; with neither, one full turn in which everyone meets everyone.
	const series = { firstDate: start, startTime: programme.start_time, timeZone: programme.time_zone, cadence: programme.cadence, minutes: programme.session_minutes, until: programme.end_date };
	const count = programme.session_count !== null ? Math.max(programme.session_count - held, 0) : programme.end_date ? null : rotation.length;
	const dates = count === 0 ? [] : ruleDates({ ...series, count }, '9999-12-31');
	const rounds = roundsFor(rotation, dates.length);
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
		for (const [a, b] of round.pairs) created.push(await insertPair(actor, programme, a, b, 'rotation', dates[i], held + i + 1));
	}
	await publishTeam(actor.orgId, programme.team_id);
	return { rounds: rounds.length, pairs: created.length, perTurn: rotation.length };
}

export async function endPair(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: pair.team_id });
	await db().updateTable('learning_pairs').set({ ended_at: nowIso() }).where('id', '=', pair.id).where('org_id', '=', actor.orgId).execute();
	await publishTeam(actor.orgId, pair.team_id);
}

export async function addExclusion(actor: Actor, programmeId: string, input: { userA: string; userB: string }) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	if (!names.has(input.userA) || !names.has(input.userB)) throw new NotFound('member');
	await db().insertInto('learning_exclusions').values({ id: newId(), org_id: actor.orgId, programme_id: programme.id, user_a: input.userA, user_b: input.userB, created_at: nowIso() }).execute();
}

export async function listExclusions(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	const rows = await db().selectFrom('learning_exclusions').selectAll().where('programme_id', '=', programme.id).where('org_id', '=', actor.orgId).execute();
	return rows.map((r) => ({ id: r.id, a: names.get(r.user_a) ?? '—', b: names.get(r.user_b) ?? '—' }));
}

export async function removeExclusion(actor: Actor, programmeId: string, exclusionId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	await db().deleteFrom('learning_exclusions').where('id', '=', exclusionId).where('programme_id', '=', programme.id).where('org_id', '=', actor.orgId).execute();
}

export { rolesFor };
