// Surveys (migrations/0004_surveys.js and later). Texts a survey author writes are JSON objects locale → text.
// Answers exist only as counts per team and question; who answered is kept apart from what they answered.
import type { Generated } from 'kysely';
import type { QuestionKind } from '$lib/surveys/kinds';

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
	kind: QuestionKind;
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
	/** when the round's invitation emails were queued (once, when it opens) */
	invited_at: Generated<string | null>;
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

export interface SurveyTables {
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
