// An organisation's identity provider, configured by its admins. The client secret is sealed with the
// organisation's derived key (the same AES-256-GCM helper as the credential signing keys) and never shown back.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import { config } from '../config';
import type { Actor } from '../actor';
import { record } from '../audit/index';
import { decryptFor, encryptFor } from '../bites/keys';
import type { SsoConfigInput } from './schemas';

export const CALLBACK_PATH = '/sso/callback';

/** The redirect URI to register at the identity provider: the public origin, never the request's Host header. */
export function redirectUri() {
	return new URL(CALLBACK_PATH, config.publicOrigin).toString();
}

/** Only the organisation's admins see or change its identity provider. */
export function ssoSettingsAccess(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
}

/** What the settings page shows: everything but the secret, which is only "set" or not. */
export async function ssoSettings(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const row = await db().selectFrom('sso_configs').selectAll().where('org_id', '=', actor.orgId).executeTakeFirst();
	const teams = await db()
		.selectFrom('teams')
		.select(['id', 'name'])
		.where('org_id', '=', actor.orgId)
		.orderBy('name')
		.execute();
	return {
		sso: {
			issuer: row?.issuer ?? '',
			clientId: row?.client_id ?? '',
			secretSet: !!row?.client_secret_enc,
			enabled: row?.enabled === 1,
			ssoOnly: row?.sso_only === 1,
			defaultTeamId: row?.default_team_id ?? ''
		},
		teams,
		redirectUri: redirectUri(),
		signInLink: new URL(`/sso/${actor.orgId}`, config.publicOrigin).toString()
	};
}

export async function saveSsoSettings(actor: Actor, input: SsoConfigInput) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	if (input.issuer.startsWith('http:') && !config.ssoAllowHttp) throw new Invalid('sso_error_issuer', 'issuer');
	if (input.defaultTeamId) {
		const team = await db()
			.selectFrom('teams')
			.select('id')
			.where('id', '=', input.defaultTeamId)
			.where('org_id', '=', actor.orgId)
			.executeTakeFirst();
		if (!team) throw new Invalid('error_invalid', 'defaultTeamId');
	}
	const existing = await db()
		.selectFrom('sso_configs')
		.select('client_secret_enc')
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	const secret = input.clientSecret.trim();
	const sealed = secret ? encryptFor(actor.orgId, secret) : (existing?.client_secret_enc ?? null);
	if (input.enabled && !sealed) throw new Invalid('sso_error_secret', 'clientSecret');
	const values = {
		issuer: input.issuer.replace(/\/+$/, ''),
		client_id: input.clientId,
		client_secret_enc: sealed,
		enabled: input.enabled ? 1 : 0,
		sso_only: input.ssoOnly ? 1 : 0,
		default_team_id: input.defaultTeamId || null,
		updated_at: nowIso()
	};
	if (existing) await db().updateTable('sso_configs').set(values).where('org_id', '=', actor.orgId).execute();
	else
		await db()
			.insertInto('sso_configs')
			.values({ org_id: actor.orgId, ...values })
			.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'sso.configure',
		detail: { issuer: values.issuer, enabled: input.enabled, ssoOnly: input.ssoOnly, secretChanged: !!secret }
	});
}

/** The configuration a sign-in uses, secret unsealed; null when the organisation has no SSO switched on. */
export async function activeConfig(orgId: string) {
	const row = await db()
		.selectFrom('sso_configs')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('enabled', '=', 1)
		.executeTakeFirst();
	if (!row || !row.client_secret_enc) return null;
	return { ...row, clientSecret: decryptFor(orgId, row.client_secret_enc) };
}
