import * as webhooks from '$lib/server/webhooks/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page((actor) => webhooks.listWebhooks(actor));

/** Admins only: others are refused before the form is read. */
const access = (actor: Actor) => webhooks.listWebhooks(actor);

export const actions = {
	/** A new hook; its signing secret is in this answer only. */
	create: action(
		webhooks.WebhookInput,
		async (actor, input) => ({
			created: { url: input.url, secret: (await webhooks.registerWebhook(actor, input)).secret }
		}),
		{ access }
	),
	enable: action(
		webhooks.WebhookIdInput,
		async (actor, input) => {
			await webhooks.enableWebhook(actor, input.webhookId);
			return { enabled: input.webhookId };
		},
		{ access }
	),
	remove: action(
		webhooks.WebhookIdInput,
		async (actor, input) => {
			await webhooks.removeWebhook(actor, input.webhookId);
			return { removed: input.webhookId };
		},
		{ access }
	)
};
