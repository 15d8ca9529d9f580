// The database, declared once. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers,
// so the same rows and the same queries work on SQLite and PostgreSQL.
import type { Insertable, Selectable, Updateable } from 'kysely';

export type OrgRole = 'admin' | 'facilitator' | 'member';
export type TeamRole = 'manager' | 'member';

export interface OrgsTable {
	id: string;
	name: string;
	min_group_size: number;
	created_at: string;
}

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	locale: string | null;
	time_zone: string;
	created_at: string;
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
}

/** Append-only log of accepted Yjs updates per document (the sync server's durability). */
export interface DocUpdatesTable {
	id: import('kysely').Generated<number>;
	doc: string;
	data: Uint8Array;
	created_at: string;
}

/** Compacted state of a document: every update up to and including `upto` merged. */
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
