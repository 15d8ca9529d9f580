// The events a webhook may subscribe to, and how a module emits one: a delivery row per subscribed, enabled hook
// of the organisation, sent by the delivery job (delivery.ts). Payloads name records by id and carry aggregates
// only: no person's name or email, no survey answer or count below the organisation's minimum group size (the
// survey event carries the whole round's numbers when the round reached it, never a team's).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { log } from '../log';
import { deliverSoon } from './delivery';
import type { LiveDimension } from '$lib/surveys/live';

export const EVENT_TYPES = ['action.changed', 'credential.issued', 'survey.round.closed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The whole round's numbers a `survey.round.closed` event carries (surveys/results.ts makes them). */
export interface ClosedRoundAggregates {
	responses: number;
	/** the same shape the live view gives a dimension */
	dimensions: LiveDimension[];
}

export interface EventData {
	'action.changed': {
		actionId: string;
		teamId: string;
		status: string;
		change: 'created' | 'updated' | 'moved' | 'removed';
	};
	'credential.issued': { credentialId: string; definitionId: string; title: string; issuedAt: string };
	'survey.round.closed': {
		roundId: string;
		surveyId: string;
		closedAt: string;
		resultsPath: string;
		/** the whole round's numbers; null when it has fewer answers than the minimum group size */
		results: ClosedRoundAggregates | null;
	};
}

/**
 * Queues the event for the organisation's hooks. Never throws into the caller's flow (the change it reports has
 * happened): a failure to queue is logged.
 */
export async function emitEvent<T extends EventType>(orgId: string, type: T, data: EventData[T]): Promise<void> {
	try {
		const hooks = await db()
			.selectFrom('webhooks')
			.select(['id', 'events'])
			.where('org_id', '=', orgId)
			.where('disabled_at', 'is', null)
			.execute();
		const subscribed = hooks.filter((h) => h.events.split(' ').includes(type));
		if (subscribed.length === 0) return;
		const now = nowIso();
		const payload = JSON.stringify({ type, timestamp: now, data });
		await db()
			.insertInto('webhook_deliveries')
			.values(
				subscribed.map((h) => ({
					id: `msg_${newId()}`,
					webhook_id: h.id,
					org_id: orgId,
					event: type,
					payload,
					status: 'queued' as const,
					attempts: 0,
					next_attempt_at: now,
					claim_owner: null,
					claim_until: null,
					last_status: null,
					last_error: null,
					created_at: now,
					delivered_at: null
				}))
			)
			.execute();
		deliverSoon();
	} catch (error) {
		log.error('webhook event not queued', { type, error: String(error) });
	}
}
