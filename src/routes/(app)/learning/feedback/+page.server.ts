import { redirect } from '@sveltejs/kit';
import * as learning from '$lib/server/learning/index';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { url }) => ({
	...(await learning.feedbackOverview(actor)),
	to: url.searchParams.get('to') ?? '',
	pair: url.searchParams.get('pair') ?? ''
}));

export const actions = {
	give: action(learning.FeedbackInput, async (actor, input) => {
		const fb = await learning.giveFeedback(actor, input);
		redirect(303, `/learning/feedback/${fb.id}?sent=1`);
	})
};
