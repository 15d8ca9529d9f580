import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { NoInput, publicAction, publicPage } from '$lib/server/http';
import { OFFLINE_STORE_HEADER } from '$lib/offline/caches';

/** The header the offline store sends (src/lib/offline/bites-store.ts): the stored copy does not start the module. */
export const load = publicPage(async ({ params, cookies, url, request }) => {
	const secret = cookies.get(bites.LEARNER_COOKIE);
	const state = await bites.external.playIfJoined(params.collection, secret, params.module, {
		origin: url.origin,
		peek: request.headers.get(OFFLINE_STORE_HEADER) === '1'
	});
	if (!state) redirect(303, `/public/bites/${params.collection}`);
	return { state, token: params.collection };
});

/** The external learner of this collection, on this module. */
const learnerOf = ({ params, cookies, url }: RequestEvent) =>
	[params.collection ?? '', cookies.get(bites.LEARNER_COOKIE), params.module ?? '', { origin: url.origin }] as const;

export const actions = {
	answer: publicAction(bites.AnswerInput, async (input, event) => {
		const [token, secret, module, ctx] = learnerOf(event);
		await bites.external.answer(token, secret, module, input.cardId, input.choice, {
			...ctx,
			clientId: input.clientId
		});
		return { answered: true };
	}),
	next: publicAction(bites.CardInput, (input, event) => {
		const [token, secret, module, ctx] = learnerOf(event);
		return bites.external.next(token, secret, module, input.cardId, ctx);
	}),
	back: publicAction(bites.CardInput, (input, event) => {
		const [token, secret, module, ctx] = learnerOf(event);
		return bites.external.back(token, secret, module, input.cardId, ctx);
	}),
	packageResult: publicAction(bites.PackageResultInput, (input, event) => {
		const [token, secret, module, ctx] = learnerOf(event);
		return bites.external.packageResult(token, secret, module, input, ctx);
	}),
	restart: publicAction(NoInput, (_input, event) => bites.external.restart(...learnerOf(event)))
};
