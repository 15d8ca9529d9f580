// API tokens and outgoing webhooks (migrations/0030_api_tokens.js, 0031_webhooks.js; src/lib/server/api,
// src/lib/server/webhooks).

export type ApiTokenKind = 'personal' | 'organisation';

/** A bearer token for /api/v1; only its SHA-256 is kept. */
export interface ApiTokensTable {
	id: string;
	org_id: string;
	kind: ApiTokenKind;
	/** the person a personal token acts as; who made an organisation token */
	user_id: string;
	name: string;
	/** space-separated scopes */
	scopes: string;
	token_hash: string;
	/** the token's first characters, so its owner can tell tokens apart */
	prefix: string;
	created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

export interface WebhooksTable {
	id: string;
	org_id: string;
	url: string;
	/** space-separated event types */
	events: string;
	/** whsec_… signing secret */
	secret: string;
	created_by: string;
	created_at: string;
	disabled_at: string | null;
	disabled_reason: string | null;
}

export type DeliveryStatus = 'queued' | 'sending' | 'delivered' | 'dead';

export interface WebhookDeliveriesTable {
	id: string;
	webhook_id: string;
	org_id: string;
	event: string;
	payload: string;
	status: DeliveryStatus;
	attempts: number;
	next_attempt_at: string;
	claim_owner: string | null;
	claim_until: string | null;
	/** the receiver's last HTTP status, if it answered */
	last_status: number | null;
	last_error: string | null;
	created_at: string;
	delivered_at: string | null;
}

export interface ApiTables {
	api_tokens: ApiTokensTable;
	webhooks: WebhooksTable;
	webhook_deliveries: WebhookDeliveriesTable;
}
