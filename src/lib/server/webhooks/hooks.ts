// An organisation's webhooks, managed by its admins: register an endpoint and its events (the signing secret is
// shown once), see each hook's recent deliveries, turn a disabled hook back on, remove one.
import { randomBytes } from 'node:crypto';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { endpointProblem } from './address';
import { EVENT_TYPES, type EventType } from './events';

const MAX_HOOKS = 20;
/** deliveries shown per hook on the settings page */
const LOG_LENGTH = 20;

export interface WebhookInput {
	url: string;
	events: EventType[];
}

export async function registerWebhook(actor: Actor, input: WebhookInput): Promise<{ id: string; secret: string }> {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const problem = await endpointProblem(input.url);
	if (problem) throw new Invalid(problem, 'url');
	const events = EVENT_TYPES.filter((e) => input.events.includes(e));
	if (events.length === 0) throw new Invalid('error_webhook_events', 'events');
	const count = await db().selectFrom('webhooks').select('id').where('org_id', '=', actor.orgId).execute();
	if (count.length >= MAX_HOOKS) throw new Invalid('error_webhook_too_many', 'url');
	const id = newId();
	const secret = `whsec_${randomBytes(32).toString('base64')}`;
	await db()
		.insertInto('webhooks')
		.values({
			id,
			org_id: actor.orgId,
			url: input.url,
			events: events.join(' '),
			secret,
			created_by: actor.userId,
			created_at: nowIso(),
			disabled_at: null,
			disabled_reason: null
		})
		.execute();
	await record({ orgId: actor.orgId, actor, action: 'webhook.create', target: id, detail: { url: input.url, events } });
	return { id, secret };
}

/** The settings page: every hook (never its secret) with its latest deliveries. */
export async function listWebhooks(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const hooks = await db()
		.selectFrom('webhooks')
		.select(['id', 'url', 'events', 'created_at', 'disabled_at', 'disabled_reason'])
		.where('org_id', '=', actor.orgId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const out = [];
	for (const h of hooks) {
		const deliveries = await db()
			.selectFrom('webhook_deliveries')
			.select([
				'id',
				'event',
				'status',
				'attempts',
				'last_status',
				'last_error',
				'created_at',
				'delivered_at',
				'next_attempt_at'
			])
			.where('webhook_id', '=', h.id)
			.where('org_id', '=', actor.orgId)
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.limit(LOG_LENGTH)
			.execute();
		out.push({
			id: h.id,
			url: h.url,
			events: h.events.split(' '),
			createdAt: h.created_at,
			disabledAt: h.disabled_at,
			deliveries: deliveries.map((d) => ({
				id: d.id,
				event: d.event,
				status: d.status,
				attempts: d.attempts,
				lastStatus: d.last_status,
				lastError: d.last_error,
				createdAt: d.created_at,
				deliveredAt: d.delivered_at,
				nextAttemptAt: d.status === 'queued' ? d.next_attempt_at : null
			}))
		});
	}
	return { hooks: out, events: [...EVENT_TYPES] };
}

async function ownHook(actor: Actor, id: string) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const hook = await db()
		.selectFrom('webhooks')
		.select(['id', 'url'])
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!hook) throw new NotFound('webhook');
	return hook;
}

/** Turns a disabled hook back on; what died while it was off stays dead (the log shows it). */
export async function enableWebhook(actor: Actor, id: string) {
	const hook = await ownHook(actor, id);
	await db()
		.updateTable('webhooks')
		.set({ disabled_at: null, disabled_reason: null })
		.where('id', '=', hook.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await record({ orgId: actor.orgId, actor, action: 'webhook.enable', target: hook.id, detail: { url: hook.url } });
}

export async function removeWebhook(actor: Actor, id: string) {
	const hook = await ownHook(actor, id);
	await db().deleteFrom('webhooks').where('id', '=', hook.id).where('org_id', '=', actor.orgId).execute();
	await record({ orgId: actor.orgId, actor, action: 'webhook.remove', target: hook.id, detail: { url: hook.url } });
}
