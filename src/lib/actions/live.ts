// The live action-plan document `live/actions/<teamId>`: a server-authored projection of the team's
// plan (SQL is the source of truth). The server writes it after each committed change; the plan page
// reads it to show other people's changes at once. One layout, used by server, page and tests.
import type * as Y from 'yjs';
import type { DimensionId, Locale } from './catalogue/types';

export const STATUSES = ['planned', 'doing', 'done', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

export const DID_IT = ['yes', 'partly', 'no'] as const;
export type DidIt = (typeof DID_IT)[number];
export const HELPED = ['yes', 'somewhat', 'no', 'unsure'] as const;
export type Helped = (typeof HELPED)[number];

export const LIVE_PREFIX = 'live/actions';

export function liveDocName(teamId: string): string {
	return `${LIVE_PREFIX}/${teamId}`;
}

/** What a card on the plan's board shows. */
export interface PlanCard {
	id: string;
	/** the title as written (own and board actions, custom catalogue actions) */
	title: string;
	/** built-in catalogue actions: the title in every language, so each reader sees their own */
	titles: Partial<Record<Locale, string>> | null;
	status: Status;
	position: number;
	ownerId: string | null;
	ownerName: string | null;
	dueDate: string | null;
	reviewDate: string | null;
	source: 'catalogue' | 'own' | 'board';
	boardId: string | null;
	dimension: DimensionId | null;
	review: { didIt: DidIt; helped: Helped; at: string } | null;
	updatedAt: string;
}

export function cardTitle(card: Pick<PlanCard, 'title' | 'titles'>, locale: string): string {
	return card.titles?.[locale as Locale] ?? card.title;
}

/** Due date passed and the action neither done nor dropped. `today` is YYYY-MM-DD. */
export function isOverdue(card: Pick<PlanCard, 'dueDate' | 'status'>, today: string): boolean {
	return !!card.dueDate && card.dueDate < today && (card.status === 'planned' || card.status === 'doing');
}

function cardsMap(doc: Y.Doc): Y.Map<PlanCard> {
	return doc.getMap<PlanCard>('cards');
}

/** Brings the document to exactly `cards`, touching only what changed (so updates stay small). */
export function writeCards(doc: Y.Doc, cards: PlanCard[]): void {
	const map = cardsMap(doc);
	const keep = new Set(cards.map((c) => c.id));
	for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
	for (const card of cards) {
		const current = map.get(card.id);
		if (!current || JSON.stringify(current) !== JSON.stringify(card)) map.set(card.id, card);
	}
}

/** The plan's cards in board order: by status column, then position. */
export function readCards(doc: Y.Doc): PlanCard[] {
	return sortCards([...cardsMap(doc).values()]);
}

export function sortCards(cards: PlanCard[]): PlanCard[] {
	return [...cards].sort(
		(a, b) =>
			STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.position - b.position || a.id.localeCompare(b.id)
	);
}
