import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.reviewPage(actor));

export const actions = {
	answer: action(bites.AnswerInput, async (actor, input) => ({
		reviewed: await bites.answerReviewQuestion(actor, input.cardId, input.choice)
	}))
};
