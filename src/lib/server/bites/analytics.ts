// Numbers for authors (a whole module) and managers (their team): starts, completions, time spent,
// how hard each quiz question is, and how well answers are remembered over the review schedule.
import { db } from '../db/current';
import { authorize } from '../policy';
import { listTeamMembers } from '../orgs/index';
import type { Actor } from '../actor';
import { findModule, loadCards } from './modules';

/** Review intervals (days since the previous review) grouped for the retention chart. */
export const RETENTION_BUCKETS = [
	{ label: '1', min: 0, max: 1 },
	{ label: '2–3', min: 2, max: 3 },
	{ label: '4–7', min: 4, max: 7 },
	{ label: '8–14', min: 8, max: 14 },
	{ label: '15–30', min: 15, max: 30 },
	{ label: '31+', min: 31, max: Infinity }
];

export async function moduleAnalytics(actor: Actor, moduleId: string, teamId?: string) {
	const module = await findModule(actor.orgId, moduleId);
	let learners: string[] | null = null;
	if (teamId) {
		authorize(actor, 'bites.analytics', { orgId: actor.orgId, teamId });
		learners = (await listTeamMembers(actor, teamId)).map((m) => m.id);
	} else {
		authorize(actor, 'bites.author', { orgId: actor.orgId });
	}
	const only = <T extends { learner_id: string }>(rows: T[]) => (learners ? rows.filter((r) => learners!.includes(r.learner_id)) : rows);

	const progress = only(await db().selectFrom('bite_progress').select(['learner_id', 'completed_at', 'seconds', 'score']).where('org_id', '=', actor.orgId).where('module_id', '=', moduleId).execute());
	const completed = progress.filter((p) => p.completed_at);
	const cards = (await loadCards(actor.orgId, moduleId)).filter((c) => c.kind === 'quiz');
	const answers = only(
		await db().selectFrom('bite_answers').select(['card_id', 'learner_id', 'correct', 'answered_at']).where('org_id', '=', actor.orgId).where('module_id', '=', moduleId).where('context', '=', 'module').orderBy('answered_at').execute()
	);
	const items = cards.map((c) => {
		const first = new Map<string, number>();
		for (const a of answers) if (a.card_id === c.id && !first.has(a.learner_id)) first.set(a.learner_id, a.correct);
		const n = first.size;
		const right = [...first.values()].filter((v) => v === 1).length;
		return { cardId: c.id, question: c.body, answers: n, correctPercent: n ? Math.round((100 * right) / n) : null };
	});
	const log = only(
		await db()
			.selectFrom('bite_review_log')
			.innerJoin('bite_cards', 'bite_cards.id', 'bite_review_log.card_id')
			.select(['bite_review_log.learner_id', 'bite_review_log.rating', 'bite_review_log.elapsed_days'])
			.where('bite_review_log.org_id', '=', actor.orgId)
			.where('bite_cards.module_id', '=', moduleId)
			.where('bite_review_log.elapsed_days', '>', 0)
			.execute()
	);
	const retention = RETENTION_BUCKETS.map((b) => {
		const inBucket = log.filter((l) => l.elapsed_days >= b.min && l.elapsed_days <= b.max);
		const recalled = inBucket.filter((l) => l.rating !== 1).length;
		return { label: b.label, reviews: inBucket.length, recalledPercent: inBucket.length ? Math.round((100 * recalled) / inBucket.length) : null };
	});
	return {
		module: { id: module.id, title: module.title },
		starts: progress.length,
		completions: completed.length,
		completionPercent: progress.length ? Math.round((100 * completed.length) / progress.length) : 0,
		averageMinutes: completed.length ? Math.round((10 * completed.reduce((s, p) => s + p.seconds, 0)) / completed.length / 60) / 10 : 0,
		averageScore: completed.length ? Math.round(completed.reduce((s, p) => s + (p.score ?? 0), 0) / completed.length) : null,
		items,
		retention
	};
}
