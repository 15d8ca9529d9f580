import type { z } from 'zod';
import * as learning from '$lib/server/learning/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { params, url }) => ({
	...(await learning.feedbackPage(actor, params.feedback)),
	sent: url.searchParams.has('sent')
}));

/** The receiver's answer to this feedback; the page says `saved` next to the form. */
const onFeedback = <S extends z.ZodType>(
	schema: S,
	saved: string,
	change: (actor: Actor, feedbackId: string, input: z.output<S>) => Promise<unknown>
) =>
	action(schema, async (actor, input, { params }) => {
		await change(actor, params.feedback ?? '', input);
		return { saved };
	});

export const actions = {
	reply: onFeedback(learning.ReplyInput, 'reply', learning.replyToFeedback),
	helpful: onFeedback(learning.HelpfulInput, 'helpful', (actor, id, input) =>
		learning.markHelpful(actor, id, input.helpful === '1')
	),
	share: onFeedback(learning.ShareInput, 'share', (actor, id, input) =>
		learning.shareFeedback(actor, id, input.userId)
	),
	unshare: onFeedback(learning.ShareInput, 'share', (actor, id, input) =>
		learning.unshareFeedback(actor, id, input.userId)
	)
};
