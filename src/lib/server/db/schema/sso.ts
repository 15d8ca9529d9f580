// Single sign-on (migration 0020_sso): an organisation's OpenID Connect provider and the sign-ins under way.

export interface SsoConfigsTable {
	org_id: string;
	issuer: string;
	client_id: string;
	/** AES-256-GCM sealed with the organisation's derived key (bites/keys.ts); never shown back */
	client_secret_enc: string | null;
	enabled: number;
	/** 1: password sign-in refused for the organisation's members (admins keep it as the break-glass) */
	sso_only: number;
	default_team_id: string | null;
	updated_at: string;
}

/** A sign-in under way: id is sha256 of `state`; used once, then deleted. */
export interface SsoLoginsTable {
	id: string;
	org_id: string;
	/** sha256 of the random value in the browser's httpOnly cookie: the callback must come from the same browser */
	browser_hash: string;
	code_verifier: string;
	nonce: string;
	created_at: string;
	expires_at: string;
}

export interface SsoTables {
	sso_configs: SsoConfigsTable;
	sso_logins: SsoLoginsTable;
}
