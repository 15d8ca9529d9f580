// Learning bites (migrations/0008_bites.js and later): modules, cards, progress, spaced review, badges,
// challenges, collections and credentials. JSON lists are stored as text.
import type { ColumnType, Generated } from 'kysely';
import type { CardKind, QuizKind } from '$lib/bites/types';

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
	version: Generated<number>;
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
	/** the uploaded file's own name, a download is saved under it (0027) */
	original_name: ColumnType<string | null, string | null | undefined, string | null>;
	/** an image's size in pixels, read when it was stored (0028) */
	width: ColumnType<number | null, number | null | undefined, number | null>;
	height: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface BiteCardsTable {
	id: string;
	org_id: string;
	module_id: string;
	position: number;
	kind: CardKind;
	body: string;
	media_id: string | null;
	media_url: string | null;
	alt: string | null;
	quiz_kind: QuizKind | null;
	options: string;
	created_at: string;
	/** video/audio: a WebVTT captions file (bite_media) and its language; audio/video: a transcript (0027) */
	captions_id: ColumnType<string | null, string | null | undefined, string | null>;
	captions_lang: ColumnType<string | null, string | null | undefined, string | null>;
	transcript: ColumnType<string | null, string | null | undefined, string | null>;
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
	rejoin_hash: ColumnType<string | null, string | null | undefined, string | null>;
	rejoin_expires: ColumnType<string | null, string | null | undefined, string | null>;
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
	/** made on the device for an answer sent from the offline queue: stored once per learner (migration 0029) */
	client_id: Generated<string | null>;
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

export interface BiteChallengesTable {
	id: string;
	org_id: string;
	module_id: string;
	challenger_id: string;
	buddy_id: string;
	created_at: string;
	/** pending | accepted | declined | ended */
	status: Generated<string>;
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
	country: ColumnType<string, string | undefined, string>;
	region: ColumnType<string, string | undefined, string>;
	participation: ColumnType<string, string | undefined, string>;
	assessment_type: ColumnType<string, string | undefined, string>;
	qa_type: ColumnType<string, string | undefined, string>;
	valid_months: ColumnType<number | null, number | null | undefined, number | null>;
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
	certified: Generated<string>;
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

/** An imported SCORM 1.2 / SCORM 2004 / cmi5 package played as a module (0038) */
export interface BitePackagesTable {
	id: string;
	org_id: string;
	module_id: string;
	standard: 'scorm12' | 'scorm2004' | 'cmi5';
	launch: string;
	files: number;
	bytes: number;
	created_at: string;
	/** a cmi5 package's assignable unit (Cmi5Course JSON, package-reader.ts); null for SCORM (0041) */
	cmi5: string | null;
}

/** One launch of a cmi5 package module by a learner (0041) */
export interface BiteCmi5SessionsTable {
	id: string;
	org_id: string;
	module_id: string;
	package_id: string;
	learner_id: string;
	learner_kind: 'member' | 'external';
	registration: string;
	language: string;
	fetch_hash: string;
	fetched_at: string | null;
	token_hash: string | null;
	expires_at: string;
	initialized_at: string | null;
	completed_at: string | null;
	passed_at: string | null;
	failed_at: string | null;
	terminated_at: string | null;
	score: number | null;
	created_at: string;
}

export interface BiteTables {
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
	bite_challenges: BiteChallengesTable;
	bite_collections: BiteCollectionsTable;
	bite_credential_defs: BiteCredentialDefsTable;
	bite_credentials: BiteCredentialsTable;
	bite_keys: BiteKeysTable;
	bite_packages: BitePackagesTable;
	bite_cmi5_sessions: BiteCmi5SessionsTable;
}
