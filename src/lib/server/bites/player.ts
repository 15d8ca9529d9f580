// The player: one card at a time, the position kept on the server after every step, so a reload, another
// device or a week later resumes where the learner stopped. Quiz answers are kept per person; a member's
// answered questions enter their spaced review.
import { recordLearning } from '../xapi/index';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import type { AnswerResult, CardView } from '$lib/bites/types';
import type { Learner } from './learners';
import { findModule, moduleView } from './modules';
import { loadCards } from './cards';
import { gradeAnswer, scorePercent } from './grading';
import { enterReview } from './review';
import { packageOfModule, type PackageView } from './package-import';
import { launchCmi5 } from './cmi5-launch';
import { getLocale } from '$lib/paraglide/runtime.js';

/** Time on a card beyond this is a coffee break, not learning. */
const MAX_STEP_SECONDS = 300;

export interface PlayContext {
	/** absolute origin for credential URLs, e.g. https://samspil.example.org */
	origin: string;
	now?: Date;
	/** an author's preview: nothing is recorded */
	preview?: boolean;
	/**
	 * The page stored for offline use (src/lib/offline/bites-store.ts): read where the learner is, but do not start
	 * the module — storing every assigned module must not count as starting them all.
	 */
	peek?: boolean;
}

/** Hooks run after a module is completed (credentials, badges); set by index.ts to avoid import cycles. */
const completionHooks: ((learner: Learner, moduleId: string, ctx: PlayContext) => Promise<void>)[] = [];
export function onModuleCompleted(hook: (learner: Learner, moduleId: string, ctx: PlayContext) => Promise<void>) {
	completionHooks.push(hook);
}

async function progressOf(learner: Learner, moduleId: string) {
	return db()
		.selectFrom('bite_progress')
		.selectAll()
		.where('module_id', '=', moduleId)
		.where('learner_id', '=', learner.id)
		.where('org_id', '=', learner.orgId)
		.executeTakeFirst();
}

async function ensureProgress(learner: Learner, moduleId: string, now: Date) {
	const existing = await progressOf(learner, moduleId);
	if (existing) return existing;
	const row = {
		id: newId(),
		org_id: learner.orgId,
		module_id: moduleId,
		learner_id: learner.id,
		position: 0,
		seconds: 0,
		started_at: nowIso(now.getTime()),
		updated_at: nowIso(now.getTime()),
		completed_at: null,
		score: null
	};
	try {
		await db().insertInto('bite_progress').values(row).execute();
	} catch {
		// Two tabs started at once: the other insert won.
		return (await progressOf(learner, moduleId))!;
	}
	await recordLearning(learner.orgId, learner, { kind: 'bite.attempted', moduleId, at: now });
	return row;
}

/** What a learner may see of a card: right answers and feedback only once they answered it. */
function learnerCard(card: CardView, answered: boolean): CardView {
	if (card.kind !== 'quiz' || answered) return card;
	return { ...card, options: card.options.map((o) => ({ id: o.id, text: o.text, correct: false, feedback: '' })) };
}

async function attemptAnswers(learner: Learner, moduleId: string, since: string) {
	return db()
		.selectFrom('bite_answers')
		.select(['card_id', 'choices', 'correct', 'answered_at'])
		.where('module_id', '=', moduleId)
		.where('learner_id', '=', learner.id)
		.where('org_id', '=', learner.orgId)
		.where('context', '=', 'module')
		.where('answered_at', '>=', since)
		.orderBy('answered_at')
		.execute();
}

export interface PlayState {
	module: ReturnType<typeof moduleView>;
	total: number;
	position: number;
	completed: boolean;
	completedAt: string | null;
	score: number | null;
	card: CardView | null;
	answer: AnswerResult | null;
	/** every card as an unanswered learner sees it: the player steps through them offline (Player.svelte) */
	cards: CardView[];
	/** an imported SCORM package the module plays instead of cards (PackagePlayer.svelte) */
	package: PackageView | null;
}

