// An organisation's Learning Record Store, configured by its admins: endpoint, key and secret (sealed with the
// organisation's derived key like the SSO client secret, and never shown back: the page only says it is set and
// its last four characters), how people are named, on or off; and the backlog of statements with a download.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import type { Actor } from '../actor';
import { record } from '../audit/index';
import { decryptFor, encryptFor } from '../bites/keys';
import { endpointProblem } from '../webhooks/index';
import { XapiRangeInput, type XapiConfigFields } from './schemas';
import { deliverSoon } from './sending';

/** Only the organisation's admins see or change its LRS. */
export function xapiAccess(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
}

const hint = (secret: string) => (secret.length > 8 ? `…${secret.slice(-4)}` : '…');

export async function xapiSettings(actor: Actor) {
	xapiAccess(actor);
	const row = await db().selectFrom('xapi_configs').selectAll().where('org_id', '=', actor.orgId).executeTakeFirst();
	return {
		xapi: {
			endpoint: row?.endpoint ?? '',
			key: row?.auth_key ?? '',
			secretHint: row?.secret_enc ? hint(decryptFor(actor.orgId, row.secret_enc)) : null,
			identify: row?.identify ?? 'account',
			enabled: row?.enabled === 1
		},
		backlog: await backlog(actor.orgId)
	};
}

async function backlog(orgId: string) {
	const counts = await db()
		.selectFrom('xapi_statements')
		.select(['status', (eb) => eb.fn.countAll<number>().as('n')])
		.where('org_id', '=', orgId)
		.groupBy('status')
		.execute();
	const count = (...statuses: string[]) =>
		counts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + Number(c.n), 0);
	const last = await db()
		.selectFrom('xapi_statements')
		.select(['last_error', 'next_attempt_at'])
		.where('org_id', '=', orgId)
		.where('last_error', 'is not', null)
		.orderBy('next_attempt_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return {
		waiting: count('queued', 'sending'),
		failed: count('dead'),
		sent: count('sent'),
		lastError: last?.last_error ?? null
	};
}

export async function saveXapiSettings(actor: Actor, input: XapiConfigFields) {
	xapiAccess(actor);
	const endpoint = input.endpoint.replace(/\/+$/, '');
	if (!/^https?:\/\//.test(endpoint) || !URL.canParse(endpoint) || new URL(endpoint).username)
		throw new Invalid('xapi_error_endpoint', 'endpoint');
	// Where the server will call (SSRF, as for webhooks): checked once sending is switched on, and again at every
	// connection; a switched-off configuration (the demo's) may name a host that does not resolve.
	const problem = input.enabled ? await endpointProblem(endpoint) : null;
	if (problem) throw new Invalid(problem === 'error_webhook_url' ? 'xapi_error_endpoint' : problem, 'endpoint');
	const existing = await db()
		.selectFrom('xapi_configs')
		.select('secret_enc')
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	const secret = input.secret.trim();
	const sealed = secret ? encryptFor(actor.orgId, secret) : (existing?.secret_enc ?? null);
	if (input.enabled && !sealed) throw new Invalid('xapi_error_secret', 'secret');
	const values = {
		endpoint,
		auth_key: input.key,
		secret_enc: sealed,
		identify: input.identify,
		enabled: input.enabled ? 1 : 0,
		updated_at: nowIso()
	};
	if (existing) await db().updateTable('xapi_configs').set(values).where('org_id', '=', actor.orgId).execute();
	else
		await db()
			.insertInto('xapi_configs')
			.values({ org_id: actor.orgId, ...values })
			.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'xapi.configure',
		detail: { endpoint, enabled: input.enabled, identify: input.identify, secretChanged: !!secret }
	});
	if (input.enabled) deliverSoon();
}

/**
 * The statements made in a date range (whole UTC days, both included), as the LRS receives them. Without dates:
 * the last 30 days.
 */
export async function statementsBetween(actor: Actor, fromDay?: string | null, toDay?: string | null) {
	xapiAccess(actor);
	const today = new Date().toISOString().slice(0, 10);
	const range = XapiRangeInput.safeParse({
		from: fromDay || new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
		to: toDay || today
	});
	if (!range.success) throw new Invalid('error_invalid', 'from');
	const { from, to } = range.data;
	if (to < from) throw new Invalid('xapi_error_range', 'to');
	const rows = await db()
		.selectFrom('xapi_statements')
		.select('statement')
		.where('org_id', '=', actor.orgId)
		.where('created_at', '>=', `${from}T00:00:00.000Z`)
		.where('created_at', '<', new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000).toISOString())
		.orderBy('created_at')
		.orderBy('id')
		.limit(50_000)
		.execute();
	return rows.map((r) => JSON.parse(r.statement) as object);
}
