// API tokens: personal ones act as their person (with their role and teams of the moment), organisation ones are
// made by an admin and act with that admin's reading rights, as long as they are an admin of the organisation.
// A token is 256 random bits, shown once; only its SHA-256 is stored. SHA-256 rather than bcrypt/scrypt: a slow
// hash protects guessable secrets (passwords), and nobody can enumerate 2^256 tokens, while a fast hash lets every
// API request be looked up by an index in microseconds (sessions and the SCIM token are kept the same way).
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { loadActor } from '../auth/index';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { ApiTokenKind } from '../db/schema';
import { ORGANISATION_SCOPES, SCOPES, readScopes, type Scope } from './scopes';

const PREFIX = 'smp_';
/** how many live tokens one person (or one organisation) may hold */
const MAX_TOKENS = 50;

export interface TokenView {
	id: string;
	name: string;
	scopes: Scope[];
	prefix: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
	/** who made it (organisation tokens) */
	createdBy?: string;
}

export interface TokenInput {
	name: string;
	scopes: string[];
}

async function create(actor: Actor, kind: ApiTokenKind, input: TokenInput): Promise<{ id: string; token: string }> {
	const allowed: readonly string[] = kind === 'organisation' ? ORGANISATION_SCOPES : SCOPES;
	const scopes = [...new Set(input.scopes)].filter((s) => allowed.includes(s));
	if (scopes.length === 0) throw new Invalid('error_api_scopes', 'scopes');
	const live = await liveTokens(actor, kind).execute();
	if (live.length >= MAX_TOKENS) throw new Invalid('error_api_too_many', 'name');
	const token = PREFIX + newToken();
	const id = newId();
	await db()
		.insertInto('api_tokens')
		.values({
			id,
			org_id: actor.orgId,
			kind,
			user_id: actor.userId,
			name: input.name,
			scopes: scopes.join(' '),
			token_hash: hashToken(token),
			prefix: token.slice(0, PREFIX.length + 4),
			created_at: nowIso(),
			last_used_at: null,
			revoked_at: null
		})
		.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: `api.token.${kind}`,
		target: id,
		detail: { name: input.name, scopes }
	});
	return { id, token };
}

function liveTokens(actor: Actor, kind: ApiTokenKind) {
	let q = db()
		.selectFrom('api_tokens')
		.select('id')
		.where('org_id', '=', actor.orgId)
		.where('kind', '=', kind)
		.where('revoked_at', 'is', null);
	if (kind === 'personal') q = q.where('user_id', '=', actor.userId);
	return q;
}

/** A personal token: acts as the actor. Everyone in an organisation may make their own. */
export async function createPersonalToken(actor: Actor, input: TokenInput) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return create(actor, 'personal', input);
}

/** An organisation token: an admin's, for the organisation's integrations. */
export async function createOrganisationToken(actor: Actor, input: TokenInput) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	return create(actor, 'organisation', input);
}

async function list(actor: Actor, kind: ApiTokenKind): Promise<TokenView[]> {
	// revoked tokens stay listed (greyed) so the owner sees what was ended and when
	let q = db()
		.selectFrom('api_tokens')
		.leftJoin('users', 'users.id', 'api_tokens.user_id')
		.select([
			'api_tokens.id',
			'api_tokens.name',
			'api_tokens.scopes',
			'api_tokens.prefix',
			'api_tokens.created_at',
			'api_tokens.last_used_at',
			'api_tokens.revoked_at',
			'users.name as created_by'
		])
		.where('api_tokens.org_id', '=', actor.orgId)
		.where('api_tokens.kind', '=', kind)
		.orderBy('api_tokens.created_at', 'desc')
		.orderBy('api_tokens.id');
	if (kind === 'personal') q = q.where('api_tokens.user_id', '=', actor.userId);
	const rows = await q.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		scopes: readScopes(r.scopes),
		prefix: r.prefix,
		createdAt: r.created_at,
		lastUsedAt: r.last_used_at,
		revokedAt: r.revoked_at,
		...(kind === 'organisation' ? { createdBy: r.created_by ?? '' } : {})
	}));
}

export async function listPersonalTokens(actor: Actor) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return { tokens: await list(actor, 'personal'), scopes: [...SCOPES] };
}

export async function listOrganisationTokens(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	return { tokens: await list(actor, 'organisation'), scopes: [...ORGANISATION_SCOPES] };
}

async function revoke(actor: Actor, kind: ApiTokenKind, id: string) {
	let q = db()
		.updateTable('api_tokens')
		.set({ revoked_at: nowIso() })
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.where('kind', '=', kind)
		.where('revoked_at', 'is', null);
	if (kind === 'personal') q = q.where('user_id', '=', actor.userId);
	const r = await q.executeTakeFirst();
	if (Number(r.numUpdatedRows) === 0) throw new NotFound('api token');
	await record({ orgId: actor.orgId, actor, action: `api.token.${kind}.revoke`, target: id });
}

export async function revokePersonalToken(actor: Actor, id: string) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	await revoke(actor, 'personal', id);
}

export async function revokeOrganisationToken(actor: Actor, id: string) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	await revoke(actor, 'organisation', id);
}

/** Who a request with this token acts as. */
export interface ApiClient {
	actor: Actor;
	kind: ApiTokenKind;
	scopes: Scope[];
	tokenId: string;
}

/** The client behind `Authorization: Bearer smp_…`, or null (unknown, revoked, or its person no longer in). */
export async function apiClient(authorization: string | null): Promise<ApiClient | null> {
	const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
	if (!match || !match[1].startsWith(PREFIX) || match[1].length > 100) return null;
	const row = await db()
		.selectFrom('api_tokens')
		.select(['id', 'org_id', 'kind', 'user_id', 'scopes', 'last_used_at', 'revoked_at'])
		.where('token_hash', '=', hashToken(match[1]))
		.executeTakeFirst();
	if (!row || row.revoked_at) return null;
	// a deactivated person's token stops with them; an organisation token with its admin's rights
	const actor = await loadActor(row.user_id, row.org_id);
	if (!actor || (row.kind === 'organisation' && actor.role !== 'admin')) return null;
	// the settings page says when a token was last used; to the minute is plenty (and spares a write per request)
	if (!row.last_used_at || Date.parse(row.last_used_at) < Date.now() - 60_000)
		await db().updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', row.id).execute();
	return { actor, kind: row.kind as ApiTokenKind, scopes: readScopes(row.scopes), tokenId: row.id };
}
