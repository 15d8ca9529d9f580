// What participants see of each other's presence on a board. On an anonymous board presence says who is
// here and nothing about what they do: a name next to "typing in note X" or "looking at note X" would sign
// the note. The honest client announces nothing of the kind there (live.svelte.ts); this filter holds it for
// every client, an old tab or a modified one included, because the guarantee is about what the OTHER
// participants receive.
//
// The sync server asks synchronously, per presence message, so this process keeps each board's anonymous
// mode as last read from SQL: on every connection's authorisation and revalidation (access.ts) and when a
// facilitator changes it here. A board it has not read yet counts as anonymous.
import { db } from '../db/current';
import { registerAwarenessFilter } from '../sync/index';

const anonymity = new Map<string, boolean>();

export function rememberAnonymity(boardId: string, anonymous: boolean) {
	anonymity.set(boardId, anonymous);
}

/** Writes the board's anonymous mode into its SQL mirror (other instances read it there) and remembers it. */
export async function mirrorAnonymity(boardId: string, anonymous: boolean) {
	await db()
		.updateTable('boards')
		.set({ anonymous: anonymous ? 1 : 0 })
		.where('id', '=', boardId)
		.where('anonymous', '!=', anonymous ? 1 : 0)
		.execute();
	rememberAnonymity(boardId, anonymous);
}

/** The fields of `user` a board shows (the binding reads no others). */
const USER_FIELDS = ['id', 'name', 'role', 'color', 'facilitator'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Presence as others may see it on `board/<id>...`: unchanged on a named board, only `user` on an anonymous one. */
export function boardPresence(state: unknown, docName: string): unknown {
	const boardId = docName.split('/')[1] ?? '';
	if (anonymity.get(boardId) === false) return state;
	if (!isObject(state) || !isObject(state.user)) return {};
	const user: Record<string, unknown> = {};
	for (const key of USER_FIELDS) if (key in state.user) user[key] = state.user[key];
	return { user };
}

export function registerBoardPresence() {
	return registerAwarenessFilter('board', boardPresence);
}
