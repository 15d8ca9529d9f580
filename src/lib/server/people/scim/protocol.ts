// SCIM 2.0 wire details (RFC 7643/7644) that do not touch the database: schema URNs, the error shape, filters and
// PATCH paths as Entra ID and Okta send them. Pure; unit-tested.
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const CONTENT_TYPE = 'application/scim+json';

/** An error the SCIM endpoint answers in SCIM's own error schema. */
export class ScimError extends Error {
	constructor(
		readonly status: number,
		readonly detail: string,
		readonly scimType?: string
	) {
		super(detail);
	}
}

export function errorBody(status: number, detail: string, scimType?: string) {
	return { schemas: [ERROR_SCHEMA], status: String(status), detail, ...(scimType ? { scimType } : {}) };
}

export interface Filter {
	attribute: string;
	value: string;
}

/**
 * The filters identity providers send to find a resource before creating it: `attr eq "value"` (RFC 7644 §3.4.2.2),
 * attribute names case-insensitive. Anything else is `invalidFilter` (400), never a silent "everything".
 */
export function parseFilter(filter: string | null, allowed: string[]): Filter | null {
	if (filter === null || filter.trim() === '') return null;
	const m = /^\s*([A-Za-z][\w.]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
	const attribute = m ? allowed.find((a) => a.toLowerCase() === m[1].toLowerCase()) : undefined;
	if (!m || !attribute)
		throw new ScimError(400, 'Only "<attribute> eq \\"value\\"" filters are supported', 'invalidFilter');
	return { attribute, value: m[2].replace(/\\(.)/g, '$1') };
}

/** startIndex is 1-based; count is capped (RFC 7644 §3.4.2.4). */
export function parsePaging(params: URLSearchParams, max = 200) {
	const start = Math.max(1, Math.floor(Number(params.get('startIndex') ?? 1)) || 1);
	const raw = params.get('count');
	const count = raw === null ? max : Math.min(max, Math.max(0, Math.floor(Number(raw)) || 0));
	return { startIndex: start, count };
}

export interface PatchOperation {
	op: 'add' | 'replace' | 'remove';
	path: string | null;
	value: unknown;
}

/** A PATCH body's operations, op names in any case ("Replace" from Entra ID, "replace" from Okta). */
export function patchOperations(body: unknown): PatchOperation[] {
	const ops = (body as { Operations?: unknown })?.Operations;
	if (!Array.isArray(ops)) throw new ScimError(400, 'Operations is required', 'invalidSyntax');
	return ops.map((o) => {
		const op = String((o as { op?: unknown })?.op ?? '').toLowerCase();
		if (op !== 'add' && op !== 'replace' && op !== 'remove')
			throw new ScimError(400, `Unknown op ${op}`, 'invalidSyntax');
		const path = (o as { path?: unknown }).path;
		return {
			op,
			path: typeof path === 'string' && path.trim() ? path.trim() : null,
			value: (o as { value?: unknown }).value
		};
	});
}

/** Entra ID has sent booleans as the strings "True"/"False". */
export function scimBoolean(value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
	throw new ScimError(400, 'A boolean was expected', 'invalidValue');
}

/** A plain attribute path, lower-cased; `emails[type eq "work"].value` (any type) reads as `emails.value`. */
export function normalisePath(path: string): string {
	return path
		.replace(/^urn:ietf:params:scim:schemas:core:2\.0:User:/i, '')
		.replace(/\[[^\]]*\]/g, '')
		.toLowerCase();
}

/** The member id in a path like `members[value eq "abc"]` (Okta removes members this way). */
export function memberInPath(path: string): string | null {
	const m = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path);
	return m ? m[1] : null;
}
