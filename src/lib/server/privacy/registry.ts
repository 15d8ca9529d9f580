// Every column in the database that points at a person, and what erasure does with it. This is the one
// place that knows, on purpose: a person's export and erasure must cover every module at once, in one
// transaction, and a test (test/integration/privacy/person.test.ts) discovers person columns from the
// live schema (foreign keys to users, and names like *user_id, *_by, author_id, email) and fails when a
// column is missing here. A new table that references people must be added here to pass.
//
//   delete     the row is the person's own (their membership, progress, notifications): it goes
//   anonymise  the row is also someone else's record (a pair, a log, a feedback given, a board made for a
//              team): the column points at a placeholder "deleted person" instead
//   clear      a nullable pointer (an action's owner): set to null
//   account    the people table itself
//   external   not an account: e.g. an external learner's email, erased with its collection or organisation
import type { Kysely } from 'kysely';

/**
 * The registry names tables and columns at run time, which Kysely's static types cannot follow: queries over
 * them (export.ts, erasure.ts) go through this one untyped handle, and only they do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables named at run time (above)
export type RegistryDb = Kysely<any>;

export type Erasure = 'delete' | 'anonymise' | 'clear' | 'account' | 'external';

export interface PersonTable {
	/** column → what erasure does; the row belongs to the person when any column holds their id */
	columns: Record<string, Erasure>;
	/** a column holding the person's email rather than their id */
	emailColumn?: string;
	/** text columns that repeat the person's name next to an anonymised id: blanked with it */
	nameColumns?: string[];
	/** free-form columns (ids, JSON) that may mention the person among others: their id, email and name are
	 *  replaced by the placeholder's there */
	mentionColumns?: string[];
	/** secrets never written to an export */
	secretColumns?: string[];
	/** the module the table belongs to (groups the human-readable export) */
	module: PrivacyModule;
}

export type PrivacyModule =
	'account' | 'orgs' | 'boards' | 'surveys' | 'learning' | 'actions' | 'bites' | 'notify' | 'audit';

