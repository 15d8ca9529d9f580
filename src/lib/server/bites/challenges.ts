// Buddy challenge: two colleagues take the same module and compare how they did. A challenge is an
// invitation: the challenged colleague accepts or declines it, and neither sees the other's progress or
// score unless it is accepted. Either may end an accepted challenge, which hides both results again.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { isMember, listMembers } from '../orgs/index';
import type { Actor } from '../actor';
import { findModule } from './modules';

export type ChallengeStatus = 'pending' | 'accepted' | 'declined' | 'ended';

export async function createChallenge(actor: Actor, input: { moduleId: string; buddyId: string }) {
	const module = await findModule(actor.orgId, input.moduleId);
	if (module.published !== 1) throw new NotFound('module');
	if (!(await isMember(input.buddyId, actor.orgId))) throw new NotFound('member');
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	if (input.buddyId === actor.userId) throw new Invalid('error_bites_buddy_self', 'buddyId');
	// One invitation per colleague and module: a declined or ended challenge is not asked again.
	const existing = await db()
		.selectFrom('bite_challenges')
		.select('id')
		.where('org_id', '=', actor.orgId)
		.where('module_id', '=', input.moduleId)
		.where((eb) =>
			eb.or([
				eb.and([eb('challenger_id', '=', actor.userId), eb('buddy_id', '=', input.buddyId)]),
				eb.and([eb('challenger_id', '=', input.buddyId), eb('buddy_id', '=', actor.userId)])
			])
		)
		.executeTakeFirst();
	if (existing) throw new Invalid('error_bites_challenge_exists', 'buddyId');
	const id = newId();
	await db()
		.insertInto('bite_challenges')
		.values({
			id,
			org_id: actor.orgId,
			module_id: input.moduleId,
			challenger_id: actor.userId,
			buddy_id: input.buddyId,
			created_at: nowIso(),
			status: 'pending',
			responded_at: null
		})
		.execute();
	return id;
}

async function findChallenge(actor: Actor, challengeId: string) {
	const row = await db()
		.selectFrom('bite_challenges')
		.selectAll()
		.where('id', '=', challengeId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('challenge');
	return row;
}

/** The challenged colleague accepts or declines a pending invitation. Anyone else: NotFound. */
export async function respondToChallenge(actor: Actor, challengeId: string, answer: 'accept' | 'decline') {
	const row = await findChallenge(actor, challengeId);
	// Not the colleague's to answer, or already answered: nothing to see here.
	if (row.status !== 'pending' || row.buddy_id !== actor.userId) throw new NotFound('challenge');
	authorize(actor, 'bites.challenge.respond', { orgId: actor.orgId, participants: [row.buddy_id] });
	await db()
		.updateTable('bite_challenges')
		.set({ status: answer === 'accept' ? 'accepted' : 'declined', responded_at: nowIso() })
		.where('id', '=', challengeId)
		.where('org_id', '=', actor.orgId)
		.where('status', '=', 'pending')
		.execute();
}

/** Either colleague ends a challenge (the challenger may also withdraw a pending one): results are hidden again. */
export async function leaveChallenge(actor: Actor, challengeId: string) {
	const row = await findChallenge(actor, challengeId);
	const participants = [row.challenger_id, row.buddy_id];
	const open = row.status === 'accepted' || (row.status === 'pending' && row.challenger_id === actor.userId);
	if (!open || !participants.includes(actor.userId)) throw new NotFound('challenge');
	authorize(actor, 'bites.challenge.leave', { orgId: actor.orgId, participants });
	await db()
		.updateTable('bite_challenges')
		.set({ status: 'ended', responded_at: nowIso() })
		.where('id', '=', challengeId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export interface Progress {
	started: boolean;
	completed: boolean;
	score: number | null;
	minutes: number;
}

/**
 * The actor's challenges: their own progress, and the colleague's only while the challenge is accepted
 * (`buddyProgress` is null otherwise — nothing of theirs is read into the answer).
 */
export async function myChallenges(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_challenges')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_challenges.module_id')
		.select([
			'bite_challenges.id',
			'bite_challenges.module_id',
			'bite_challenges.challenger_id',
			'bite_challenges.buddy_id',
			'bite_challenges.created_at',
			'bite_challenges.status',
			'bite_modules.title'
		])
		.where('bite_challenges.org_id', '=', actor.orgId)
		.where((eb) =>
			eb.or([eb('bite_challenges.challenger_id', '=', actor.userId), eb('bite_challenges.buddy_id', '=', actor.userId)])
		)
		.orderBy('bite_challenges.created_at', 'desc')
		.execute();
	if (rows.length === 0) return [];
	const names = new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
	const buddyOf = (r: (typeof rows)[number]) => (r.challenger_id === actor.userId ? r.buddy_id : r.challenger_id);
	const visible = [actor.userId, ...rows.filter((r) => r.status === 'accepted').map(buddyOf)];
	const progress = await db()
		.selectFrom('bite_progress')
		.select(['module_id', 'learner_id', 'completed_at', 'score', 'seconds'])
		.where('org_id', '=', actor.orgId)
		.where('learner_id', 'in', [...new Set(visible)])
		.where('module_id', 'in', [...new Set(rows.map((r) => r.module_id))])
		.execute();
	const progressOf = (userId: string, moduleId: string): Progress => {
		const p = progress.find((x) => x.learner_id === userId && x.module_id === moduleId);
		return {
			started: !!p,
			completed: !!p?.completed_at,
			score: p?.completed_at ? (p.score ?? null) : null,
			minutes: Math.round((p?.seconds ?? 0) / 60)
		};
	};
	return rows.map((r) => {
		const iChallenged = r.challenger_id === actor.userId;
		const status = r.status as ChallengeStatus;
		const buddyId = buddyOf(r);
		return {
			id: r.id,
			moduleId: r.module_id,
			title: r.title,
			status,
			iChallenged,
			mine: progressOf(actor.userId, r.module_id),
			buddy: { userId: buddyId, name: names.get(buddyId) ?? '' },
			buddyProgress: status === 'accepted' ? progressOf(buddyId, r.module_id) : null,
			canRespond: status === 'pending' && !iChallenged,
			canLeave: status === 'accepted' || (status === 'pending' && iChallenged)
		};
	});
}
