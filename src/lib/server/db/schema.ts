// The database, declared once. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers,
// so the same rows and the same queries work on SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type OrgRole = 'admin' | 'facilitator' | 'member';
export type TeamRole = 'manager' | 'member';

export interface OrgsTable {
	id: string;
	name: string;
	min_group_size: number;
	created_at: string;
	/** retention: archived boards are deleted this many months after they ended (null: kept) */
	retain_board_archive_months: number | null;
	/** retention: closed rounds' free-text comments are deleted this many months after closing (null: kept) */
	retain_survey_comment_months: number | null;
}

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	locale: string | null;
	time_zone: string;
	created_at: string;
	/** set on the placeholder that stands in for an erased person (no email, no password, no sign-in) */
	erased_at: string | null;
}

export interface MembershipsTable {
	id: string;
	org_id: string;
	user_id: string;
	role: OrgRole;
	created_at: string;
}

export interface TeamsTable {
	id: string;
	org_id: string;
	name: string;
	created_at: string;
}

export interface TeamMembersTable {
	id: string;
	org_id: string;
	team_id: string;
	user_id: string;
	role: TeamRole;
	created_at: string;
}

export interface SessionsTable {
	/** sha256 of the cookie token: a stolen database does not yield usable sessions */
	id: string;
	user_id: string;
	org_id: string | null;
	created_at: string;
	expires_at: string;
	/** 1 when the holder's privileges changed: the next request swaps the token (session fixation defence) */
	rotate: import('kysely').Generated<number>;
}

export interface InvitationsTable {
	id: string;
	org_id: string;
	email: string;
	role: OrgRole;
	team_id: string | null;
	token_hash: string;
	created_by: string;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
}

