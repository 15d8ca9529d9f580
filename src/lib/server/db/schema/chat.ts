// Chat webhooks (Teams, Slack) and their outgoing messages (migrations/0035_chat.js).

export interface ChatHooksTable {
	id: string;
	org_id: string;
	/** null: an organisation channel; set: that person's own choice */
	user_id: string | null;
	/** 'slack' | 'teams'; null on a person's row that uses an organisation channel */
	vendor: string | null;
	/** the secret: never shown after saving */
	url: string | null;
	url_hint: string | null;
	channel_id: string | null;
	label: string;
	locale: string;
	announce_surveys: number;
	enabled: number;
	failing_since: string | null;
	last_error: string | null;
	created_at: string;
}

export interface ChatMessagesTable {
	id: string;
	org_id: string;
	hook_id: string;
	kind: string;
	payload: string;
	/** 'queued' | 'sending' | 'sent' | 'dead' */
	status: string;
	attempts: number;
	next_attempt_at: string;
	claim_owner: string | null;
	claim_until: string | null;
	last_error: string | null;
	created_at: string;
	sent_at: string | null;
}

export interface ChatTables {
	chat_hooks: ChatHooksTable;
	chat_messages: ChatMessagesTable;
}
