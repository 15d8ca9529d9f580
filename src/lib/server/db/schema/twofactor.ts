// Two-factor sign-in: secrets are encrypted at rest, recovery codes and challenges stored only as hashes.
export interface TwofactorSecretsTable {
	id: string;
	user_id: string;
	/** AES-256-GCM sealed base32 secret (key derived from SECRET_KEY) */
	secret_enc: string;
	created_at: string;
	/** null while enrolment waits for its first code */
	enabled_at: string | null;
	/** the last accepted time step: a code is accepted once per step (replay guard) */
	last_step: number | null;
}

export interface TwofactorRecoveryCodesTable {
	id: string;
	user_id: string;
	code_hash: string;
	created_at: string;
	used_at: string | null;
}

export interface TwofactorChallengesTable {
	/** sha256 of the challenge token carried in the cookie */
	id: string;
	user_id: string;
	expires_at: string;
}

export interface TwofactorTables {
	twofactor_secrets: TwofactorSecretsTable;
	twofactor_recovery_codes: TwofactorRecoveryCodesTable;
	twofactor_challenges: TwofactorChallengesTable;
}