export interface PasswordResetsTable {
	id: string;
	user_id: string;
	token_hash: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

export interface Database {
	orgs: OrgsTable;
	users: UsersTable;
	memberships: MembershipsTable;
	teams: TeamsTable;
	team_members: TeamMembersTable;
	sessions: SessionsTable;
	invitations: InvitationsTable;
	password_resets: PasswordResetsTable;
	audit_events: AuditEventsTable;
	doc_updates: DocUpdatesTable;
	doc_snapshots: DocSnapshotsTable;
	job_leases: JobLeasesTable;
	job_runs: JobRunsTable;
	bite_modules: BiteModulesTable;
	bite_module_versions: BiteModuleVersionsTable;
	bite_analytics_snapshots: BiteAnalyticsSnapshotsTable;
	bite_media: BiteMediaTable;
	bite_cards: BiteCardsTable;
	bite_assignments: BiteAssignmentsTable;
	bite_learners: BiteLearnersTable;
	bite_progress: BiteProgressTable;
	bite_answers: BiteAnswersTable;
	bite_reviews: BiteReviewsTable;
	bite_review_log: BiteReviewLogTable;
	bite_settings: BiteSettingsTable;
	bite_badges: BiteBadgesTable;
	bite_nudges: BiteNudgesTable;
	bite_challenges: BiteChallengesTable;
	bite_collections: BiteCollectionsTable;
	bite_credential_defs: BiteCredentialDefsTable;
	bite_credentials: BiteCredentialsTable;
	bite_keys: BiteKeysTable;
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
	notifications: NotificationsTable;
	notification_prefs: NotificationPrefsTable;
	boards: BoardsTable;
	board_templates: BoardTemplatesTable;
	board_sessions: BoardSessionsTable;
	board_guests: BoardGuestsTable;
	board_participants: BoardParticipantsTable;
	board_actions: BoardActionsTable;
	action_custom: ActionCustomTable;
	action_items: ActionItemsTable;
	action_reviews: ActionReviewsTable;
	surveys: SurveysTable;
	survey_dimensions: SurveyDimensionsTable;
	survey_questions: SurveyQuestionsTable;
	survey_rounds: SurveyRoundsTable;
	survey_round_teams: SurveyRoundTeamsTable;
	survey_participation: SurveyParticipationTable;
	survey_publication: SurveyPublicationTable;
	survey_counts: SurveyCountsTable;
	survey_pending_counts: SurveyCountsTable;
	survey_dimension_counts: SurveyDimensionCountsTable;
	survey_pending_dimension_counts: SurveyDimensionCountsTable;
	survey_comments: SurveyCommentsTable;
	survey_reminders: SurveyRemindersTable;
}

/** A board's SQL mirror: what lists, search and access need. Its content lives in the Y.Doc `board/<id>`. */
export interface BoardsTable {
	id: string;
	org_id: string;
	team_id: string | null;
	title: string;
	/** active | archived (an ended workshop is archived: read-only for everyone) */
	status: 'active' | 'archived';
	locked: number;
	/** mirror of the control doc's anonymous mode (1 = anonymous), for presence filtering */
	anonymous: import('kysely').Generated<number>;
	template: string | null;
	note_count: number;
	decision_count: number;
	created_by: string;
	created_at: string;
	/** last activity */
	updated_at: string;
	ended_at: string | null;
}

/** An organisation's own board templates (the built-in ones live in code, in four languages). */
export interface BoardTemplatesTable {
	id: string;
	org_id: string;
	title: string;
	description: string;
	/** JSON: { zones: {title, color}[], questions: string[] } */
	content: string;
	created_by: string;
	created_at: string;
}

/** A workshop session: guests join the board with its 6-character code while it is open. */
export interface BoardSessionsTable {
	id: string;
	org_id: string;
	board_id: string;
	code: string;
	opened_by: string;
	opened_at: string;
	expires_at: string;
	closed_at: string | null;
}

/** A workshop participant without an account; the token (cookie) is stored hashed. */
export interface BoardGuestsTable {
	id: string;
	org_id: string;
	board_id: string;
	session_id: string;
	name: string;
	token_hash: string;
	created_at: string;
	expires_at: string;
	removed_at: string | null;
}

/** Everyone who opened a board: the server finds their private docs here at reveal and vote close. */
export interface BoardParticipantsTable {
	id: string;
	org_id: string;
	board_id: string;
	participant_id: string;
	name: string;
	kind: 'user' | 'guest';
	created_at: string;
}

/** A minimal action item made from a note or decision (the actions module builds on it). */
export interface BoardActionsTable {
	id: string;
	org_id: string;
	board_id: string | null;
	team_id: string | null;
	title: string;
	source_kind: 'note' | 'decision';
	source_id: string;
	status: string;
	created_by: string;
	created_at: string;
}

/** Append-only log of accepted Yjs updates per document (the sync server's durability). */
export interface DocUpdatesTable {
	id: import('kysely').Generated<number>;
	doc: string;
	data: Uint8Array;
	created_at: string;
}

/** Compacted state of a document; `upto`: the newest log row merged (compare-and-set token for compaction). */
export interface DocSnapshotsTable {
	doc: string;
	data: Uint8Array;
	upto: number;
	updated_at: string;
}

export type Org = Selectable<OrgsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Team = Selectable<TeamsTable>;
export type Membership = Selectable<MembershipsTable>;
export type Invitation = Selectable<InvitationsTable>;

/** Who did what, when: security-relevant and administrative events (never survey answers). */
export interface AuditEventsTable {
	id: string;
	org_id: string;
	actor_id: string | null;
	actor_name: string | null;
	action: string;
	target: string | null;
	/** JSON with the event's particulars (no secrets, no tokens) */
	detail: string | null;
	at: string;
}

// Learning bites (migrations/0007_bites.js). JSON lists are stored as text.
export interface BiteModulesTable {
	id: string;
	org_id: string;
	title: string;
	summary: string;
	minutes: number;
	language: string;
	tags: string;
	published: number;
	created_by: string;
	created_at: string;
	updated_at: string;
	/** the version being edited; a version that certified someone is frozen in bite_module_versions */
	version: import('kysely').Generated<number>;
}

export interface BiteModuleVersionsTable {
	id: string;
	org_id: string;
	module_id: string;
	version: number;
	title: string;
	content: string;
	content_hash: string;
	created_at: string;
}

export interface BiteAnalyticsSnapshotsTable {
	org_id: string;
	module_id: string;
	group_key: string;
	salt: string;
	learners: string;
	figures: string;
	taken_at: string;
}

export interface BiteMediaTable {
	id: string;
	org_id: string;
	module_id: string;
	mime: string;
	size: number;
	file_name: string;
	created_at: string;
}

export interface BiteCardsTable {
	id: string;
	org_id: string;
	module_id: string;
	position: number;
	kind: 'text' | 'image' | 'video' | 'audio' | 'quiz';
	body: string;
	media_id: string | null;
	media_url: string | null;
	alt: string | null;
	quiz_kind: 'single' | 'multiple' | 'truefalse' | null;
	options: string;
	created_at: string;
}

export interface BiteAssignmentsTable {
	id: string;
	org_id: string;
	module_id: string;
	team_id: string | null;
	user_id: string | null;
	due_on: string | null;
	created_by: string;
	created_at: string;
}

export interface BiteLearnersTable {
	id: string;
	org_id: string;
	collection_id: string;
	name: string;
	email: string;
	token_hash: string;
	created_at: string;
}

export interface BiteProgressTable {
	id: string;
	org_id: string;
	module_id: string;
	learner_id: string;
	position: number;
	seconds: number;
	started_at: string;
	updated_at: string;
	completed_at: string | null;
	score: number | null;
}

export interface BiteAnswersTable {
	id: string;
	org_id: string;
	module_id: string;
	card_id: string;
	learner_id: string;
	choices: string;
	correct: number;
	context: 'module' | 'review';
	answered_at: string;
}

export interface BiteReviewsTable {
	id: string;
	org_id: string;
	card_id: string;
	learner_id: string;
	due: string;
	stability: number;
	difficulty: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review: string | null;
}

export interface BiteReviewLogTable {
	id: string;
	org_id: string;
	card_id: string;
	learner_id: string;
	rating: number;
	elapsed_days: number;
	scheduled_days: number;
	reviewed_at: string;
}

export interface BiteSettingsTable {
	org_id: string;
	gamification: number;
	quiet_start: string;
	quiet_end: string;
	daily_review: number;
}

export interface BiteBadgesTable {
	id: string;
	org_id: string;
	user_id: string;
	badge: string;
	earned_at: string;
}

export interface BiteNudgesTable {
	id: string;
	org_id: string;
	user_id: string;
	kind: string;
	count: number;
	day: string;
	created_at: string;
	emailed_at: string | null;
	read_at: string | null;
}

export interface BiteChallengesTable {
	id: string;
	org_id: string;
	module_id: string;
	challenger_id: string;
	buddy_id: string;
	created_at: string;
	/** pending | accepted | declined | ended */
	status: import('kysely').Generated<string>;
	responded_at: string | null;
}

export interface BiteCollectionsTable {
	id: string;
	org_id: string;
	title: string;
	description: string;
	module_ids: string;
	public_token: string | null;
	created_at: string;
}

export interface BiteCredentialDefsTable {
	id: string;
	org_id: string;
	title: string;
	outcomes: string;
	assessment: string;
	min_score: number;
	eqf_level: number;
	workload_hours: number;
	credits: number | null;
	quality_assurance: string;
	module_ids: string;
	requires_ids: string;
	created_at: string;
}

export interface BiteCredentialsTable {
	id: string;
	org_id: string;
	def_id: string;
	holder_id: string;
	holder_name: string;
	status_index: number;
	jwt: string;
	issued_at: string;
	revoked_at: string | null;
	/** why it was revoked, as the person who revoked it wrote it */
	revoked_reason?: string | null;
	share_token: string | null;
	/** JSON: the module versions this credential certified */
	certified: import('kysely').Generated<string>;
	achievement_version: string | null;
}

export interface BiteKeysTable {
	org_id: string;
	kid: string;
	issuer_name: string;
	public_jwk: string;
	private_enc: string;
	created_at: string;
}

// ── learning: programmes, pairs, schedules, logs, checklists, feedback, calendar feeds ──

export type ProgrammeKind = 'buddy' | 'mentoring' | 'peer';
export type Cadence = 'weekly' | 'biweekly' | 'monthly';
/** guide: buddy or mentor; learner: new colleague or mentee; peer: in a feedback circle */
export type ParticipantRole = 'guide' | 'learner' | 'peer';

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

// ── notify: in-app notifications and nudge preferences ──

export interface NotificationsTable {
	id: string;
	org_id: string;
	user_id: string;
	kind: string;
	message_key: string;
	/** JSON object of the message's parameters */
	params: string;
	link: string;
	dedupe_key: string;
	in_app: number;
	/** 'pending' | 'claimed:<token>' | 'sent' | 'off' */
	email_state: string;
	emailed_at: string | null;
	read_at: string | null;
	created_at: string;
}

export interface NotificationPrefsTable {
	id: string;
	org_id: string;
	user_id: string;
	kind: string;
	in_app: number;
	email: number;
}

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
	status: 'planned' | 'doing' | 'done' | 'dropped';
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
	did_it: 'yes' | 'partly' | 'no';
	helped: 'yes' | 'somewhat' | 'no' | 'unsure';
	comment: string | null;
	reviewed_by: string;
	reviewed_at: string;
}

