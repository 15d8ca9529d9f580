// Live results for a workshop: after each committed response the round's projection document
// (`live/survey/<roundId>`) is rewritten through the app's live writer (src/lib/server/live.ts: the
// runtime's sync server), which persists and broadcasts it. Without one, nothing is written.
// Only the whole round goes there, through the same rules as every other view (results.ts).
import { registerDocType, type Principal } from '../sync/index';
import type { Actor } from '../actor';
import { DomainError } from '../errors';
import { log } from '../log';
import { liveWriter, writeLive } from '../live';
import { liveDocName, writeLiveSnapshot, type LiveSnapshot } from '$lib/surveys/live';
import { roundTotals } from './results';
import { roundAccess } from './round-access';
import type { LikertStats } from './scoring';

export type { LiveWriter as LiveSync } from '../live';

export async function liveSnapshot(actor: Actor, roundId: string): Promise<Omit<LiveSnapshot, 'version'>> {
	const t = await roundTotals(actor, roundId);
	const shown = t.total !== null;
	return {
		roundId,
		roundName: t.round.name,
		surveyTitle: t.survey.title,
		status: t.round.status,
		minimum: t.minimum,
		shown,
		responses: t.total ? t.total.responses : null,
		dimensions: t.total
			? t.dimensions
					.filter((d) => t.total!.dimensions[d.id])
					.map((d) => {
						const s = t.total!.dimensions[d.id];
						return {
							id: d.id,
							key: d.key,
							name: d.name,
							mean: s.mean,
							favourable: s.favourable,
							neutral: s.neutral,
							unfavourable: s.unfavourable
						};
					})
			: [],
		items: t.total
			? t.questions
					.filter((q) => q.kind === 'likert')
					.map((q) => {
						const s = t.total!.items[q.id] as LikertStats;
						return {
							id: q.id,
							dimensionId: q.dimensionId,
							text: q.text,
							reverse: q.reverse,
							mean: s.mean,
							favourable: s.favourable,
							neutral: s.neutral,
							unfavourable: s.unfavourable
						};
					})
			: []
	};
}

/** Rewrites the round's live document now. */
export async function publishLive(actor: Actor, roundId: string): Promise<void> {
	if (!liveWriter()) return;
	const snapshot = await liveSnapshot(actor, roundId);
	await writeLive(liveDocName(roundId), (doc) => writeLiveSnapshot(doc, snapshot));
}

const running = new Map<string, Promise<void>>();
const again = new Set<string>();

/**
 * Publishes after a write without holding up the person who wrote. Bursts coalesce: while one
 * publish of a round runs, further requests fold into a single follow-up, so a workshop where everyone
 * submits at once costs a few recomputations, not one per response.
 */
export function publishLiveSoon(actor: Actor, roundId: string) {
	if (running.has(roundId)) {
		again.add(roundId);
		return;
	}
	const run = (async () => {
		do {
			again.delete(roundId);
			try {
				await publishLive(actor, roundId);
			} catch (error) {
				log.warn('survey live publish failed', { round: roundId, error: String(error) });
			}
		} while (again.has(roundId));
	})().finally(() => running.delete(roundId));
	running.set(roundId, run);
}

/** Resolves when no live publish is pending (tests). */
export async function liveIdle() {
	while (running.size) await Promise.all(running.values());
}

/** Who may follow a round live: whoever may see its results (read-only; live documents are the server's). */
export async function livePermission(principal: Principal, roundId: string) {
	if (principal.kind !== 'user') return 'none' as const;
	try {
		const access = await roundAccess(principal.actor, roundId);
		return access.views.length > 0 ? ('read' as const) : ('none' as const);
	} catch (error) {
		if (error instanceof DomainError) return 'none' as const;
		throw error;
	}
}

export function registerSurveyLiveDocs() {
	return registerDocType('live/survey', livePermission);
}