export const PERSON_TABLES: Record<string, PersonTable> = {
	users: { module: 'account', columns: { id: 'account' }, secretColumns: ['password_hash'] },
	memberships: { module: 'orgs', columns: { user_id: 'delete' } },
	team_members: { module: 'orgs', columns: { user_id: 'delete' } },
	sessions: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['id'] },
	password_resets: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['token_hash'] },
	twofactor_secrets: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['secret_enc', 'last_step'] },
	twofactor_recovery_codes: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['code_hash'] },
	twofactor_challenges: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['id'] },
	// Invitations the person sent stay (anonymised) for the admins; invitations to their address go.
	invitations: {
		module: 'orgs',
		columns: { created_by: 'anonymise' },
		emailColumn: 'email',
		secretColumns: ['token_hash']
	},
	// an admin's pending people import (others' names and addresses): it stays for the organisation, anonymised
	people_imports: { module: 'orgs', columns: { created_by: 'anonymise' } },
	scim_tokens: { module: 'orgs', columns: { created_by: 'anonymise' }, secretColumns: ['token_hash'] },
	// API tokens: a personal token is its person's; an organisation token acts with its maker's rights, so it
	// cannot outlive them either
	api_tokens: { module: 'account', columns: { user_id: 'delete' }, secretColumns: ['token_hash'] },
	// a webhook is the organisation's integration: it stays, its maker anonymised
	webhooks: { module: 'orgs', columns: { created_by: 'anonymise' }, secretColumns: ['secret'] },
	audit_events: {
		module: 'audit',
		columns: { actor_id: 'anonymise' },
		nameColumns: ['actor_name'],
		mentionColumns: ['target', 'detail']
	},
	boards: { module: 'boards', columns: { created_by: 'anonymise' } },
	board_templates: { module: 'boards', columns: { created_by: 'anonymise' } },
	board_sessions: { module: 'boards', columns: { opened_by: 'anonymise' } },
	// participant_id is a user id or a guest id; the person's row and their private docs go.
	board_participants: { module: 'boards', columns: { participant_id: 'delete' } },
	board_actions: { module: 'boards', columns: { created_by: 'anonymise' } },
	bite_modules: { module: 'bites', columns: { created_by: 'anonymise' } },
	bite_assignments: { module: 'bites', columns: { user_id: 'delete', created_by: 'anonymise' } },
	bite_learners: { module: 'bites', columns: { email: 'external' }, secretColumns: ['token_hash', 'rejoin_hash'] },
	bite_progress: { module: 'bites', columns: { learner_id: 'delete' } },
	// a launch of a cmi5 package module: the learner's own (its fetch secret and token never leave)
	bite_cmi5_sessions: {
		module: 'bites',
		columns: { learner_id: 'delete' },
		secretColumns: ['fetch_hash', 'token_hash']
	},
	// a learning path is the organisation's content (like a module); an assignment to the person goes with them
	bite_paths: { module: 'bites', columns: { created_by: 'anonymise' } },
	bite_path_assignments: { module: 'bites', columns: { user_id: 'delete', created_by: 'anonymise' } },
	bite_answers: { module: 'bites', columns: { learner_id: 'delete' } },
	bite_reviews: { module: 'bites', columns: { learner_id: 'delete' } },
	bite_review_log: { module: 'bites', columns: { learner_id: 'delete' } },
	bite_badges: { module: 'bites', columns: { user_id: 'delete' } },
	// statements for the organisation's LRS: about one person each (by an opaque account or their email), deleted
	// with them; kept 90 days once sent
	xapi_statements: { module: 'bites', columns: { user_id: 'delete' } },
	bite_challenges: { module: 'bites', columns: { challenger_id: 'delete', buddy_id: 'delete' } },
	// An issued credential keeps its status-list position (so the organisation's list stays consistent),
	// loses its holder, name, signed token and share link.
	bite_credentials: { module: 'bites', columns: { holder_id: 'anonymise' }, nameColumns: ['holder_name'] },
	learning_programmes: { module: 'learning', columns: { created_by: 'anonymise' } },
	learning_participants: { module: 'learning', columns: { user_id: 'delete' } },
	learning_profiles: { module: 'learning', columns: { user_id: 'delete' } },
	learning_skills: { module: 'learning', columns: { user_id: 'delete' } },
	learning_exclusions: { module: 'learning', columns: { user_a: 'delete', user_b: 'delete' } },
	// A pair, its logs and sign-offs are the other person's learning too: kept, with a placeholder.
	learning_pairs: { module: 'learning', columns: { guide_id: 'anonymise', learner_id: 'anonymise' } },
	learning_exceptions: { module: 'learning', columns: { created_by: 'anonymise' } },
	learning_logs: { module: 'learning', columns: { author_id: 'anonymise', partner_id: 'anonymise' } },
	learning_signoffs: { module: 'learning', columns: { learner_id: 'anonymise', signed_by: 'anonymise' } },
	learning_feedback: { module: 'learning', columns: { giver_id: 'anonymise', receiver_id: 'anonymise' } },
	learning_feedback_shares: { module: 'learning', columns: { user_id: 'delete' } },
	learning_feeds: { module: 'learning', columns: { user_id: 'delete' }, secretColumns: ['token_hash'] },
	// The notification centre (every nudge and notice, the bites' daily review too): the recipient's own.
	// Other people's notifications may name the person ("Anna logged a session").
	notifications: { module: 'notify', columns: { user_id: 'delete' }, mentionColumns: ['params'] },
	notification_prefs: { module: 'notify', columns: { user_id: 'delete' } },
	// A person's own chat choice (their webhook, whose URL is a secret, or an organisation channel); an
	// organisation channel has no user_id. Their queued messages go with it (foreign key, cascade).
	chat_hooks: { module: 'notify', columns: { user_id: 'delete' }, secretColumns: ['url'] },
	// Emails to the person (sent ones keep only address, kind and subject; a queued body may hold a link).
	mail_outbox: {
		module: 'notify',
		columns: { user_id: 'delete' },
		emailColumn: 'to_address',
		secretColumns: ['text_body', 'html_body']
	},
	action_custom: { module: 'actions', columns: { created_by: 'anonymise' } },
	action_items: { module: 'actions', columns: { owner_id: 'clear', nudged_by: 'clear', created_by: 'anonymise' } },
	action_reviews: { module: 'actions', columns: { reviewed_by: 'anonymise' } },
	surveys: { module: 'surveys', columns: { created_by: 'anonymise' } },
	survey_rounds: { module: 'surveys', columns: { created_by: 'anonymise' } },
	// Who has answered goes; what they answered was never linked to them and stays in the aggregates.
	survey_participation: { module: 'surveys', columns: { user_id: 'delete' } },
	survey_reminders: { module: 'surveys', columns: { user_id: 'delete' } }
};