/** The learner's current place in a module (starting it when they open it the first time). */
export async function playState(
	learner: Learner,
	moduleId: string,
	ctx: PlayContext & { requirePublished?: boolean }
): Promise<PlayState> {
	const row = await findModule(learner.orgId, moduleId);
	if (ctx.requirePublished !== false && row.published !== 1) throw new NotFound('module');
	const cards = await loadCards(learner.orgId, moduleId);
	const pkg = await packageOfModule(learner.orgId, moduleId);
	const now = ctx.now ?? new Date();
	if (ctx.preview) {
		return {
			module: moduleView(row),
			total: cards.length,
			position: 0,
			completed: false,
			completedAt: null,
			score: null,
			card: cards[0] ? learnerCard(cards[0], false) : null,
			answer: null,
			cards: [],
			package: pkg
		};
	}
	const progress = ctx.peek
		? ((await progressOf(learner, moduleId)) ?? {
				position: 0,
				started_at: nowIso(now.getTime()),
				completed_at: null,
				score: null
			})
		: await ensureProgress(learner, moduleId, now);
	// A cmi5 AU is launched with its launch parameters: each opening of the module is a new session (cmi5.ts).
	const played =
		pkg?.standard === 'cmi5' && !ctx.peek
			? await launchCmi5(learner, moduleId, pkg.id, { origin: ctx.origin, language: getLocale(), now }).then(
					(launch) => ({ ...pkg, url: pkg.url + (pkg.url.includes('?') ? '&' : '?') + launch.query })
				)
			: pkg;
	const position = Math.min(progress.position, cards.length);
	const card = cards[position] ?? null;
	let answer: AnswerResult | null = null;
	if (card?.kind === 'quiz') {
		const given = (await attemptAnswers(learner, moduleId, progress.started_at)).find((a) => a.card_id === card.id);
		if (given) answer = gradeAnswer(card.options, JSON.parse(given.choices));
	}
	return {
		module: moduleView(row),
		total: cards.length,
		position,
		// A package says itself when it is complete; a module of cards is complete past its last card.
		completed: pkg ? progress.completed_at !== null : position >= cards.length,
		completedAt: progress.completed_at,
		score: progress.score,
		card: card ? learnerCard(card, !!answer) : null,
		answer,
		cards: cards.map((c) => learnerCard(c, false)),
		package: played
	};
}

async function currentCard(learner: Learner, moduleId: string, cardId: string) {
	const row = await findModule(learner.orgId, moduleId);
	if (row.published !== 1) throw new NotFound('module');
	const cards = await loadCards(learner.orgId, moduleId);
	const index = cards.findIndex((c) => c.id === cardId);
	if (index < 0) throw new NotFound('card');
	return { cards, index, card: cards[index] };
}

function spentSeconds(updatedAt: string, now: Date) {
	return Math.max(0, Math.min(MAX_STEP_SECONDS, Math.round((now.getTime() - new Date(updatedAt).getTime()) / 1000)));
}

/** Answers the quiz card the learner is on. A second answer to the same card in one attempt changes nothing. */
export async function answerCard(
	learner: Learner,
	moduleId: string,
	cardId: string,
	choices: string[],
	ctx: PlayContext & { clientId?: string | null }
): Promise<AnswerResult> {
	const { card } = await currentCard(learner, moduleId, cardId);
	if (card.kind !== 'quiz') throw new NotFound('card');
	const now = ctx.now ?? new Date();
	const progress = await ensureProgress(learner, moduleId, now);
	const earlier = (await attemptAnswers(learner, moduleId, progress.started_at)).find((a) => a.card_id === cardId);
	if (earlier) return gradeAnswer(card.options, JSON.parse(earlier.choices));
	if (choices.length === 0) throw new Invalid('error_bites_choose', 'choice');
	const result = gradeAnswer(card.options, choices);
	if (result.chosen.length === 0) throw new Invalid('error_bites_choose', 'choice');
	const inserted = await db()
		.insertInto('bite_answers')
		.values({
			id: newId(),
			org_id: learner.orgId,
			module_id: moduleId,
			card_id: cardId,
			learner_id: learner.id,
			choices: JSON.stringify(result.chosen),
			correct: result.correct ? 1 : 0,
			context: 'module',
			answered_at: nowIso(now.getTime()),
			client_id: ctx.clientId ?? null
		})
		// The same queued answer sent twice (offline queue): the unique key keeps the first, review is entered once.
		.onConflict((oc) => oc.columns(['org_id', 'learner_id', 'client_id']).doNothing())
		.executeTakeFirst();
	if (!Number(inserted.numInsertedOrUpdatedRows ?? 1)) return result;
	if (learner.kind === 'member') await enterReview(learner, cardId, result.correct, now);
	return result;
}

