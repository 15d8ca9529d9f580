import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.challengesPage(actor));

export const actions = {
	create: action(bites.ChallengeInput, async (actor, input) => {
		await bites.createChallenge(actor, input);
		return { created: true };
	}),
	respond: action(bites.RespondInput, async (actor, input) => {
		await bites.respondToChallenge(actor, input.challengeId, input.answer);
		return { responded: input.answer };
	}),
	leave: action(bites.LeaveInput, async (actor, input) => {
		await bites.leaveChallenge(actor, input.challengeId);
		return { left: true };
	})
};