/** Tables that hold nothing about a person (checked by the same test: every table is in one list). */
export const NO_PERSON_TABLES = [
	'orgs',
	'teams',
	'doc_updates',
	'doc_snapshots',
	'bite_media',
	'bite_cards',
	'bite_settings',
	'bite_collections',
	'bite_credential_defs',
	'bite_keys',
	// an imported LMS package: which module plays it and from which file; no person
	'bite_packages',
	// a path's ordered modules and prerequisites: no person
	'bite_path_steps',
	// single sign-on: the organisation's identity provider (secret sealed) and sign-ins under way (minutes long)
	'sso_configs',
	'sso_logins',
	// a certified module version: its details and cards, no person
	'bite_module_versions',
	// published analytics figures (groups of at least the minimum) and salted hashes of learner ids, no ids
	'bite_analytics_snapshots',
	'learning_checklist_items',
	'survey_dimensions',
	'survey_questions',
	'survey_round_teams',
	'survey_publication',
	'survey_counts',
	'survey_pending_counts',
	'survey_dimension_counts',
	'survey_pending_dimension_counts',
	'survey_comments',
	'board_guests',
	// the job runner's leases and run log: instance ids and times, no organisation or person
	'job_leases',
	'job_runs',
	// a webhook's deliveries: event payloads name records by id, never a person (webhooks/events.ts)
	'webhook_deliveries',
	// the organisation's LRS (secret sealed)
	'xapi_configs',
	// chat messages as posted: a person's own go with their chat_hooks row; a channel's announce a survey round
	'chat_messages'
] as const;

/** Columns that are secrets in any table: never exported. */
export const SECRET_COLUMNS = new Set(['password_hash', 'token_hash', 'private_enc']);

export const PLACEHOLDER_NAME = 'Deleted person';

// Who may see a table's rows, which decides what the organisation's export carries. Every table in the
// database has an entry: a test (test/integration/privacy/org-export.test.ts) reads the live schema and
// fails on a table without one, so a new table cannot reach the export unclassified.
//
//   organisation  the organisation's shared records (teams, boards, plans, survey definitions and rounds):
//                 its admin exports every row
//   private       one person's private content (peer feedback, whom they shared it with): leaves only in the
//                 personal exports of the people it is about, never in the organisation's
//   anonymous     survey answers and who answered: leave only through the results views, under their rules
//                 (minimum group size, published steps), so the organisation's export points to those instead
//   secret        sign-in secrets: never exported
//   own           exported in a section of its own: the organisation row, the accounts (as `people`, no
//                 password hashes)
//   documents     the Yjs documents' stored updates: never exported raw. The export reads each board's shared
//                 document through the boards module; participants' private drafts and ballots and the live
//                 survey views stay out
//   system        the job runner's leases and run log: no organisation, no person
export type Visibility = 'organisation' | 'private' | 'anonymous' | 'secret' | 'own' | 'documents' | 'system';

