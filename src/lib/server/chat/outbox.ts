// The outgoing chat queue: a message is a row, posted by the `chat.deliver` job through the claimed delivery queue
// the mail outbox, webhooks and xAPI share (src/lib/server/jobs/queue.ts): one instance posts each row, tried again
// after growing delays, dead after MAX_ATTEMPTS; then its channel is marked failing (shown on /settings/chat) until
// a message gets through again.
import type { Transaction } from 'kysely';
import { db } from '../db/current';
import type { Database } from '../db/schema';
import { newId } from '../ids';
import { log } from '../log';
import { claimDue, markFailed, markSent, processOwner, type DeliveryQueue } from '../jobs/queue';

export const MAX_ATTEMPTS = 4;
/** after the first, second, third failure */
export const RETRY_DELAYS_MS = [30_000, 5 * 60_000, 30 * 60_000];
const CLAIM_MS = 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 100;
/** sent and dead messages are kept this long (the settings page shows the latest few) */
export const KEEP_MESSAGES_MS = 30 * 86_400_000;
const QUEUE: DeliveryQueue = {
	table: 'chat_messages',
	claimMs: CLAIM_MS,
	maxAttempts: MAX_ATTEMPTS,
	retryDelaysMs: RETRY_DELAYS_MS
};

export interface QueuedChat {
	orgId: string;
	hookId: string;
	kind: string;
	body: object;
}

export async function queueChats(messages: QueuedChat[], now = new Date(), trx?: Transaction<Database>) {
	for (const m of messages) {
		await (trx ?? db())
			.insertInto('chat_messages')
			.values({
				id: newId(),
				org_id: m.orgId,
				hook_id: m.hookId,
				kind: m.kind,
				payload: JSON.stringify(m.body),
				status: 'queued',
				attempts: 0,
				next_attempt_at: now.toISOString(),
				claim_owner: null,
				claim_until: null,
				last_error: null,
				created_at: now.toISOString(),
				sent_at: null
			})
			.execute();
	}
	return messages.length;
}

async function post(url: string, payload: string): Promise<string | null> {
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: payload,
			redirect: 'error',
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
		await response.body?.cancel();
		return response.ok ? null : `HTTP ${response.status}`;
	} catch (error) {
		return String((error as Error).message ?? error).slice(0, 200);
	}
}

/** Posts what is due (new, or waiting to be tried again). Returns what happened, for the job's log. */
export async function deliverChats(
	now = new Date(),
	owner = processOwner
): Promise<{ sent: number; failed: number; dead: number }> {
	const result = { sent: 0, failed: 0, dead: 0 };
	for (const row of await claimDue(QUEUE, now, owner, BATCH)) {
		const m = await db()
			.selectFrom('chat_messages')
			.innerJoin('chat_hooks', 'chat_hooks.id', 'chat_messages.hook_id')
			.select(['chat_messages.hook_id', 'chat_messages.payload', 'chat_hooks.url', 'chat_hooks.enabled'])
			.where('chat_messages.id', '=', row.id)
			.executeTakeFirst();
		if (!m) continue; // its channel was removed meanwhile (the message with it)
		const error = !m.enabled || !m.url ? 'channel turned off' : await post(m.url, m.payload);
		if (error === null) {
			result.sent++;
			await markSent(QUEUE, [row.id], owner, {
				status: 'sent',
				attempts: row.attempts + 1,
				sent_at: new Date().toISOString(),
				last_error: null
			});
			await db()
				.updateTable('chat_hooks')
				.set({ failing_since: null, last_error: null })
				.where('id', '=', m.hook_id)
				.where('failing_since', 'is not', null)
				.execute();
			continue;
		}
		// a channel turned off: nothing will get through, so the message is dead at once
		const { dead } = await markFailed(QUEUE, row, owner, now, error, {}, !m.enabled);
		if (dead) result.dead++;
		else result.failed++;
		if (dead && m.enabled) {
			log.warn('chat message failed every attempt', { hook: m.hook_id, error });
			await db()
				.updateTable('chat_hooks')
				.set({ failing_since: now.toISOString() })
				.where('id', '=', m.hook_id)
				.where('failing_since', 'is', null)
				.execute();
			await db().updateTable('chat_hooks').set({ last_error: error }).where('id', '=', m.hook_id).execute();
		}
	}
	await db()
		.deleteFrom('chat_messages')
		.where('status', 'in', ['sent', 'dead'])
		.where('created_at', '<', new Date(now.getTime() - KEEP_MESSAGES_MS).toISOString())
		.execute();
	return result;
}
