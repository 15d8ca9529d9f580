// Suggested pairs for a buddy or mentoring programme: the optimal assignment (pairing.ts) of its unpaired
// learners to guides by their profiles, and accepting a suggestion, checked again against the rules.
import { db } from '../db/current';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import { listTeamMembers, listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import { loadProgramme, type Pair, type Programme } from './records';
import { loadProfiles } from './profile';
import { orgNames } from './people';
import { suggestPairs, type PairingInput } from './pairing';
import { exclusionsOf } from './exclusions';
import { firstMeetingDate, insertPair } from './pairs';
import { localDate } from './recurrence';
import { publishTeam } from './live';

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

/** Builds the assignment problem for a buddy or mentoring programme from its participants' profiles. */
async function pairingInput(
	actor: Actor,
	programme: Programme
): Promise<PairingInput & { names: Map<string, string> }> {
	if (programme.kind === 'peer') throw new Invalid('error_learning_not_for_circles');
	const participants = await db()
		.selectFrom('learning_participants')
		.select(['user_id', 'role'])
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	const pairs = await db()
		.selectFrom('learning_pairs')
		.select(['guide_id', 'learner_id'])
		.where('programme_id', '=', programme.id)
		.where('ended_at', 'is', null)
		.execute();
	const profiles = await loadProfiles(
		actor.orgId,
		participants.map((p) => p.user_id)
	);
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
				return {
					id: p.user_id,
					offers: profile.offerKeys,
					wants: profile.wantKeys,
					days: profile.days,
					capacity: profile.capacity,
					load: load.get(p.user_id) ?? 0
				};
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
export async function acceptSuggestion(
	actor: Actor,
	programmeId: string,
	chosen: { guideId: string; learnerId: string }[],
	today = localDate(new Date(), 'UTC')
) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const input = await pairingInput(actor, programme);
	const taken = new Map<string, number>();
	const created: Pair[] = [];
	for (const c of chosen) {
		const guide = input.guides.find((g) => g.id === c.guideId);
		const learner = input.learners.find((l) => l.id === c.learnerId);
		if (!guide || !learner || input.excluded(guide.id, learner.id))
			throw new Invalid('error_learning_suggestion_stale');
		const days = guide.days.filter((d) => learner.days.includes(d));
		const used = guide.load + (taken.get(guide.id) ?? 0);
		if (days.length === 0 || used >= guide.capacity) throw new Invalid('error_learning_suggestion_stale');
		taken.set(guide.id, (taken.get(guide.id) ?? 0) + 1);
		input.learners = input.learners.filter((l) => l.id !== learner.id);
		created.push(
			await insertPair(actor, programme, guide.id, learner.id, 'suggested', firstMeetingDate(programme, days, today))
		);
	}
	await publishTeam(actor.orgId, programme.team_id);
	return created;
}
