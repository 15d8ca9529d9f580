import { fail } from '@sveltejs/kit';
import { calendarFeedStatus, createCalendarFeed, getLearningProfile, ProfileInput, revokeCalendarFeed, saveLearningProfile, viewerOf } from '$lib/server/learning/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => ({ profile: await getLearningProfile(actor), feed: await calendarFeedStatus(actor), viewer: await viewerOf(actor) }));
};

export const actions = {
	save: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, ProfileInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await saveLearningProfile(actor, input.value);
			return { saved: 'profile' };
		});
	},
	feed: async ({ locals, url }) => {
		const actor = requireActor(locals);
		return act(null, async () => {
			const token = await createCalendarFeed(actor);
			return { saved: 'feed', feedUrl: `${url.origin}/public/calendar/${token}.ics` };
		});
	},
	revoke: async ({ locals }) => {
		const actor = requireActor(locals);
		return act(null, async () => {
			await revokeCalendarFeed(actor);
			return { saved: 'revoked' };
		});
	}
};
