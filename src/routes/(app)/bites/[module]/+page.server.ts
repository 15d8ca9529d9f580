import * as bites from '$lib/server/bites/index';
import type { Actor } from '$lib/server/actor';
import { action, NoInput, page } from '$lib/server/http';
import { OFFLINE_STORE_HEADER } from '$lib/offline/caches';

/** The header the offline store sends (src/lib/offline/bites-store.ts): the stored copy does not start the module. */
export const load = page(async (actor, { params, url, request }) => ({
	state: await bites.play(actor, params.module, {
		origin: url.origin,
		peek: request.headers.get(OFFLINE_STORE_HEADER) === '1'
	})
}));

/** Who may play is asked before the form is read: someone refused learns nothing about the form. */
const options = {
	access: (actor: Actor, { params }: { params: Record<string, string> }) => bites.playable(actor, params.module)
};

export const actions = {
	answer: action(
		bites.AnswerInput,
		async (actor, input, { params, url }) => {
			await bites.answer(actor, params.module, input.cardId, input.choice, {
				origin: url.origin,
				clientId: input.clientId
			});
			return { answered: true };
		},
		options
	),
	next: action(
		bites.CardInput,
		(actor, input, { params, url }) => bites.next(actor, params.module, input.cardId, { origin: url.origin }),
		options
	),
	back: action(
		bites.CardInput,
		(actor, input, { params, url }) => bites.back(actor, params.module, input.cardId, { origin: url.origin }),
		options
	),
	packageResult: action(
		bites.PackageResultInput,
		(actor, input, { params, url }) => bites.recordPackageResult(actor, params.module, input, { origin: url.origin }),
		options
	),
	restart: action(
		NoInput,
		(actor, _input, { params, url }) => bites.restart(actor, params.module, { origin: url.origin }),
		options
	)
};