export const TABLE_VISIBILITY: Record<string, Visibility> = {
	orgs: 'own',
	users: 'own',
	doc_updates: 'documents',
	doc_snapshots: 'documents',
	sessions: 'secret',
	password_resets: 'secret',
	// queued emails may hold reset and invitation links: never exported; admins see dead letters on their page
	mail_outbox: 'secret',
	// two-factor secrets, recovery codes and pending challenges: sign-in secrets, never exported
	twofactor_secrets: 'secret',
	twofactor_recovery_codes: 'secret',
	twofactor_challenges: 'secret',
	// the identity provider's client secret and sign-ins under way (PKCE verifiers, nonces): never exported
	sso_configs: 'secret',
	sso_logins: 'secret',
	job_leases: 'system',
	job_runs: 'system',
	learning_feedback: 'private',
	learning_feedback_shares: 'private',
	// what a team answered since its last published step, and its step bookkeeping: never leaves but through results
	survey_pending_counts: 'anonymous',
	survey_pending_dimension_counts: 'anonymous',
	survey_publication: 'anonymous',
	survey_counts: 'anonymous',
	survey_dimension_counts: 'anonymous',
	survey_comments: 'anonymous',
	survey_participation: 'anonymous',
	// whom a manager's reminder reached is who had not answered yet
	survey_reminders: 'anonymous',
	memberships: 'organisation',
	teams: 'organisation',
	team_members: 'organisation',
	invitations: 'organisation',
	// a pending CSV import holds names and addresses an admin uploaded: the organisation's, like invitations
	people_imports: 'organisation',
	// a hashed bearer token: never exported
	scim_tokens: 'secret',
	// API tokens (hashed) and webhooks (their signing secrets): never exported
	api_tokens: 'secret',
	webhooks: 'secret',
	// chat webhooks (their URLs are secrets) and the messages posted through them
	chat_hooks: 'secret',
	chat_messages: 'secret',
	// the delivery log: what was sent to the organisation's own endpoints (ids and aggregates only)
	webhook_deliveries: 'organisation',
	// the LRS's sealed secret: never exported; the statements sent to the organisation's own LRS (no survey answer,
	// no feedback; people by an opaque id unless the organisation chose email) are its records
	xapi_configs: 'secret',
	xapi_statements: 'organisation',
	audit_events: 'organisation',
	boards: 'organisation',
	board_templates: 'organisation',
	board_sessions: 'organisation',
	board_participants: 'organisation',
	board_actions: 'organisation',
	board_guests: 'organisation',
	bite_modules: 'organisation',
	bite_module_versions: 'organisation',
	// a derived cache of figures that already obey the minimum group size (learners only as salted hashes)
	bite_analytics_snapshots: 'system',
	bite_media: 'organisation',
	bite_cards: 'organisation',
	bite_assignments: 'organisation',
	bite_learners: 'organisation',
	bite_progress: 'organisation',
	bite_answers: 'organisation',
	bite_reviews: 'organisation',
	bite_review_log: 'organisation',
	bite_settings: 'organisation',
	bite_badges: 'organisation',
	bite_challenges: 'organisation',
	bite_collections: 'organisation',
	bite_credential_defs: 'organisation',
	bite_credentials: 'organisation',
	bite_keys: 'organisation',
	bite_packages: 'organisation',
	bite_cmi5_sessions: 'organisation',
	bite_paths: 'organisation',
	bite_path_steps: 'organisation',
	bite_path_assignments: 'organisation',
	learning_programmes: 'organisation',
	learning_participants: 'organisation',
	learning_profiles: 'organisation',
	learning_skills: 'organisation',
	learning_exclusions: 'organisation',
	learning_pairs: 'organisation',
	learning_exceptions: 'organisation',
	learning_logs: 'organisation',
	learning_checklist_items: 'organisation',
	learning_signoffs: 'organisation',
	learning_feeds: 'organisation',
	// what one person was told (reminders, nudges, awards): theirs alone, in their own export only
	notifications: 'private',
	notification_prefs: 'organisation',
	action_custom: 'organisation',
	action_items: 'organisation',
	action_reviews: 'organisation',
	surveys: 'organisation',
	survey_dimensions: 'organisation',
	survey_questions: 'organisation',
	survey_rounds: 'organisation',
	survey_round_teams: 'organisation'
};

/** Tables whose rows carry an organisation's id: its deletion empties them (by the cascade from `orgs`).
 *  Sessions carry one too but are secrets and go with their people. */
export const ORG_TABLES = [...Object.keys(PERSON_TABLES), ...NO_PERSON_TABLES].filter(
	(t) =>
		![
			'users',
			'sessions',
			'password_resets',
			'twofactor_secrets',
			'twofactor_recovery_codes',
			'twofactor_challenges',
			'orgs',
			'doc_updates',
			'doc_snapshots',
			'job_leases',
			'job_runs'
		].includes(t)
);

/** The tables an organisation's export carries row by row: its own records, nothing private or anonymous. */
export const ORG_EXPORT_TABLES = ORG_TABLES.filter((t) => TABLE_VISIBILITY[t] === 'organisation');
