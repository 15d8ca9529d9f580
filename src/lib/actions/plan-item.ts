// One action on a team's plan as pages see it (the server module builds it; pages and components read it).
import type { DimensionId, Locale } from './catalogue/types';
import type { DidIt, Helped, Status } from './live';

export interface PlanItem {
	id: string;
	teamId: string;
	source: 'catalogue' | 'own' | 'board';
	catalogueId: string | null;
	/** in the reader's language for built-in catalogue actions, else as written */
	title: string;
	titles: Partial<Record<Locale, string>> | null;
	ownerId: string | null;
	ownerName: string | null;
	status: Status;
	position: number;
	startDate: string | null;
	dueDate: string | null;
	reviewDate: string | null;
	indicator: string | null;
	target: string | null;
	notes: string | null;
	dimension: DimensionId | null;
	baseline: { roundId: string | null; label: string | null; score: number | null } | null;
	boardId: string | null;
	noteId: string | null;
	/** `/boards/<id>` for actions that came from a board's decision */
	boardLink: string | null;
	nudgedAt: string | null;
	nudgedBy: string | null;
	latestReview: { didIt: DidIt; helped: Helped; comment: string | null; at: string; byName: string | null } | null;
	createdAt: string;
	updatedAt: string;
}
