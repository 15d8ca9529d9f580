// The outgoing chat queue: a message is a row, posted by the `chat.deliver` job. Each row is claimed with one
// conditional UPDATE (so one instance posts it), tried again after growing delays, and dead after MAX_ATTEMPTS;
// then its channel is marked failing (shown on /settings/chat) until a message gets through again.
// Kept apart from mail/outbox.ts and webhooks/delivery.ts on purpose: both are being moved to a shared queue
// (src/lib/server/jobs); this small one should move there too when that lands.
import type { Transaction } from 'kysely';
import { db } from '../db/current';
import type { Database } from '../db/schema';
import { newId } from '../ids';
import { log } from '../log';

export const MAX_ATTEMPTS = 4;
/** after the first, second, third failure */
export const RETRY_DELAYS_MS = [30_000, 5 * 60_000, 30 * 60_000];
const CLAIM_MS = 60_000;
const TIMEOUT_MS = 10_000;
const BATCH = 100;
/** sent and dead messages are kept this long (the settings page shows the latest few) */
export const KEEP_MESSAGES_MS = 30 * 86_400_000;

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
export async function deliverChats(now = new Date()): Promise<{ sent: number; failed: number; dead: number }> {
	const at = now.toISOString();
	const due = await db()
		.selectFrom('chat_messages')
		.innerJoin('chat_hooks', 'chat_hooks.id', 'chat_messages.hook_id')
		.select([
			'chat_messages.id',
			'chat_messages.hook_id',
			'chat_messages.attempts',
			'chat_messages.payload',
			'chat_messages.status',
			'chat_hooks.url',
			'chat_hooks.enabled'
		])
		.where((eb) =>
			eb.or([
				eb.and([eb('chat_messages.status', '=', 'queued'), eb('chat_messages.next_attempt_at', '<=', at)]),
				// an instance that died while posting: its claim runs out
				eb.and([eb('chat_messages.status', '=', 'sending'), eb('chat_messages.claim_until', '<', at)])
			])
		)
		.orderBy('chat_messages.next_attempt_at')
		.limit(BATCH)
		.execute();
	const result = { sent: 0, failed: 0, dead: 0 };
	for (const m of due) {
		const claimed = await db()
			.updateTable('chat_messages')
			.set({ status: 'sending', claim_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
			.where('id', '=', m.id)
			.where('status', '=', m.status)
			.where('attempts', '=', m.attempts)
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) continue;
		const error = !m.enabled || !m.url ? 'channel turned off' : await post(m.url, m.payload);
		const attempts = m.attempts + 1;
		if (error === null) {
			result.sent++;
			await db()
				.updateTable('chat_messages')
				.set({ status: 'sent', attempts, sent_at: new Date().toISOString(), claim_until: null, last_error: null })
				.where('id', '=', m.id)
				.execute();
			await db()
				.updateTable('chat_hooks')
				.set({ failing_since: null, last_error: null })
				.where('id', '=', m.hook_id)
				.where('failing_since', 'is not', null)
				.execute();
			continue;
		}
		const dead = attempts >= MAX_ATTEMPTS || !m.enabled;
		if (dead) result.dead++;
		else result.failed++;
		await db()
			.updateTable('chat_messages')
			.set({
				status: dead ? 'dead' : 'queued',
				attempts,
				last_error: error,
				claim_until: null,
				next_attempt_at: new Date(now.getTime() + (RETRY_DELAYS_MS[attempts - 1] ?? 0)).toISOString()
			})
			.where('id', '=', m.id)
			.execute();
		if (dead && m.enabled) {
			log.warn('chat message failed every attempt', { hook: m.hook_id, error });
			await db()
				.updateTable('chat_hooks')
				.set({ failing_since: at, last_error: error })
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
