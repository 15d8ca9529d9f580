import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const due = await bites.dueReviews(actor);
		return { question: due.questions[0] ?? null, left: due.questions.length, dueTotal: due.dueTotal, nextDue: due.nextDue };
	});
};

export const actions = {
	answer: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const cardId = form.get('cardId');
		if (typeof cardId !== 'string') error(400);
		const choices = form.getAll('choice').filter((v): v is string => typeof v === 'string');
		return act(form, async () => {
			const before = (await bites.dueReviews(actor)).questions.find((q) => q.card.id === cardId);
			const result = await bites.answerReview(actor, cardId, choices);
			return { reviewed: { result, question: before?.card.body ?? '', moduleTitle: before?.moduleTitle ?? '', options: before?.card.options ?? [], quizKind: before?.card.quizKind ?? null, cardId } };
		});
	}
};
