import * as learning from '$lib/server/learning/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => learning.profilePage(actor));

export const actions = {
	save: action(learning.ProfileInput, async (actor, input) => {
		await learning.saveLearningProfile(actor, input);
		return { saved: 'profile' };
	}),
	feed: action(async (actor, _input, { url }) => {
		const token = await learning.createCalendarFeed(actor);
		return { saved: 'feed', feedUrl: `${url.origin}/public/calendar/${token}.ics` };
	}),
	revoke: action(async (actor) => {
		await learning.revokeCalendarFeed(actor);
		return { saved: 'revoked' };
	})
};
