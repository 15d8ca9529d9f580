// "Today's bite": the one module to take next, and why. In order: an assignment with a due date (the soonest, an
// overdue one first); else the next step of the learner's paths; else an assignment without a date; else a module
// tagged with something the learner said they want to learn (their learning profile); else any module not taken yet.
import { db } from '../db/current';
import type { Actor } from '../actor';
import { getLearningProfile } from '../learning/index';
import { moduleView, type ModuleRow } from './modules';
import { myAssignments, type MyBite } from './assignments';
import { myPaths } from './path-progress';

/** Why a bite is suggested, when it is not simply assigned: the path it is next on, or the wanted skill it teaches. */
export type BiteReason = { kind: 'path'; title: string } | { kind: 'wants'; skill: string } | null;
export type TodaysBite = MyBite & { reason: BiteReason };

const soonest = (list: MyBite[]) =>
	[...list].sort(
		(a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || Number(b.started) - Number(a.started)
	)[0];

/** Published modules the learner has not completed, oldest first. */
async function untaken(actor: Actor) {
	return db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('published', '=', 1)
		.where(
			'id',
			'not in',
			db()
				.selectFrom('bite_progress')
				.select('module_id')
				.where('learner_id', '=', actor.userId)
				.where('completed_at', 'is not', null)
		)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

async function asBite(actor: Actor, row: ModuleRow | ReturnType<typeof moduleView>, reason: BiteReason) {
	const module = 'org_id' in row ? moduleView(row) : row;
	const progress = await db()
		.selectFrom('bite_progress')
		.select(['position', 'score'])
		.where('org_id', '=', actor.orgId)
		.where('learner_id', '=', actor.userId)
		.where('module_id', '=', module.id)
		.executeTakeFirst();
	return {
		module,
		dueOn: null,
		position: progress?.position ?? 0,
		started: !!progress,
		completed: false,
		score: progress?.score ?? null,
		reason
	};
}

export async function todaysBite(actor: Actor): Promise<TodaysBite | null> {
	const assigned = (await myAssignments(actor)).filter((a) => !a.completed);
	const dated = assigned.filter((a) => a.dueOn);
	if (dated.length) return { ...soonest(dated), reason: null };

	const path = (await myPaths(actor)).find((p) => p.next);
	if (path?.next) return asBite(actor, path.next.module, { kind: 'path', title: path.title });

	if (assigned.length) return { ...soonest(assigned), reason: null };

	const candidates = await untaken(actor);
	const { wants } = await getLearningProfile(actor);
	for (const row of candidates) {
		const tags = moduleView(row).tags;
		const skill = wants.find((w) => tags.includes(w.trim().toLowerCase()));
		if (skill) return asBite(actor, row, { kind: 'wants', skill });
	}
	return candidates[0] ? asBite(actor, candidates[0], null) : null;
}
