// What an API token may read. Scopes narrow a token below its owner's rights; they never widen them: every
// endpoint still asks the owning module with the token's actor, as the page would.
export const SCOPES = [
	'people:read',
	'teams:read',
	'programmes:read',
	'actions:read',
	'bites:read',
	'credentials:read'
] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Scopes an organisation token may hold. `bites:read` is one's own learning progress (/api/v1/me/…), which an
 * organisation has none of.
 */
export const ORGANISATION_SCOPES: readonly Scope[] = SCOPES.filter((s) => s !== 'bites:read');

export const isScope = (s: string): s is Scope => (SCOPES as readonly string[]).includes(s);

export const readScopes = (stored: string): Scope[] => stored.split(' ').filter(isScope);
