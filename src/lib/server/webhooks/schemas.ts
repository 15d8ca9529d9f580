// The webhook forms' fields.
import { z } from 'zod';
import { id } from '../http/ids';
import { EVENT_TYPES } from './events';

export const WebhookInput = z.object({
	url: z.string().trim().min(1).max(500),
	events: z.array(z.enum(EVENT_TYPES)).min(1, { message: 'error_webhook_events' })
});

export const WebhookIdInput = z.object({ webhookId: id() });
