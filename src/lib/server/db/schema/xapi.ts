// xAPI: the organisation's LRS and the statements queued for it (migrations/0032_xapi.js; src/lib/server/xapi).

export interface XapiConfigsTable {
	org_id: string;
	endpoint: string;
	auth_key: string;
	/** the sealed secret (bites/keys encryptFor), never shown back */
	secret_enc: string | null;
	identify: 'account' | 'mbox';
	enabled: number;
	updated_at: string;
}

export type XapiStatementStatus = 'queued' | 'sending' | 'sent' | 'dead';

export interface XapiStatementsTable {
	/** the statement's uuid */
	id: string;
	org_id: string;
	/** the person it is about: erased with them */
	user_id: string | null;
	verb: string;
	statement: string;
	status: XapiStatementStatus;
	attempts: number;
	next_attempt_at: string;
	claim_owner: string | null;
	claim_until: string | null;
	last_error: string | null;
	created_at: string;
	sent_at: string | null;
}

export interface XapiTables {
	xapi_configs: XapiConfigsTable;
	xapi_statements: XapiStatementsTable;
}
