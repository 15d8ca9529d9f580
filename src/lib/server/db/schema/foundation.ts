// Organisations, people, teams, sign-in (sessions, invitations, password resets) and the audit log:
// what every other module builds on (migrations 0001_foundation, 0010_audit, 0011_session_rotation, 0012_privacy).
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
	/** 1: admins must use two-factor sign-in before they reach any page but enrolment */
	require_admin_twofactor: Generated<number>;
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
	/** set when the organisation deactivated the person (SCIM, people page): no sign-in into it, sessions ended */
	deactivated_at?: string | null;
	/** the identity provider's id for the person (SCIM externalId), per organisation */
	external_id?: string | null;
}

export interface TeamsTable {
	id: string;
	org_id: string;
	name: string;
	created_at: string;
	/** the identity provider's id for the group (SCIM externalId) */
	external_id?: string | null;
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
	rotate: Generated<number>;
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
	/** the new person's language when known (a people import): their account's language on accepting */
	locale?: string | null;
}

export interface PasswordResetsTable {
	id: string;
	user_id: string;
	token_hash: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

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

export type Org = Selectable<OrgsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Team = Selectable<TeamsTable>;
export type Membership = Selectable<MembershipsTable>;
export type Invitation = Selectable<InvitationsTable>;

export interface FoundationTables {
	orgs: OrgsTable;
	users: UsersTable;
	memberships: MembershipsTable;
	teams: TeamsTable;
	team_members: TeamMembersTable;
	sessions: SessionsTable;
	invitations: InvitationsTable;
	password_resets: PasswordResetsTable;
	audit_events: AuditEventsTable;
}
