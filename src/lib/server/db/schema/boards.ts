// Boards' SQL side (migrations/0003_boards.js): lists, access, workshop sessions and guests. A board's
// content lives in its Y.Doc, stored by the sync server.
import type { Generated } from 'kysely';

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
	anonymous: Generated<number>;
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

export interface BoardTables {
	boards: BoardsTable;
	board_templates: BoardTemplatesTable;
	board_sessions: BoardSessionsTable;
	board_guests: BoardGuestsTable;
	board_participants: BoardParticipantsTable;
	board_actions: BoardActionsTable;
}