// Surveys (migrations/0004_surveys.js). Texts a survey author writes are JSON objects locale → text.
export interface SurveysTable {
	id: string;
	org_id: string;
	title: string;
	instrument: string | null;
	created_by: string;
	created_at: string;
	updated_at: string;
}

export interface SurveyDimensionsTable {
	id: string;
	org_id: string;
	survey_id: string;
	key: string | null;
	position: number;
	name: string;
	description: string;
}

export interface SurveyQuestionsTable {
	id: string;
	org_id: string;
	survey_id: string;
	dimension_id: string | null;
	key: string | null;
	position: number;
	kind: 'likert' | 'scale10' | 'single' | 'multiple' | 'text';
	text: string;
	options: string;
	reverse: number;
	allow_dont_know: number;
}

export interface SurveyRoundsTable {
	id: string;
	org_id: string;
	survey_id: string;
	name: string;
	opens_on: string;
	closes_on: string;
	time_zone: string;
	closed_at: string | null;
	reminded_at: string | null;
	created_by: string;
	created_at: string;
	/** 1 once the closed round's participation is dropped and its small cells folded (publication.ts) */
	sealed: Generated<number>;
}

export interface SurveyRoundTeamsTable {
	id: string;
	org_id: string;
	round_id: string;
	team_id: string;
}

