// Action plans (migrations/0005_actions.js): an organisation's own catalogue actions, teams' plan items
// and their reviews.
import type { DidIt, Helped, Status } from '$lib/actions/live';

/** An organisation's own catalogue action; list fields are JSON arrays in text. */
export interface ActionCustomTable {
	id: string;
	org_id: string;
	title: string;
	why: string;
	how: string;
	factors: string;
	dimensions: string;
	driver: string;
	effort: string;
	first_effect_weeks: number;
	indicator: string;
	created_by: string;
	created_at: string;
	archived_at: string | null;
}

/** One action on a team's plan. Dates are YYYY-MM-DD. */
export interface ActionItemsTable {
	id: string;
	org_id: string;
	team_id: string;
	source: 'catalogue' | 'own' | 'board';
	catalogue_id: string | null;
	title: string;
	owner_id: string | null;
	status: Status;
	position: number;
	start_date: string | null;
	due_date: string | null;
	review_date: string | null;
	indicator: string | null;
	target: string | null;
	notes: string | null;
	dimension_id: string | null;
	baseline_round_id: string | null;
	baseline_label: string | null;
	baseline_score: number | null;
	board_id: string | null;
	note_id: string | null;
	nudged_at: string | null;
	nudged_by: string | null;
	created_by: string;
	created_at: string;
	updated_at: string;
}

/** The team's answers at a review: did we do it, did it help. */
export interface ActionReviewsTable {
	id: string;
	org_id: string;
	item_id: string;
	did_it: DidIt;
	helped: Helped;
	comment: string | null;
	reviewed_by: string;
	reviewed_at: string;
}

export interface ActionTables {
	action_custom: ActionCustomTable;
	action_items: ActionItemsTable;
	action_reviews: ActionReviewsTable;
}
