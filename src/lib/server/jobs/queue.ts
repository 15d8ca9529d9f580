// A claimed delivery queue: rows waiting to go somewhere (an email, a webhook call, xAPI statements), sent by
// whichever instance's job looks first. Each caller keeps its own table and its own sender; what they share is
// here: a row is claimed by one conditional UPDATE (queued → sending, with an owner and a claim deadline), which
// exactly one caller can win on SQLite and PostgreSQL; a claim whose instance died is taken back once its
// deadline passes; a failure waits longer each time and after the last attempt the row is dead.
// The table is named at run time, so the queries go through an untyped view of the database; the columns they
// touch are the ones every queue table declares (QueueRow).
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { db } from '../db/current';

export interface QueueRow {
	id: string;
	status: string;
	attempts: number;
	next_attempt_at: string;
	claim_owner: string | null;
	claim_until: string | null;
	last_error: string | null;
	created_at: string;
}

export interface DeliveryQueue {
	/** the table that holds the rows; it has QueueRow's columns */
	table: 'mail_outbox' | 'webhook_deliveries' | 'xapi_statements' | 'chat_messages';
	/** a claim not finished by then (its instance died) is taken back and sent again */
	claimMs: number;
	maxAttempts: number;
	/** after the n-th failed attempt, the next waits retryDelaysMs[n-1] */
	retryDelaysMs: number[];
}

/** This process, as the owner of the rows it claims (one per process: a second instance is another owner). */
export const processOwner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

type Values = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is a parameter (see the top)
const untyped = () => db() as unknown as Kysely<any>;

/**
 * Takes back expired claims, then claims up to `limit` due rows, oldest first. Returns the ids this owner
 * won, with their attempts so far; a row another caller won in between is left out.
 */
export async function claimDue(
	queue: DeliveryQueue,
	now: Date,
	owner: string,
	limit: number,
	where: Values = {}
): Promise<{ id: string; attempts: number }[]> {
	const at = now.toISOString();
	await untyped()
		.updateTable(queue.table)
		.set({ status: 'queued', claim_owner: null, claim_until: null })
		.where('status', '=', 'sending')
		.where('claim_until', '<', at)
		.execute();
	let due = untyped()
		.selectFrom(queue.table)
		.select(['id', 'attempts'])
		.where('status', '=', 'queued')
		.where('next_attempt_at', '<=', at);
	for (const [column, value] of Object.entries(where)) due = due.where(column, '=', value);
	const rows: { id: string; attempts: number }[] = await due.orderBy('created_at').orderBy('id').limit(limit).execute();
	const won: { id: string; attempts: number }[] = [];
	for (const row of rows) {
		const claimed = await untyped()
			.updateTable(queue.table)
			.set({
				status: 'sending',
				claim_owner: owner,
				claim_until: new Date(now.getTime() + queue.claimMs).toISOString()
			})
			.where('id', '=', row.id)
			.where('status', '=', 'queued')
			.where('next_attempt_at', '<=', at)
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) === 1) won.push({ id: row.id, attempts: Number(row.attempts) });
	}
	return won;
}

/** Marks claimed rows as sent (`status` and what else the caller records); only while this owner holds them. */
export async function markSent(
	queue: DeliveryQueue,
	ids: string[],
	owner: string,
	values: Values & { status: string }
) {
	if (ids.length === 0) return;
	await untyped()
		.updateTable(queue.table)
		.set({ ...values, claim_owner: null, claim_until: null })
		.where('id', 'in', ids)
		.where('claim_owner', '=', owner)
		.execute();
}

/**
 * Records a failed attempt of a claimed row: queued again after the next delay, or dead after the last attempt
 * (or at once when `dead` is forced). Returns whether it is dead now.
 */
export async function markFailed(
	queue: DeliveryQueue,
	row: { id: string; attempts: number },
	owner: string,
	now: Date,
	error: string,
	values: Values = {},
	forceDead = false
): Promise<{ attempts: number; dead: boolean }> {
	const attempts = row.attempts + 1;
	const dead = forceDead || attempts >= queue.maxAttempts;
	await untyped()
		.updateTable(queue.table)
		.set({
			status: dead ? 'dead' : 'queued',
			attempts,
			last_error: error.slice(0, 300),
			next_attempt_at: dead
				? now.toISOString()
				: new Date(
						now.getTime() + queue.retryDelaysMs[Math.min(attempts, queue.retryDelaysMs.length) - 1]
					).toISOString(),
			claim_owner: null,
			claim_until: null,
			...values
		})
		.where('id', '=', row.id)
		.where('claim_owner', '=', owner)
		.execute();
	return { attempts, dead };
}

/**
 * A "send it now" trigger: one run at a time per process; a call during a run asks for one more run after it,
 * so what was queued meanwhile is not left for the job's next look.
 */
export function soonRunner(run: () => Promise<unknown>, onError: (error: unknown) => void) {
	let running: Promise<void> | undefined;
	let again = false;
	return {
		soon(): void {
			if (running) {
				again = true;
				return;
			}
			running = (async () => {
				do {
					again = false;
					await run().catch(onError);
				} while (again);
			})().finally(() => (running = undefined));
		},
		settled: () => running ?? Promise.resolve()
	};
}
