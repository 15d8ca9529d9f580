// Sends queued webhook deliveries: the job runner calls `deliverWebhooks` on every instance (app/jobs.ts), and an
// emitted event asks for a run at once (`deliverSoon`). The claimed delivery queue (jobs/queue.ts, shared with the
// mail outbox) sends each row once however many instances look; a failure waits longer each time
// (RETRY_DELAYS_MS) and after MAX_ATTEMPTS the delivery is dead, its hook disabled, and the organisation's admins
// are told (a notification and an audit event). Signed per Standard Webhooks
// (`standardwebhooks`): headers webhook-id, webhook-timestamp and webhook-signature `v1,<base64 HMAC-SHA256 of
// "id.timestamp.body">` under the hook's whsec_ secret.
import { Webhook } from 'standardwebhooks';
import { db } from '../db/current';
import { nowIso } from '../ids';
import { log } from '../log';
import { record } from '../audit/index';
import { recordNudges } from '../notify/index';
import { activeAdminIds } from '../orgs/index';
import { postGuarded } from './address';
import { claimDue, markFailed, markSent, soonRunner, type DeliveryQueue, processOwner } from '../jobs/queue';

export const MAX_ATTEMPTS = 5;
/** After the n-th failed attempt, the next waits RETRY_DELAYS_MS[n-1]: 1, 5, 30 minutes, 2 hours. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120].map((min) => min * 60_000);
const CLAIM_MS = 2 * 60_000;
/** finished deliveries are kept this long for the log, then deleted */
export const KEEP_DELIVERIES_MS = 30 * 86_400_000;

/** Signs a body as Standard Webhooks prescribes; the headers to send with it. */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
	return {
		'webhook-id': id,
		'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
		'webhook-signature': new Webhook(secret).sign(id, at, body)
	};
}

export interface WebhookRunResult {
	delivered: number;
	failed: number;
	dead: number;
}

const queue: DeliveryQueue = {
	table: 'webhook_deliveries',
	claimMs: CLAIM_MS,
	maxAttempts: MAX_ATTEMPTS,
	retryDelaysMs: RETRY_DELAYS_MS
};

/** Sends what is due; `owner` names this caller in its claims. */
export async function deliverWebhooks(now = new Date(), owner = processOwner): Promise<WebhookRunResult> {
	const result: WebhookRunResult = { delivered: 0, failed: 0, dead: 0 };
	await db()
		.deleteFrom('webhook_deliveries')
		.where('status', 'in', ['delivered', 'dead'])
		.where('created_at', '<', new Date(now.getTime() - KEEP_DELIVERIES_MS).toISOString())
		.execute();
	for (const claim of await claimDue(queue, now, owner, 100)) {
		const { id } = claim;
		const row = await db()
			.selectFrom('webhook_deliveries')
			.innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
			.select([
				'webhook_deliveries.payload',
				'webhook_deliveries.webhook_id',
				'webhook_deliveries.org_id',
				'webhooks.url',
				'webhooks.secret',
				'webhooks.disabled_at'
			])
			.where('webhook_deliveries.id', '=', id)
			.executeTakeFirstOrThrow();
		let status: number | null = null;
		let error: string | null = null;
		if (row.disabled_at) error = 'the hook is disabled';
		else {
			try {
				status = await postGuarded(
					row.url,
					{ 'user-agent': 'Samspil-Webhooks/1', ...signedHeaders(row.secret, id, new Date(), row.payload) },
					row.payload
				);
				if (status < 200 || status >= 300) error = `HTTP ${status}`;
			} catch (e) {
				error = e instanceof Error ? e.message : String(e);
			}
		}
		if (!error) {
			await markSent(queue, [id], owner, {
				status: 'delivered',
				attempts: claim.attempts + 1,
				last_status: status,
				last_error: null,
				delivered_at: nowIso()
			});
			result.delivered++;
			continue;
		}
		const { attempts, dead } = await markFailed(
			queue,
			claim,
			owner,
			now,
			error,
			{ last_status: status },
			!!row.disabled_at
		);
		log.warn('webhook not delivered', {
			id,
			hook: row.webhook_id,
			attempt: attempts,
			dead,
			error: error.slice(0, 300)
		});
		if (dead) {
			result.dead++;
			if (!row.disabled_at) await disableHook(row.org_id, row.webhook_id, row.url, now);
		} else result.failed++;
	}
	return result;
}

/** After a delivery failed every attempt: the hook stops, its queue dies with it, and every admin is told. */
async function disableHook(orgId: string, hookId: string, url: string, now: Date) {
	const r = await db()
		.updateTable('webhooks')
		.set({ disabled_at: now.toISOString(), disabled_reason: 'failures' })
		.where('id', '=', hookId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) return; // another instance did
	await db()
		.updateTable('webhook_deliveries')
		.set({ status: 'dead', last_error: 'the hook is disabled' })
		.where('webhook_id', '=', hookId)
		.where('status', '=', 'queued')
		.execute();
	await record({ orgId, action: 'webhook.disabled', target: hookId, detail: { url, attempts: MAX_ATTEMPTS } });
	await recordNudges(
		(await activeAdminIds(orgId)).map((userId) => ({
			orgId,
			userId,
			kind: 'webhook_disabled',
			key: `webhook-disabled:${hookId}:${now.toISOString()}`,
			messageKey: 'notice_webhook_disabled',
			params: { url },
			link: '/settings/webhooks'
		})),
		now
	);
}

const soon = soonRunner(deliverWebhooks, (error) => log.warn('webhook delivery failed', { error: String(error) }));

/** Sends what was just queued without waiting for the job's next look (the job still retries failures). */
export const deliverSoon = (): void => soon.soon();

/** Waits for a run started by deliverSoon (tests, shutdown). */
export const deliveriesSettled = () => soon.settled();