/** Who has answered: no timestamp, and nothing that joins it to what they answered. */
export interface SurveyParticipationTable {
	id: string;
	org_id: string;
	round_id: string;
	team_id: string;
	user_id: string;
}

/** A submitted response: no user id, no timestamp, a random id. */
/**
 * Per round and team (or the round's remainder): responses received, responses whose answers are
 * published in survey_counts, responses whose comments are published. Results read only what is published.
 */
export interface SurveyPublicationTable {
	org_id: string;
	round_id: string;
	team_id: string;
	responses: number;
	published: number;
	comments_published: number;
}

/** How many people in a team gave a question a value (-1 = "don't know"): answers exist only as counts. */
export interface SurveyCountsTable {
	org_id: string;
	round_id: string;
	team_id: string;
	question_id: string;
	value: number;
	n: number;
}

/** survey_counts rolled up per dimension, reverse-scored statements turned round (value 1–5). */
export interface SurveyDimensionCountsTable {
	org_id: string;
	round_id: string;
	team_id: string;
	dimension_id: string;
	value: number;
	n: number;
}

export interface SurveyCommentsTable {
	id: string;
	org_id: string;
	round_id: string;
	team_id: string;
	question_id: string;
	text: string;
	/** 1 once the team's comment step has taken it (only published comments are ever shown) */
	published: number;
}

export interface SurveyRemindersTable {
	id: string;
	org_id: string;
	round_id: string;
	user_id: string;
	sent_at: string;
}

/** One background job's lock (see src/lib/server/jobs): whoever holds an unexpired lease runs it. */
export interface JobLeasesTable {
	name: string;
	owner: string | null;
	lease_until: string;
	next_run_at: string;
	last_finished_at: string | null;
}

export interface JobRunsTable {
	id: string;
	job: string;
	owner: string;
	status: 'running' | 'done' | 'failed' | 'abandoned';
	started_at: string;
	finished_at: string | null;
	error: string | null;
}
