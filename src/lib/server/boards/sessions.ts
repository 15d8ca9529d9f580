// Workshop sessions and guests. A facilitator opens a session and gets a 6-character code; anyone with
// the code joins with a display name and gets an unguessable token (HttpOnly cookie, stored hashed) that
// opens this one board while the session is open. Closing the session, ending the workshop or removing
// the guest ends that access, including their open connection.
import { randomInt } from 'node:crypto';
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { getFacilitatedBoard, recordParticipant } from './records';
import { revalidateBoard } from './live';
import { changeControl } from './control';

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SESSION_HOURS = 12;

export const GUEST_COOKIE = 'samspil_guest';

export interface Guest {
	guestId: string;
	name: string;
	boardId: string;
	orgId: string;
	sessionId: string;
	expiresAt: string;
}

export function newJoinCode(): string {
	let code = '';
	for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

async function openSessionRow(boardId: string) {
	return db()
		.selectFrom('board_sessions')
		.selectAll()
		.where('board_id', '=', boardId)
		.where('closed_at', 'is', null)
		.where('expires_at', '>', nowIso())
		.executeTakeFirst();
}

export async function currentSession(actor: Actor, boardId: string) {
	await getFacilitatedBoard(actor, boardId);
	const session = await openSessionRow(boardId);
	if (!session) return null;
	return { id: session.id, code: session.code, expiresAt: session.expires_at, guests: await listGuests(session.id) };
}

/** Opens a session for the board, or returns the one already open. */
export async function openSession(actor: Actor, boardId: string) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	const existing = await openSessionRow(boardId);
	if (existing) return { id: existing.id, code: existing.code, expiresAt: existing.expires_at };
	for (let attempt = 0; attempt < 10; attempt++) {
		const code = newJoinCode();
		const clash = await db()
			.selectFrom('board_sessions')
			.select('id')
			.where('code', '=', code)
			.where('closed_at', 'is', null)
			.where('expires_at', '>', nowIso())
			.executeTakeFirst();
		if (clash) continue;
		const row = {
			id: newId(),
			org_id: actor.orgId,
			board_id: boardId,
			code,
			opened_by: actor.userId,
			opened_at: nowIso(),
			expires_at: nowIso(Date.now() + SESSION_HOURS * 3600_000),
			closed_at: null
		};
		await db().insertInto('board_sessions').values(row).execute();
		// Screens that show the join code (the projector view) hear that there is one now.
		await changeControl(boardId, (c) => c.meta.set('sessionOpen', true));
		return { id: row.id, code, expiresAt: row.expires_at };
	}
	throw new Error('no free join code');
}

/** Closes the board's open session: every guest of it loses access at once. */
export async function closeSession(actor: Actor, boardId: string) {
	await getFacilitatedBoard(actor, boardId);
	await closeSessionsOf(boardId);
}

/** Internal: ending a workshop closes its sessions (the caller has authorised). */
export async function closeSessionsOf(boardId: string) {
	await db()
		.updateTable('board_sessions')
		.set({ closed_at: nowIso() })
		.where('board_id', '=', boardId)
		.where('closed_at', 'is', null)
		.execute();
	await changeControl(boardId, (c) => c.meta.set('sessionOpen', false));
	await revalidateBoard(boardId);
}

async function listGuests(sessionId: string) {
	return db()
		.selectFrom('board_guests')
		.select(['id', 'name', 'created_at'])
		.where('session_id', '=', sessionId)
		.where('removed_at', 'is', null)
		.orderBy('created_at')
		.execute();
}

/** Removes a guest: their token stops working and their open connections are closed now. */
export async function removeGuest(actor: Actor, boardId: string, guestId: string) {
	await getFacilitatedBoard(actor, boardId);
	const result = await db()
		.updateTable('board_guests')
		.set({ removed_at: nowIso() })
		.where('id', '=', guestId)
		.where('board_id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!Number(result.numUpdatedRows)) throw new NotFound('guest');
	await revalidateBoard(boardId);
}

/** Anyone with a code: joins the open session as a guest. No account, no actor. */
export async function joinSession(input: { code: string; name: string }): Promise<{ token: string; guest: Guest }> {
	const session = await db()
		.selectFrom('board_sessions')
		.innerJoin('boards', 'boards.id', 'board_sessions.board_id')
		.select([
			'board_sessions.id',
			'board_sessions.board_id',
			'board_sessions.org_id',
			'board_sessions.expires_at',
			'boards.status'
		])
		.where('board_sessions.code', '=', input.code.toUpperCase())
		.where('board_sessions.closed_at', 'is', null)
		.where('board_sessions.expires_at', '>', nowIso())
		.executeTakeFirst();
	if (!session || session.status !== 'active') throw new Invalid('error_boards_code_unknown', 'code');
	const token = newToken();
	const guest: Guest = {
		guestId: newId(),
		name: input.name.trim(),
		boardId: session.board_id,
		orgId: session.org_id,
		sessionId: session.id,
		expiresAt: session.expires_at
	};
	await db()
		.insertInto('board_guests')
		.values({
			id: guest.guestId,
			org_id: guest.orgId,
			board_id: guest.boardId,
			session_id: guest.sessionId,
			name: guest.name,
			token_hash: hashToken(token),
			created_at: nowIso(),
			expires_at: guest.expiresAt,
			removed_at: null
		})
		.execute();
	await recordParticipant({ id: guest.boardId, org_id: guest.orgId }, guest.guestId, guest.name, 'guest');
	return { token, guest };
}

/** The guest behind a token while it is valid: not removed, session open, board active. */
export async function guestFromToken(token: string | undefined | null): Promise<Guest | null> {
	if (!token || token.length > 100) return null;
	const now = nowIso();
	const row = await db()
		.selectFrom('board_guests')
		.innerJoin('board_sessions', 'board_sessions.id', 'board_guests.session_id')
		.innerJoin('boards', 'boards.id', 'board_guests.board_id')
		.select([
			'board_guests.id',
			'board_guests.name',
			'board_guests.board_id',
			'board_guests.org_id',
			'board_guests.session_id',
			'board_guests.expires_at',
			'board_guests.removed_at',
			'board_sessions.closed_at',
			'boards.status'
		])
		.where('board_guests.token_hash', '=', hashToken(token))
		.executeTakeFirst();
	if (!row || row.removed_at || row.closed_at || row.expires_at <= now || row.status !== 'active') return null;
	return {
		guestId: row.id,
		name: row.name,
		boardId: row.board_id,
		orgId: row.org_id,
		sessionId: row.session_id,
		expiresAt: row.expires_at
	};
}
