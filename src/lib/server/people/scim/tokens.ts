// The SCIM bearer token: one per organisation, made (and replaced) by an admin on the settings page and shown
// once; only its SHA-256 is stored, so neither a database copy nor another admin later can read it back.
import { db } from '../../db/current';
import { hashToken, newId, newToken, nowIso } from '../../ids';
import { authorize } from '../../policy';
import { record } from '../../audit/index';
import type { Actor } from '../../actor';

/** The organisation an identity provider acts for: what every SCIM function takes first. */
export interface ScimClient {
	orgId: string;
}

const PREFIX = 'scim_';

/** Creates or replaces the organisation's token; the old one stops working at once. */
export async function rotateScimToken(actor: Actor): Promise<{ token: string }> {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const token = PREFIX + newToken();
	const row = {
		id: newId(),
		org_id: actor.orgId,
		token_hash: hashToken(token),
		created_by: actor.userId,
		created_at: nowIso()
	};
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx.deleteFrom('scim_tokens').where('org_id', '=', actor.orgId).execute();
			await trx
				.insertInto('scim_tokens')
				.values({ ...row, last_used_at: null })
				.execute();
		});
	await record({ orgId: actor.orgId, actor, action: 'scim.token' });
	return { token };
}

export async function revokeScimToken(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const r = await db().deleteFrom('scim_tokens').where('org_id', '=', actor.orgId).executeTakeFirst();
	if (Number(r.numDeletedRows) > 0) await record({ orgId: actor.orgId, actor, action: 'scim.token.revoke' });
}

/** What the settings page shows: whether a token exists and since when (never the token). */
export async function scimSettings(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const row = await db()
		.selectFrom('scim_tokens')
		.select(['created_at', 'last_used_at'])
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	return { token: row ? { createdAt: row.created_at, lastUsedAt: row.last_used_at } : null };
}

/** The organisation behind an `Authorization: Bearer …` header, or null. */
export async function scimClient(authorization: string | null): Promise<ScimClient | null> {
	const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
	if (!match || !match[1].startsWith(PREFIX) || match[1].length > 100) return null;
	const row = await db()
		.selectFrom('scim_tokens')
		.select(['org_id', 'last_used_at'])
		.where('token_hash', '=', hashToken(match[1]))
		.executeTakeFirst();
	if (!row) return null;
	// the settings page says when the identity provider last came by; once a minute is plenty
	if (!row.last_used_at || Date.parse(row.last_used_at) < Date.now() - 60_000)
		await db().updateTable('scim_tokens').set({ last_used_at: nowIso() }).where('org_id', '=', row.org_id).execute();
	return { orgId: row.org_id };
}
