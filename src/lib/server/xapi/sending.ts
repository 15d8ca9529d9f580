// Sends queued statements to each organisation's LRS: the job runner calls `deliverStatements` on every instance
// (app/jobs.ts), and a new statement asks for a run at once (`deliverSoon`). The claimed delivery queue
// (jobs/queue.ts, shared with the mail outbox and the webhooks) hands each statement to one sender; a batch is one
// POST <endpoint>/statements (X-Experience-API-Version 1.0.3, Basic auth). A failed batch waits longer each time
// and is sent again with the same statement ids, so an LRS that was down stores each statement once.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { log } from '../log';
import { postGuarded } from '../webhooks/index';
import { claimDue, markFailed, markSent, soonRunner, type DeliveryQueue, processOwner } from '../jobs/queue';
import { decryptFor } from '../bites/keys';

export const MAX_ATTEMPTS = 8;
/** After the n-th failed attempt: 1, 5, 30 minutes, 2, 6, 12 and 24 hours (an LRS may be down for a day). */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 360, 720, 1440].map((min) => min * 60_000);
/** statements per POST */
export const BATCH_SIZE = 50;
const TIMEOUT_MS = 15_000;
/** sent statements are kept this long for the download, then deleted */
export const KEEP_SENT_MS = 90 * 86_400_000;

const queue: DeliveryQueue = {
	table: 'xapi_statements',
	claimMs: 2 * 60_000,
	maxAttempts: MAX_ATTEMPTS,
	retryDelaysMs: RETRY_DELAYS_MS
};

/** The sending side's view: the organisation's LRS with its secret unsealed, when switched on. */
export async function activeLrs(orgId: string) {
	const row = await db()
		.selectFrom('xapi_configs')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('enabled', '=', 1)
		.executeTakeFirst();
	if (!row || !row.secret_enc) return null;
	return {
		endpoint: row.endpoint,
		key: row.auth_key,
		secret: decryptFor(orgId, row.secret_enc),
		identify: row.identify
	};
}

/** One POST of a batch; resolves with the LRS's status, rejects when it could not be reached. */
const post = (endpoint: string, key: string, secret: string, body: string) =>
	postGuarded(
		`${endpoint}/statements`,
		{
			'x-experience-api-version': '1.0.3',
			authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
			'user-agent': 'Samspil-xAPI/1'
		},
		body,
		TIMEOUT_MS
	);

export interface XapiRunResult {
	sent: number;
	failed: number;
	dead: number;
}

/** Sends what is due, batch by batch, for every organisation whose LRS is switched on. */
export async function deliverStatements(now = new Date(), owner = processOwner): Promise<XapiRunResult> {
	const result: XapiRunResult = { sent: 0, failed: 0, dead: 0 };
	await db()
		.deleteFrom('xapi_statements')
		.where('status', '=', 'sent')
		.where('created_at', '<', new Date(now.getTime() - KEEP_SENT_MS).toISOString())
		.execute();
	const orgs = await db()
		.selectFrom('xapi_statements')
		.innerJoin('xapi_configs', 'xapi_configs.org_id', 'xapi_statements.org_id')
		.select('xapi_statements.org_id')
		.distinct()
		.where('xapi_configs.enabled', '=', 1)
		.where('xapi_statements.status', 'in', ['queued', 'sending'])
		.execute();
	for (const { org_id: orgId } of orgs) {
		const lrs = await activeLrs(orgId);
		if (!lrs) continue; // waits until an admin completes the configuration
		for (;;) {
			const batch = await claimDue(queue, now, owner, BATCH_SIZE, { org_id: orgId });
			if (batch.length === 0) break;
			const rows = await db()
				.selectFrom('xapi_statements')
				.select(['id', 'statement'])
				.where(
					'id',
					'in',
					batch.map((b) => b.id)
				)
				.orderBy('created_at')
				.orderBy('id')
				.execute();
			const body = `[${rows.map((r) => r.statement).join(',')}]`;
			let error: string | null = null;
			try {
				const status = await post(lrs.endpoint, lrs.key, lrs.secret, body);
				if (status < 200 || status >= 300) error = `HTTP ${status}`;
			} catch (e) {
				error = e instanceof Error ? e.message : String(e);
			}
			if (!error) {
				await markSent(
					queue,
					batch.map((b) => b.id),
					owner,
					{ status: 'sent', sent_at: nowIso(), last_error: null }
				);
				result.sent += batch.length;
				continue;
			}
			let dead = 0;
			for (const row of batch) if ((await markFailed(queue, row, owner, now, error)).dead) dead++;
			result.dead += dead;
			result.failed += batch.length - dead;
			log.warn('xapi statements not sent', { org: orgId, statements: batch.length, dead, error: error.slice(0, 300) });
			break; // the LRS is failing: the rest waits for the next try
		}
	}
	return result;
}

const soon = soonRunner(deliverStatements, (error) => log.warn('xapi delivery failed', { error: String(error) }));

/** Sends what was just queued without waiting for the job's next look (the job still retries failures). */
export const deliverSoon = (): void => soon.soon();

/** Waits for a run started by deliverSoon (tests, shutdown). */
export const statementsSettled = () => soon.settled();
