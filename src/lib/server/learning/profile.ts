// What a person can teach and wants to learn, when they can meet and how many they may guide at once:
// the input of pairing suggestions.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import type { ProfileInput } from './schemas';

export interface LearningProfile {
	offers: string[];
	wants: string[];
	days: number[];
	capacity: number;
}

export const DEFAULT_PROFILE: LearningProfile = { offers: [], wants: [], days: [1, 2, 3, 4, 5], capacity: 2 };

/** Internal: the profiles of some people of one organisation (defaults for those without one). */
export async function loadProfiles(
	orgId: string,
	userIds: string[]
): Promise<Map<string, LearningProfile & { offerKeys: string[]; wantKeys: string[] }>> {
	const out = new Map<string, LearningProfile & { offerKeys: string[]; wantKeys: string[] }>();
	for (const id of userIds) out.set(id, { ...DEFAULT_PROFILE, offerKeys: [], wantKeys: [] });
	if (userIds.length === 0) return out;
	const profiles = await db()
		.selectFrom('learning_profiles')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('user_id', 'in', userIds)
		.execute();
	for (const p of profiles) {
		const current = out.get(p.user_id)!;
		current.days = p.available_days.split(',').filter(Boolean).map(Number);
		current.capacity = p.capacity;
	}
	const skills = await db()
		.selectFrom('learning_skills')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('user_id', 'in', userIds)
		.orderBy('skill')
		.execute();
	for (const s of skills) {
		const current = out.get(s.user_id)!;
		if (s.direction === 'offer') {
			current.offers = [...current.offers, s.skill];
			current.offerKeys = [...current.offerKeys, s.skill_key];
		} else {
			current.wants = [...current.wants, s.skill];
			current.wantKeys = [...current.wantKeys, s.skill_key];
		}
	}
	return out;
}

export async function getLearningProfile(actor: Actor): Promise<LearningProfile> {
	authorize(actor, 'learning.join', { orgId: actor.orgId });
	const { offers, wants, days, capacity } = (await loadProfiles(actor.orgId, [actor.userId])).get(actor.userId)!;
	return { offers, wants, days, capacity };
}

export async function saveLearningProfile(actor: Actor, input: ProfileInput) {
	authorize(actor, 'learning.join', { orgId: actor.orgId });
	await db()
		.transaction()
		.execute(async (tx) => {
			const existing = await tx
				.selectFrom('learning_profiles')
				.select('id')
				.where('org_id', '=', actor.orgId)
				.where('user_id', '=', actor.userId)
				.executeTakeFirst();
			const values = {
				available_days: [...new Set(input.days)].sort().join(','),
				capacity: input.capacity,
				updated_at: nowIso()
			};
			if (existing) await tx.updateTable('learning_profiles').set(values).where('id', '=', existing.id).execute();
			else
				await tx
					.insertInto('learning_profiles')
					.values({ id: newId(), org_id: actor.orgId, user_id: actor.userId, ...values })
					.execute();
			await tx
				.deleteFrom('learning_skills')
				.where('org_id', '=', actor.orgId)
				.where('user_id', '=', actor.userId)
				.execute();
			const rows = [
				...input.offers.map((skill) => ({ skill, direction: 'offer' as const })),
				...input.wants.map((skill) => ({ skill, direction: 'want' as const }))
			].map((s) => ({
				id: newId(),
				org_id: actor.orgId,
				user_id: actor.userId,
				direction: s.direction,
				skill: s.skill,
				skill_key: s.skill.toLowerCase()
			}));
			if (rows.length) await tx.insertInto('learning_skills').values(rows).execute();
		});
}
