// Who may open which document. Document names are `<type>/<id>` (`board/abc`, `live/team/xyz`); each
// module registers a resolver for its types, so the sync server never learns business rules. A name
// no resolver claims is refused.
import type { Actor } from '../actor';

export type Permission = 'none' | 'read' | 'write';

/** Who is connecting. Guests (workshop participants who joined one board by code) come with the boards module. */
export type Principal =
	{ kind: 'user'; actor: Actor } | { kind: 'guest'; guestId: string; orgId: string; boardId: string; name?: string };

/** Decides the permission of `principal` on the document `<prefix>/<id>`. */
export type DocResolver = (principal: Principal, id: string, docName: string) => Permission | Promise<Permission>;

const resolvers = new Map<string, DocResolver>();

/**
 * Declares a document type: `registerDocType('live/team', resolver)` handles `live/team/<id>`.
 * The longest registered prefix wins. Returns a function that removes the registration.
 */
export function registerDocType(prefix: string, resolver: DocResolver): () => void {
	const key = prefix.replace(/^\/+|\/+$/g, '');
	if (!key) throw new Error('a document type needs a prefix');
	resolvers.set(key, resolver);
	return () => {
		if (resolvers.get(key) === resolver) resolvers.delete(key);
	};
}

export async function resolveDocPermission(
	principal: Principal | null | undefined,
	docName: string
): Promise<Permission> {
	if (!principal) return 'none';
	const segments = docName.split('/');
	for (let i = segments.length - 1; i >= 1; i--) {
		const resolver = resolvers.get(segments.slice(0, i).join('/'));
		if (!resolver) continue;
		const permission = await resolver(principal, segments.slice(i).join('/'), docName);
		return permission === 'read' || permission === 'write' ? permission : 'none';
	}
	return 'none';
}

/** Live documents are written by the server alone: whatever a resolver says, clients only read them. */
export function clampPermission(docName: string, permission: Permission): Permission {
	return permission === 'write' && docName.startsWith('live/') ? 'read' : permission;
}

/**
 * Checks one update a writer sent before the room applies it (`doc` is the room's current state). A module
 * registers one where "may write" is not enough (e.g. only a note's author may delete it).
 */
export type UpdateGuard = (
	principal: Principal | undefined,
	id: string,
	doc: import('yjs').Doc,
	update: Uint8Array
) => boolean;

const guards = new Map<string, UpdateGuard>();

/** `registerUpdateGuard('board', guard)` checks updates to `board/<id>...`; returns the unregister function. */
export function registerUpdateGuard(prefix: string, guard: UpdateGuard): () => void {
	const key = prefix.replace(/^\/+|\/+$/g, '');
	guards.set(key, guard);
	return () => {
		if (guards.get(key) === guard) guards.delete(key);
	};
}

/** Whether the registered guard (if any) lets `principal` apply `update` to `docName`. */
export function mayApplyUpdate(
	principal: Principal | undefined,
	docName: string,
	doc: import('yjs').Doc,
	update: Uint8Array
): boolean {
	const segments = docName.split('/');
	for (let i = segments.length - 1; i >= 1; i--) {
		const guard = guards.get(segments.slice(0, i).join('/'));
		if (guard) return guard(principal, segments.slice(i).join('/'), doc, update);
	}
	return true;
}
