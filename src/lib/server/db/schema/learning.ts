// Learning together (migrations/0006_learning.js): programmes, pairs, schedules, logs, checklists, feedback
// and calendar feeds.
import type { Generated } from 'kysely';
import type { Cadence, Kind as ProgrammeKind, Role as ParticipantRole } from '$lib/learning/labels';

// The value lists are shared with the pages; ParticipantRole — guide: buddy or mentor; learner: new colleague
// or mentee; peer: in a feedback circle.
export type { Cadence, ProgrammeKind, ParticipantRole };

export interface LearningProgrammesTable {
	id: string;
	org_id: string;
	team_id: string;
	kind: ProgrammeKind;
	name: string;
	goals: string | null;
	cadence: Cadence;
	/** YYYY-MM-DD, local to time_zone */
	start_date: string;
	end_date: string | null;
	session_count: number | null;
	session_minutes: number;
	/** HH:MM, the default time of day for new pairs */
	start_time: string;
	time_zone: string;
	created_by: string;
	created_at: string;
}

export interface LearningParticipantsTable {
	id: string;
	org_id: string;
	programme_id: string;
	user_id: string;
	role: ParticipantRole;
	created_at: string;
}

export interface LearningProfilesTable {
	id: string;
	org_id: string;
	user_id: string;
	/** ISO weekdays the person can meet, e.g. "1,2,3,4,5" */
	available_days: string;
	/** how many people they are willing to guide at once */
	capacity: number;
	updated_at: string;
}

export interface LearningSkillsTable {
	id: string;
	org_id: string;
	user_id: string;
	direction: 'offer' | 'want';
	skill: string;
	/** lower-cased, trimmed: what matching compares */
	skill_key: string;
}

export interface LearningExclusionsTable {
	id: string;
	org_id: string;
	programme_id: string;
	user_a: string;
	user_b: string;
	created_at: string;
}

export interface LearningPairsTable {
	id: string;
	org_id: string;
	team_id: string;
	programme_id: string;
	/** buddy, mentor, or the first of two peers */
	guide_id: string;
	learner_id: string;
	/** rotation round of a peer-feedback circle (1-based), null otherwise */
	round: number | null;
	source: 'manual' | 'suggested' | 'rotation';
	first_date: string;
	start_time: string;
	time_zone: string;
	/** 1: one session only (a circle's round); 0: the programme's cadence */
	single: number;
	created_at: string;
	ended_at: string | null;
}

export interface LearningExceptionsTable {
	id: string;
	org_id: string;
	pair_id: string;
	/** the occurrence's original local date */
	occurrence_date: string;
	action: 'skip' | 'move';
	moved_date: string | null;
	moved_time: string | null;
	created_by: string;
	created_at: string;
}

export interface LearningLogsTable {
	id: string;
	org_id: string;
	team_id: string;
	programme_id: string;
	pair_id: string;
	author_id: string;
	partner_id: string;
	held_on: string;
	occurrence_date: string | null;
	minutes: number;
	practised: string;
	skills: string;
	next_step: string;
	confirmed_at: string | null;
	created_at: string;
	/** made on the device for a log sent from the offline queue: stored once per author (migration 0029) */
	client_id: Generated<string | null>;
}

export interface LearningChecklistItemsTable {
	id: string;
	org_id: string;
	programme_id: string;
	title: string;
	position: number;
	created_at: string;
}

export interface LearningSignoffsTable {
	id: string;
	org_id: string;
	item_id: string;
	pair_id: string;
	learner_id: string;
	signed_by: string;
	signed_at: string;
}

export interface LearningFeedbackTable {
	id: string;
	org_id: string;
	pair_id: string | null;
	giver_id: string;
	receiver_id: string;
	situation: string;
	behaviour: string;
	impact: string;
	feed_forward: string;
	reply: string | null;
	replied_at: string | null;
	helpful: number;
	created_at: string;
	/** made on the device for feedback sent from the offline queue: stored once per giver (migration 0029) */
	client_id: Generated<string | null>;
}

export interface LearningFeedbackSharesTable {
	id: string;
	org_id: string;
	feedback_id: string;
	user_id: string;
	created_at: string;
}

export interface LearningFeedsTable {
	id: string;
	org_id: string;
	user_id: string;
	/** sha256 of the feed URL's token */
	token_hash: string;
	created_at: string;
	revoked_at: string | null;
}

export interface LearningTables {
	learning_programmes: LearningProgrammesTable;
	learning_participants: LearningParticipantsTable;
	learning_profiles: LearningProfilesTable;
	learning_skills: LearningSkillsTable;
	learning_exclusions: LearningExclusionsTable;
	learning_pairs: LearningPairsTable;
	learning_exceptions: LearningExceptionsTable;
	learning_logs: LearningLogsTable;
	learning_checklist_items: LearningChecklistItemsTable;
	learning_signoffs: LearningSignoffsTable;
	learning_feedback: LearningFeedbackTable;
	learning_feedback_shares: LearningFeedbackSharesTable;
	learning_feeds: LearningFeedsTable;
}
