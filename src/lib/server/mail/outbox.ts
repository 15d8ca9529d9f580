// The outbox: an email is a row queued in the transaction of what causes it, and sent by `deliverOutbox`,
// which the job runner calls on every instance (app/jobs.ts) and which runs at once after a queue (`deliverSoon`)
// so a reset arrives without waiting for the next look. Each row is claimed by one conditional UPDATE
// (status queued → sending) before it is sent, which exactly one caller can win on SQLite and PostgreSQL: an
// email goes out once however many instances look. A failed send waits longer each time (RETRY_DELAYS_MS);
// after MAX_ATTEMPTS it is a dead letter the organisation's admins see (and may queue again). Bodies are
// emptied once sent, and a dead security email's body too: its link is a credential. Nothing here logs a body.
import type { Transaction } from 'kysely';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { app } from '../app/context';
import { db } from '../db/current';
import type { DB } from '../db/index';
import type { Database } from '../db/schema';
import { newId, nowIso } from '../ids';
import { log } from '../log';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { claimDue, markFailed, markSent, soonRunner, type DeliveryQueue } from '../jobs/queue';

/** Emails that carry a credential or are needed to get in: no unsubscribe, and never kept once dead. */
export const SECURITY_KINDS = ['invitation', 'password_reset', 'learner_rejoin', 'twofactor_reset'] as const;
export const isSecurityKind = (kind: string) => (SECURITY_KINDS as readonly string[]).includes(kind);

export const MAX_ATTEMPTS = 5;
/** After the n-th failed attempt, the next waits RETRY_DELAYS_MS[n-1]: 1, 4, 16, 64 minutes. */
export const RETRY_DELAYS_MS = [1, 4, 16, 64].map((min) => min * 60_000);
/** A claim not finished by then (its instance died) is taken back and sent again. */
const CLAIM_MS = 5 * 60_000;

export interface OutgoingEmail {
	orgId: string | null;
	userId: string | null;
	to: string;
	kind: string;
	locale: string;
	subject: string;
	text: string;
	html: string;
	headers?: Record<string, string>;
}

type Executor = DB | Transaction<Database>;

/** Queues an email in the caller's transaction (or on its own); it goes out after that commits. */
export async function queueEmail(executor: Executor, email: OutgoingEmail): Promise<string> {
	const id = newId();
	const now = nowIso();
	await executor
		.insertInto('mail_outbox')
		.values({
			id,
			org_id: email.orgId,
			user_id: email.userId,
			to_address: email.to,
			kind: email.kind,
			locale: email.locale,
			subject: email.subject,
			text_body: email.text,
			html_body: email.html,
			headers: JSON.stringify(email.headers ?? {}),
			status: 'queued',
			attempts: 0,
			next_attempt_at: now,
			claim_owner: null,
			claim_until: null,
			last_error: null,
			created_at: now,
			sent_at: null
		})
		.execute();
	return id;
}

/** Queues several in the caller's transaction; returns how many. */
export async function queueEmails(executor: Executor, emails: OutgoingEmail[]): Promise<number> {
	for (const email of emails) await queueEmail(executor, email);
	return emails.length;
}

/** Whether email can be sent at all (SMTP_URL set). */
export const mailEnabled = () => !!app().mailer;

const defaultOwner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

export interface DeliveryResult {
	sent: number;
	failed: number;
	dead: number;
}

const queue: DeliveryQueue = {
	table: 'mail_outbox',
	claimMs: CLAIM_MS,
	maxAttempts: MAX_ATTEMPTS,
	retryDelaysMs: RETRY_DELAYS_MS
};

/** Sends what is due; `owner` names this caller in its claims (tests use two). */
export async function deliverOutbox(now = new Date(), owner = defaultOwner): Promise<DeliveryResult> {
	const result: DeliveryResult = { sent: 0, failed: 0, dead: 0 };
	const mailer = app().mailer;
	if (!mailer) return result; // without SMTP, rows stay queued (none are queued then: see callers)
	for (const claim of await claimDue(queue, now, owner, 100)) {
		const { id } = claim;
		const row = await db().selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		try {
			await mailer.send({
				to: row.to_address,
				subject: row.subject,
				text: row.text_body,
				html: row.html_body,
				locale: row.locale,
				headers: JSON.parse(row.headers)
			});
			await markSent(queue, [id], owner, { status: 'sent', sent_at: nowIso(), text_body: '', html_body: '' });
			result.sent++;
		} catch (error) {
			// The SMTP server's answer, never the message: a body may hold a link.
			const message = error instanceof Error ? error.message : String(error);
			const willDie = claim.attempts + 1 >= MAX_ATTEMPTS;
			const { attempts, dead } = await markFailed(
				queue,
				claim,
				owner,
				now,
				message,
				willDie && isSecurityKind(row.kind) ? { text_body: '', html_body: '' } : {}
			);
			log.warn('email not sent', { id, kind: row.kind, attempt: attempts, dead, error: message.slice(0, 300) });
			if (dead) result.dead++;
			else result.failed++;
		}
	}
	return result;
}

const soon = soonRunner(deliverOutbox, (error) => log.warn('outbox delivery failed', { error: String(error) }));

/** Sends what was just queued without waiting for the job's next look (the job still retries failures). */
export function deliverSoon(): void {
	if (mailEnabled()) soon.soon();
}

export interface UndeliveredEmail {
	id: string;
	to: string;
	kind: string;
	error: string;
	at: string;
	/** security emails are not sent again: their link is gone, and the person can ask anew */
	retryable: boolean;
}

/** The organisation's dead letters, newest first (the admin's settings page). */
export async function listUndeliveredEmails(actor: Actor): Promise<UndeliveredEmail[]> {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('mail_outbox')
		.select(['id', 'to_address', 'kind', 'last_error', 'next_attempt_at'])
		.where('org_id', '=', actor.orgId)
		.where('status', '=', 'dead')
		.orderBy('next_attempt_at', 'desc')
		.limit(200)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		to: r.to_address,
		kind: r.kind,
		error: r.last_error ?? '',
		at: r.next_attempt_at,
		retryable: !isSecurityKind(r.kind)
	}));
}

/** Queues a dead letter again, with a fresh set of attempts. */
export async function retryUndeliveredEmail(actor: Actor, id: string) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const row = await db()
		.selectFrom('mail_outbox')
		.select(['kind'])
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.where('status', '=', 'dead')
		.executeTakeFirst();
	if (!row) throw new NotFound('email');
	if (isSecurityKind(row.kind)) throw new Invalid('error_mail_not_retryable');
	await db()
		.updateTable('mail_outbox')
		.set({ status: 'queued', attempts: 0, next_attempt_at: nowIso(), last_error: null })
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.where('status', '=', 'dead')
		.execute();
	deliverSoon();
}
