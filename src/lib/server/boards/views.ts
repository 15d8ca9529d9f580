// What each boards page shows, in one call per page, with what the viewer may do there (`permissions`):
// the boards list, a board as a member sees it, its projector view, and a board as a guest of its workshop sees it.
import QRCode from 'qrcode';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { Actor } from '../actor';
import { Forbidden } from '../errors';
import {
	boardCreationTargets,
	getBoard,
	getFacilitatedBoard,
	initialBoardState,
	listBoards,
	recordParticipant
} from './records';
import { initialControlState } from './control';
import { listTemplates } from './templates';
import { currentSession, guestFromToken } from './sessions';
import { noteOwnerKey } from './ownership';
import { reportProgress } from './facilitation';

/**
 * The boards list: search, active or archived, the templates and teams a new board may use. With no active board to
 * show, how many archived ones the viewer may open, so an empty list does not read as "no boards ever".
 */
export async function boardsOverview(actor: Actor, search: URLSearchParams) {
	const q = search.get('q')?.slice(0, 100) ?? '';
	const archived = search.get('archived') === '1';
	const list = await listBoards(actor, { q, status: archived ? 'archived' : 'active' });
	const archivedCount =
		!archived && !q && list.length === 0 ? (await listBoards(actor, { q: '', status: 'archived' })).length : 0;
	return {
		q,
		archived,
		archivedCount,
		boards: list.map((b) => ({
			id: b.id,
			title: b.title,
			status: b.status,
			teamName: b.teamName,
			noteCount: b.note_count,
			decisionCount: b.decision_count,
			updatedAt: b.updated_at,
			canFacilitate: b.canFacilitate
		})),
		templates: await listTemplates(actor, getLocale()),
		targets: await boardCreationTargets(actor)
	};
}

/**
 * The docs' state for a full page load, so the board renders before its socket syncs; reruns of a load
 * (the guest list refreshing, form actions) leave it out and stay small.
 */
async function initialState(boardId: string, full: boolean, forRender = true) {
	if (!full) return { initial: undefined, firstScreen: undefined, initialControl: undefined };
	return {
		...(await initialBoardState(boardId, { forRender })),
		initialControl: await initialControlState(boardId)
	};
}

/** A board for a member of its organisation: recorded as a participant; facilitators also get the open session. */
export async function boardPage(actor: Actor, boardId: string, options: { origin: string; full: boolean }) {
	const board = await getBoard(actor, boardId);
	await recordParticipant(board, actor.userId, actor.name, 'user');
	const session = board.canFacilitate ? await sessionView(actor, board.id, options.origin) : null;
	return {
		board: { id: board.id, title: board.title, status: board.status, locked: board.locked === 1 },
		...(await initialState(board.id, options.full)),
		me: {
			id: actor.userId,
			name: actor.name,
			facilitator: board.canFacilitate,
			ownerKey: noteOwnerKey(board.id, actor.userId)
		},
		permissions: { facilitate: board.canFacilitate, saveTemplate: board.canFacilitate },
		session: session && { ...session, guests: session.guests.map((g) => ({ id: g.id, name: g.name })) }
	};
}

/**
 * The projector view of a board, for its facilitators: the docs to follow live, and while guests join, the
 * session's code and QR code. It writes nothing, so it records no participant and names no guest.
 */
export async function presentPage(actor: Actor, boardId: string, options: { origin: string; full: boolean }) {
	const board = await getFacilitatedBoard(actor, boardId);
	const session = await sessionView(actor, board.id, options.origin);
	return {
		board: { id: board.id, title: board.title },
		...(await initialState(board.id, options.full, false)),
		me: { id: actor.userId, name: actor.name, facilitator: true },
		session: session && { code: session.code, joinUrl: session.joinUrl, qr: session.qr }
	};
}

/** The board's open workshop session, with the link and QR code guests join by; null when none is open. */
async function sessionView(actor: Actor, boardId: string, origin: string) {
	const session = await currentSession(actor, boardId);
	if (!session) return null;
	const joinUrl = `${origin}/join?code=${session.code}`;
	return {
		code: session.code,
		joinUrl,
		// Our own URL rendered by the qrcode library: no user input reaches this markup.
		qr: await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
		guests: session.guests
	};
}

/** The guest behind the cookie, on the one board their token was issued for; null: not a guest (any more). */
async function guestOn(token: string | undefined, boardId: string) {
	const guest = await guestFromToken(token);
	if (guest && guest.boardId !== boardId) throw new Forbidden('board');
	return guest;
}

/** A board for a guest of its workshop, or null when the token opens nothing (the page sends them to join). */
export async function guestBoardPage(token: string | undefined, boardId: string, options: { full: boolean }) {
	const guest = await guestOn(token, boardId);
	if (!guest) return null;
	return {
		board: { id: guest.boardId },
		...(await initialState(guest.boardId, options.full)),
		me: {
			id: guest.guestId,
			name: guest.name,
			facilitator: false,
			ownerKey: noteOwnerKey(guest.boardId, guest.guestId)
		}
	};
}

/** A guest's own progress (done writing; the server counts their dots), on their own board only. */
export async function reportGuestProgress(token: string | undefined, boardId: string, input: { done?: boolean }) {
	const guest = await guestOn(token, boardId);
	if (!guest) throw new Forbidden('board');
	await reportProgress({ boardId: guest.boardId, participantId: guest.guestId, name: guest.name }, input);
}
