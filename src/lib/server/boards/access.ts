// Who may open a board's documents (registered with the sync server's access registry):
//   board/<id>                 members of the board's org/team → write (read when locked or archived;
//                              facilitators keep write on a locked board); guests of its open session → write
//   board/<id>/control         everyone who may open board/<id> → read; nobody writes it but the server
//   board/<id>/mine/<pid>      only participant <pid> (same rules otherwise); nobody else, not even a facilitator
import { db } from '../db/current';
import { can } from '../policy';
import { registerDocType, registerUpdateGuard, type Permission, type Principal } from '../sync/index';
import { mayApplyBoardUpdate, rememberFacilitator } from './note-guard';
import { boardTarget } from './records';
import { guestFromToken } from './sessions';
import { registerBoardPresence, rememberAnonymity } from './presence';

export async function boardPermission(principal: Principal, path: string): Promise<Permission> {
	const [boardId, kind, participantId, ...rest] = path.split('/');
	if (!boardId || rest.length) return 'none';
	if (kind === 'control') {
		if (participantId !== undefined) return 'none';
		const permission = await boardPermission(principal, boardId);
		return permission === 'none' ? 'none' : 'read';
	}
	if (kind !== undefined && (kind !== 'mine' || !participantId)) return 'none';
	const board = await db()
		.selectFrom('boards')
		.select(['id', 'org_id', 'team_id', 'created_by', 'status', 'locked', 'anonymous'])
		.where('id', '=', boardId)
		.executeTakeFirst();
	if (!board) return 'none';
	// Every connection to a board passes here first (and again each revalidation): presence filtering reads it.
	rememberAnonymity(board.id, board.anonymous === 1);
	const readOnly = board.status !== 'active' || board.locked === 1;
	if (principal.kind === 'guest') {
		if (principal.boardId !== board.id || principal.orgId !== board.org_id) return 'none';
		if (participantId !== undefined && participantId !== principal.guestId) return 'none';
		return readOnly ? 'read' : 'write';
	}
	const actor = principal.actor;
	if (!can(actor, 'board.view', boardTarget(board))) return 'none';
	// The update guard (note-guard.ts) runs synchronously per update: it reads what this check last saw.
	rememberFacilitator(board.id, actor.userId, can(actor, 'board.facilitate', boardTarget(board)));
	if (participantId !== undefined && participantId !== actor.userId) return 'none';
	if (board.status !== 'active') return 'read';
	if (board.locked === 1) return can(actor, 'board.facilitate', boardTarget(board)) ? 'write' : 'read';
	return 'write';
}

/** Registers `board/...` (who may open it, what presence shows) with the sync server; returns the unregister function. */
export function registerBoardDocs() {
	const unregisterDocs = registerDocType('board', (principal, path) => boardPermission(principal, path));
	// Only the shared doc needs it: control docs are read-only, private docs have one writer.
	const unregisterGuard = registerUpdateGuard('board', (principal, path, doc, update) =>
		path.includes('/') ? true : mayApplyBoardUpdate(principal, path, doc, update)
	);
	const unregisterPresence = registerBoardPresence();
	return () => {
		unregisterDocs();
		unregisterGuard();
		unregisterPresence();
	};
}

/** For the sync wiring: the guest principal behind a guest token. */
export async function guestPrincipal(token: string): Promise<Principal | null> {
	const guest = await guestFromToken(token);
	return guest
		? { kind: 'guest', guestId: guest.guestId, orgId: guest.orgId, boardId: guest.boardId, name: guest.name }
		: null;
}

/**
 * How someone appears in a board's presence: the server stamps it into their awareness state, so a guest
 * cannot show up as a facilitator. Call only for someone who may open the board (see boardPermission).
 */
export async function boardPresenceRole(
	principal: Principal,
	boardId: string
): Promise<'facilitator' | 'member' | 'guest'> {
	if (principal.kind === 'guest') return 'guest';
	const board = await db()
		.selectFrom('boards')
		.select(['org_id', 'team_id', 'created_by'])
		.where('id', '=', boardId)
		.executeTakeFirst();
	return board && can(principal.actor, 'board.facilitate', boardTarget(board)) ? 'facilitator' : 'member';
}
