// Outgoing webhooks (Standard Webhooks): admins register endpoints and events; modules emit events; a job delivers
// them signed, with retries, and disables a hook that keeps failing.
export {
	registerWebhook,
	listWebhooks,
	enableWebhook,
	removeWebhook,
	type WebhookInput as WebhookFields
} from './hooks';
export { emitEvent, EVENT_TYPES, type EventType, type EventData, type ClosedRoundAggregates } from './events';
export {
	deliverWebhooks,
	deliverSoon,
	deliveriesSettled,
	signedHeaders,
	MAX_ATTEMPTS,
	RETRY_DELAYS_MS,
	KEEP_DELIVERIES_MS
} from './delivery';
export { isPrivateAddress, endpointProblem, guardedLookup, postGuarded } from './address';
export { WebhookInput, WebhookIdInput } from './schemas';
