// The author's preview: the module as a learner sees it, in a phone-sized frame, stepping by links and a
// GET form, so nothing is recorded.
import * as bites from '$lib/server/bites/index';
import { gradeAnswer } from '$lib/server/bites/grading';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const { module, cards } = await bites.preview(actor, params.module);
		const index = Math.max(0, Math.min(cards.length, Number(url.searchParams.get('card') ?? 0) || 0));
		const card = cards[index] ?? null;
		const choices = url.searchParams.getAll('choice');
		const answer = card?.kind === 'quiz' && choices.length ? gradeAnswer(card.options, choices) : null;
		const shown = card && card.kind === 'quiz' && !answer ? { ...card, options: card.options.map((o) => ({ ...o, correct: false, feedback: '' })) } : card;
		return { module, index, total: cards.length, card: shown, answer };
	});
};