/** Moves on from the card the learner is on (a quiz only once answered); past the last card completes the module. */
export async function advance(learner: Learner, moduleId: string, cardId: string, ctx: PlayContext) {
	const { cards, index, card } = await currentCard(learner, moduleId, cardId);
	const now = ctx.now ?? new Date();
	const progress = await ensureProgress(learner, moduleId, now);
	// A resubmitted form (double click, back button) must not skip a card.
	if (progress.position !== index) return;
	const answers = await attemptAnswers(learner, moduleId, progress.started_at);
	if (card.kind === 'quiz' && !answers.some((a) => a.card_id === card.id))
		throw new Invalid('error_bites_answer_first', 'choice');
	const position = index + 1;
	const done = position >= cards.length;
	const firstTries = cards
		.filter((c) => c.kind === 'quiz')
		.map((c) => answers.find((a) => a.card_id === c.id)?.correct === 1);
	const score = scorePercent(firstTries);
	await db()
		.updateTable('bite_progress')
		.set({
			position,
			seconds: progress.seconds + spentSeconds(progress.updated_at, now),
			updated_at: nowIso(now.getTime()),
			...(done ? { completed_at: nowIso(now.getTime()), score } : {})
		})
		.where('id', '=', progress.id)
		.execute();
	if (!done) return;
	const { title } = await findModule(learner.orgId, moduleId);
	await recordLearning(learner.orgId, learner, {
		kind: 'bite.completed',
		moduleId,
		title,
		scorePercent: firstTries.length ? score : null,
		at: now
	});
	for (const hook of completionHooks) await hook(learner, moduleId, ctx);
}

/** One card back (to read it again); answers stay as given. */
export async function goBack(learner: Learner, moduleId: string, cardId: string, ctx: PlayContext) {
	const { index } = await currentCard(learner, moduleId, cardId);
	const progress = await ensureProgress(learner, moduleId, ctx.now ?? new Date());
	if (progress.position !== index || index === 0) return;
	await db()
		.updateTable('bite_progress')
		.set({ position: index - 1, updated_at: nowIso((ctx.now ?? new Date()).getTime()) })
		.where('id', '=', progress.id)
		.execute();
}

/** Takes the module again from the first card; the earlier completion and score stay on record. */
export async function restart(learner: Learner, moduleId: string, ctx: PlayContext) {
	await findModule(learner.orgId, moduleId);
	const now = ctx.now ?? new Date();
	const progress = await ensureProgress(learner, moduleId, now);
	await db()
		.updateTable('bite_progress')
		.set({ position: 0, started_at: nowIso(now.getTime()), updated_at: nowIso(now.getTime()) })
		.where('id', '=', progress.id)
		.execute();
	await recordLearning(learner.orgId, learner, { kind: 'bite.attempted', moduleId, at: now });
}

/** Internal: a learner's completed modules and scores (best), for credentials. */
export async function completions(learnerId: string, orgId: string) {
	return db()
		.selectFrom('bite_progress')
		.select(['module_id', 'score', 'completed_at'])
		.where('learner_id', '=', learnerId)
		.where('org_id', '=', orgId)
		.where('completed_at', 'is not', null)
		.execute();
}

/**
 * A package module (package-import.ts) reports its SCORM result: its progress row says started, or completed with
 * the score the package gave (none given: 100, as a module without questions), like a native module's last card.
 * Completing runs the same hooks (credentials).
 */
export async function recordPackageResult(
	learner: Learner,
	moduleId: string,
	result: { completed: boolean; score?: number },
	ctx: PlayContext
) {
	const now = ctx.now ?? new Date();
	const progress = await ensureProgress(learner, moduleId, now);
	if (!result.completed) return { completed: progress.completed_at !== null };
	const score = Math.round(result.score ?? 100);
	await db()
		.updateTable('bite_progress')
		.set({
			seconds: progress.seconds + spentSeconds(progress.updated_at, now),
			updated_at: nowIso(now.getTime()),
			completed_at: nowIso(now.getTime()),
			score: Math.max(score, progress.score ?? 0)
		})
		.where('id', '=', progress.id)
		.execute();
	for (const hook of completionHooks) await hook(learner, moduleId, ctx);
	return { completed: true };
}

/**
 * A cmi5 package module's outcome (cmi5.ts): its progress row gets the registration's best score (none given and
 * satisfied: 100, as recordPackageResult) and, once the AU's moveOn is satisfied, its completion, which runs the same
 * hooks (credentials). A failed attempt records its score without completing the module.
 */
export async function recordCmi5Outcome(
	learner: Learner,
	moduleId: string,
	outcome: { satisfied: boolean; score: number | null },
	ctx: PlayContext
) {
	const now = ctx.now ?? new Date();
	const progress = await ensureProgress(learner, moduleId, now);
	const completed = outcome.satisfied || progress.completed_at !== null;
	const score =
		outcome.score !== null ? Math.round(outcome.score) : completed ? (progress.score ?? 100) : progress.score;
	await db()
		.updateTable('bite_progress')
		.set({
			seconds: progress.seconds + spentSeconds(progress.updated_at, now),
			updated_at: nowIso(now.getTime()),
			completed_at: progress.completed_at ?? (outcome.satisfied ? nowIso(now.getTime()) : null),
			score
		})
		.where('id', '=', progress.id)
		.execute();
	if (completed) for (const hook of completionHooks) await hook(learner, moduleId, ctx);
	return { completed };
}
