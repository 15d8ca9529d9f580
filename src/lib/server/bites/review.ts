// The daily review: every quiz question a member has answered is scheduled by FSRS; the review shows
// the ones due, a few a day, and each answer schedules the question again.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound, Invalid } from '../errors';
import type { Actor } from '../actor';
import type { AnswerResult, CardView } from '$lib/bites/types';
import type { Learner } from './learners';
import { memberLearner } from './learners';
import { parseOptions } from './cards';
import { gradeAnswer } from './grading';
import { scheduleAnswer, type ReviewState } from './scheduler';
import { getSettings } from './settings';
import { recordLearning } from '../xapi/index';

async function reviewRow(learnerId: string, orgId: string, cardId: string) {
	return db()
		.selectFrom('bite_reviews')
		.selectAll()
		.where('card_id', '=', cardId)
		.where('learner_id', '=', learnerId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
}

/** Schedules an answer: the first puts the question into the learner's review, later ones move it on. */
export async function recordReview(learner: Learner, cardId: string, correct: boolean, now: Date) {
	const existing = await reviewRow(learner.id, learner.orgId, cardId);
	const next = scheduleAnswer(existing ?? null, correct, now);
	if (existing) {
		await db().updateTable('bite_reviews').set(next.state).where('id', '=', existing.id).execute();
	} else {
		await db()
			.insertInto('bite_reviews')
			.values({ id: newId(), org_id: learner.orgId, card_id: cardId, learner_id: learner.id, ...next.state })
			.execute();
	}
	await db()
		.insertInto('bite_review_log')
		.values({
			id: newId(),
			org_id: learner.orgId,
			card_id: cardId,
			learner_id: learner.id,
			rating: next.rating,
			elapsed_days: next.elapsedDays,
			scheduled_days: next.state.scheduled_days,
			reviewed_at: nowIso(now.getTime())
		})
		.execute();
	return next.state;
}

/** From the player: a question answered for the first time enters the review (later module retakes don't reschedule). */
export async function enterReview(learner: Learner, cardId: string, correct: boolean, now: Date) {
	if (await reviewRow(learner.id, learner.orgId, cardId)) return;
	await recordReview(learner, cardId, correct, now);
}

export interface DueQuestion {
	card: CardView;
	moduleTitle: string;
	due: string;
}

/** Today's review: questions due now, oldest first, at most the organisation's daily number. */
export async function dueReviews(
	actor: Actor,
	now = new Date()
): Promise<{ questions: DueQuestion[]; dueTotal: number; nextDue: string | null }> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const settings = await getSettings(actor.orgId);
	const base = db()
		.selectFrom('bite_reviews')
		.innerJoin('bite_cards', 'bite_cards.id', 'bite_reviews.card_id')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_cards.module_id')
		.where('bite_reviews.learner_id', '=', actor.userId)
		.where('bite_reviews.org_id', '=', actor.orgId)
		.where('bite_modules.published', '=', 1);
	const rows = await base
		.select([
			'bite_cards.id',
			'bite_cards.position',
			'bite_cards.body',
			'bite_cards.quiz_kind',
			'bite_cards.options',
			'bite_modules.title',
			'bite_reviews.due'
		])
		.where('bite_reviews.due', '<=', now.toISOString())
		.orderBy('bite_reviews.due')
		.execute();
	const next = await base
		.select('bite_reviews.due')
		.where('bite_reviews.due', '>', now.toISOString())
		.orderBy('bite_reviews.due')
		.limit(1)
		.executeTakeFirst();
	return {
		dueTotal: rows.length,
		nextDue: next?.due ?? null,
		questions: rows.slice(0, settings.dailyReview).map((r) => ({
			moduleTitle: r.title,
			due: r.due,
			card: {
				id: r.id,
				position: r.position,
				kind: 'quiz',
				body: r.body,
				html: '',
				mediaId: null,
				mediaUrl: null,
				mediaMime: null,
				alt: null,
				quizKind: r.quiz_kind,
				options: parseOptions(r.options).map((o) => ({ id: o.id, text: o.text, correct: false, feedback: '' }))
			}
		}))
	};
}

/** Answers a question in the review; returns the marked answer and when the question comes back. */
export async function answerReview(
	actor: Actor,
	cardId: string,
	choices: string[],
	now = new Date()
): Promise<AnswerResult & { nextDue: string }> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const row = await reviewRow(actor.userId, actor.orgId, cardId);
	if (!row) throw new NotFound('review');
	const card = await db()
		.selectFrom('bite_cards')
		.select(['options', 'module_id'])
		.where('id', '=', cardId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!card) throw new NotFound('card');
	if (choices.length === 0) throw new Invalid('error_bites_choose', 'choice');
	const result = gradeAnswer(parseOptions(card.options), choices);
	if (result.chosen.length === 0) throw new Invalid('error_bites_choose', 'choice');
	// Answering a question that is not due yet (a second tab) reschedules nothing.
	if (new Date(row.due) > now) return { ...result, nextDue: row.due };
	await db()
		.insertInto('bite_answers')
		.values({
			id: newId(),
			org_id: actor.orgId,
			module_id: card.module_id,
			card_id: cardId,
			learner_id: actor.userId,
			choices: JSON.stringify(result.chosen),
			correct: result.correct ? 1 : 0,
			context: 'review',
			answered_at: nowIso(now.getTime())
		})
		.execute();
	const state: ReviewState = await recordReview(memberLearner(actor), cardId, result.correct, now);
	await recordLearning(
		actor.orgId,
		{ id: actor.userId, email: actor.email },
		{
			kind: 'review.answered',
			cardId,
			moduleId: card.module_id,
			correct: result.correct,
			at: now
		}
	);
	return { ...result, nextDue: state.due };
}
