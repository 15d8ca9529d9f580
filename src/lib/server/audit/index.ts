// The audit log: modules record security-relevant and admin events; admins read and export them.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { log } from '../log';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import { csvCell } from '$lib/csv';

export interface AuditEvent {
	orgId: string;
	actor?: Pick<Actor, 'userId' | 'name'> | null;
	action: string;
	target?: string | null;
	detail?: Record<string, unknown>;
}

/**
 * Writes an event. Never throws into the caller's flow: a failed audit write is logged loudly instead. `exec`: the
 * caller's transaction, so the event commits (or not) with what it records.
 */
export async function record(event: AuditEvent, exec: DB = db()) {
	try {
		await exec
			.insertInto('audit_events')
			.values({
				id: newId(),
				org_id: event.orgId,
				actor_id: event.actor?.userId ?? null,
				actor_name: event.actor?.name ?? null,
				action: event.action,
				target: event.target ?? null,
				detail: event.detail ? JSON.stringify(event.detail) : null,
				at: nowIso()
			})
			.execute();
	} catch (error) {
		log.error('audit write failed', { action: event.action, error: String(error) });
	}
}

export async function listEvents(actor: Actor, options: { limit?: number; before?: string } = {}) {
	authorize(actor, 'audit.view', { orgId: actor.orgId });
	let q = db()
		.selectFrom('audit_events')
		.select(['id', 'actor_name', 'action', 'target', 'detail', 'at'])
		.where('org_id', '=', actor.orgId)
		.orderBy('at', 'desc')
		.orderBy('id')
		.limit(Math.min(options.limit ?? 200, 10_000));
	if (options.before) q = q.where('at', '<', options.before);
	return q.execute();
}

export async function exportCsv(actor: Actor): Promise<string> {
	const rows = await listEvents(actor, { limit: 10_000 });
	const lines = [['at', 'actor', 'action', 'target', 'detail'].join(',')];
	for (const r of rows) lines.push([r.at, r.actor_name, r.action, r.target, r.detail].map(csvCell).join(','));
	return lines.join('\r\n') + '\r\n';
}
