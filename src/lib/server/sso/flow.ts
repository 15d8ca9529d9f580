// The OpenID Connect authorisation code flow with PKCE (S256), state and nonce. What the callback needs is kept
// server-side under sha256(state), bound to a random value in the browser's httpOnly cookie, and used once:
// a replayed callback, a tampered state or another browser's callback finds nothing and is refused.
import * as oidc from 'openid-client';
import { db } from '../db/current';
import { hashToken, newToken, nowIso } from '../ids';
import { config } from '../config';
import { log } from '../log';
import { Invalid, NotFound } from '../errors';
import { record } from '../audit/index';
import { createSession } from '../auth/sessions';
import { createUser, findUserByEmail, normaliseEmail } from '../auth/accounts';
import { addMembership, addToTeam } from '../orgs/index';
import { activeConfig, redirectUri } from './settings';

const LOGIN_MINUTES = 10;
const DISCOVERY_CACHE_MS = 5 * 60 * 1000;
const discovered = new Map<string, { at: number; cfg: oidc.Configuration }>();

type Active = NonNullable<Awaited<ReturnType<typeof activeConfig>>>;

/** The provider's metadata, fetched from its discovery document and kept a few minutes. */
async function clientFor(c: Active): Promise<oidc.Configuration> {
	const key = `${c.org_id}|${c.issuer}|${c.client_id}|${c.updated_at}`;
	const hit = discovered.get(key);
	if (hit && Date.now() - hit.at < DISCOVERY_CACHE_MS) return hit.cfg;
	const cfg = await oidc.discovery(
		new URL(c.issuer),
		c.client_id,
		undefined,
		oidc.ClientSecretPost(c.clientSecret),
		config.ssoAllowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined
	);
	discovered.set(key, { at: Date.now(), cfg });
	return cfg;
}

/** Starts a sign-in at the organisation's provider; `browser` is the random value set in the browser's cookie. */
export async function startSsoSignIn(orgId: string, browser: string): Promise<URL> {
	const c = await activeConfig(orgId).catch(() => null);
	if (!c) throw new NotFound('sso');
	let cfg: oidc.Configuration;
	try {
		cfg = await clientFor(c);
	} catch (e) {
		log.warn('sso discovery failed', { orgId, error: (e as Error).message });
		throw new Invalid('sso_error_provider');
	}
	const verifier = oidc.randomPKCECodeVerifier();
	const state = oidc.randomState();
	const nonce = oidc.randomNonce();
	const now = Date.now();
	await db().deleteFrom('sso_logins').where('expires_at', '<', new Date(now).toISOString()).execute();
	await db()
		.insertInto('sso_logins')
		.values({
			id: hashToken(state),
			org_id: orgId,
			browser_hash: hashToken(browser),
			code_verifier: verifier,
			nonce,
			created_at: nowIso(),
			expires_at: new Date(now + LOGIN_MINUTES * 60_000).toISOString()
		})
		.execute();
	return oidc.buildAuthorizationUrl(cfg, {
		redirect_uri: redirectUri(),
		scope: 'openid email profile',
		code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state,
		nonce
	});
}

/** A fresh value for the browser-binding cookie. */
export const newBrowserBinding = () => newToken();

/**
 * The provider sent the browser back. Every refusal is an Invalid with a translated key, never a 500;
 * the person never learns whether another address has an account here.
 */
export async function finishSsoSignIn(search: URLSearchParams, browser: string | undefined) {
	const state = search.get('state');
	if (!state || state.length > 200 || !browser) throw new Invalid('sso_error_state');
	// Taken out in one statement: of two requests with the same state only one gets the row.
	const login = await db()
		.deleteFrom('sso_logins')
		.where('id', '=', hashToken(state))
		.returningAll()
		.executeTakeFirst();
	if (!login || login.browser_hash !== hashToken(browser) || login.expires_at < nowIso())
		throw new Invalid('sso_error_state');
	if (search.has('error')) throw new Invalid('sso_error_provider');
	const c = await activeConfig(login.org_id);
	if (!c) throw new Invalid('sso_error_unavailable');
	let claims: (oidc.IDToken & Partial<oidc.UserInfoResponse>) | undefined;
	try {
		const cfg = await clientFor(c);
		const current = new URL(redirectUri());
		current.search = search.toString();
		const tokens = await oidc.authorizationCodeGrant(cfg, current, {
			pkceCodeVerifier: login.code_verifier,
			expectedState: state,
			expectedNonce: login.nonce,
			idTokenExpected: true
		});
		claims = tokens.claims();
		// Providers that keep the ID token small (oidc-provider's default) give the email at the userinfo endpoint;
		// its `sub` must match the ID token's (openid-client checks).
		if (claims && typeof claims.email !== 'string')
			claims = { ...claims, ...(await oidc.fetchUserInfo(cfg, tokens.access_token, claims.sub)), sub: claims.sub };
	} catch (e) {
		// A replayed or expired code, a wrong audience or nonce: openid-client refuses; say so without details.
		log.info('sso code exchange refused', { orgId: login.org_id, error: (e as Error).message });
		throw new Invalid('sso_error_exchange');
	}
	if (!claims) throw new Invalid('sso_error_exchange');
	if (claims.email_verified !== true || typeof claims.email !== 'string' || !claims.email.includes('@'))
		throw new Invalid('sso_error_unverified');
	const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : '';
	const user = await matchOrCreate(c, normaliseEmail(claims.email), name);
	const session = await createSession(user.id, c.org_id);
	await record({
		orgId: c.org_id,
		actor: { userId: user.id, name: user.name },
		action: 'session.sign_in_sso',
		detail: { issuer: c.issuer }
	});
	return { ...session, userId: user.id, orgId: c.org_id, locale: user.locale };
}

/**
 * The account with this verified address among the organisation's members, or a new member created just in time
 * (into the default team). An account that exists but belongs to other organisations only is not taken over by this
 * organisation's provider, nor is an account that is also in another organisation: the provider vouches for its
 * own organisation, and a session could otherwise switch into the other one.
 */
async function matchOrCreate(c: Active, email: string, name: string) {
	const existing = await findUserByEmail(email);
	if (existing) {
		if (existing.erased_at) throw new Invalid('sso_error_disabled');
		const memberships = await db().selectFrom('memberships').selectAll().where('user_id', '=', existing.id).execute();
		const here = memberships.find((m) => m.org_id === c.org_id);
		// `deactivated_at` arrives with people provisioning (SCIM); read it when the column is there.
		if (!here || (here as { deactivated_at?: string | null }).deactivated_at) throw new Invalid('sso_error_disabled');
		if (memberships.length > 1) throw new Invalid('sso_error_several_orgs');
		return existing;
	}
	const user = await createUser({ email, name: name || email.split('@')[0], password: newToken() + newToken() });
	await addMembership(c.org_id, user.id, 'member');
	if (c.default_team_id) await addToTeam(c.org_id, c.default_team_id, user.id, 'member');
	await record({ orgId: c.org_id, actor: { userId: user.id, name: user.name }, action: 'sso.account_created' });
	return user;
}
