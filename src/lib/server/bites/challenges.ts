// Buddy challenge: two colleagues take the same module and compare how they did.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { isMember, listMembers } from '../orgs/index';
import type { Actor } from '../actor';
import { findModule } from './modules';

export async function createChallenge(actor: Actor, input: { moduleId: string; buddyId: string }) {
	const module = await findModule(actor.orgId, input.moduleId);
	if (module.published !== 1) throw new NotFound('module');
	if (!(await isMember(input.buddyId, actor.orgId))) throw new NotFound('member');
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	if (input.buddyId === actor.userId) throw new Invalid('error_bites_buddy_self', 'buddyId');
	const id = newId();
	await db().insertInto('bite_challenges').values({ id, org_id: actor.orgId, module_id: input.moduleId, challenger_id: actor.userId, buddy_id: input.buddyId, created_at: nowIso() }).execute();
	return id;
}

export interface Side {
	userId: string;
	name: string;
	started: boolean;
	completed: boolean;
	score: number | null;
	minutes: number;
}

/** The actor's challenges, each with both sides' progress side by side. */
export async function myChallenges(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_challenges')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_challenges.module_id')
		.select(['bite_challenges.id', 'bite_challenges.module_id', 'bite_challenges.challenger_id', 'bite_challenges.buddy_id', 'bite_challenges.created_at', 'bite_modules.title'])
		.where('bite_challenges.org_id', '=', actor.orgId)
		.where((eb) => eb.or([eb('bite_challenges.challenger_id', '=', actor.userId), eb('bite_challenges.buddy_id', '=', actor.userId)]))
		.orderBy('bite_challenges.created_at', 'desc')
		.execute();
	if (rows.length === 0) return [];
	const names = new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
	const people = [...new Set(rows.flatMap((r) => [r.challenger_id, r.buddy_id]))];
	const progress = await db()
		.selectFrom('bite_progress')
		.select(['module_id', 'learner_id', 'completed_at', 'score', 'seconds'])
		.where('org_id', '=', actor.orgId)
		.where('learner_id', 'in', people)
		.where('module_id', 'in', [...new Set(rows.map((r) => r.module_id))])
		.execute();
	const side = (userId: string, moduleId: string): Side => {
		const p = progress.find((x) => x.learner_id === userId && x.module_id === moduleId);
		return { userId, name: names.get(userId) ?? '', started: !!p, completed: !!p?.completed_at, score: p?.completed_at ? (p.score ?? null) : null, minutes: Math.round((p?.seconds ?? 0) / 60) };
	};
	return rows.map((r) => {
		const meFirst = r.challenger_id === actor.userId;
		return {
			id: r.id,
			moduleId: r.module_id,
			title: r.title,
			mine: side(actor.userId, r.module_id),
			buddy: side(meFirst ? r.buddy_id : r.challenger_id, r.module_id),
			iChallenged: meFirst
		};
	});
}
