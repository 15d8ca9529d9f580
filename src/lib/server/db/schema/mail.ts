// The mail outbox (migrations/0019_mail_outbox.js; src/lib/server/mail/outbox.ts).

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'dead';

export interface MailOutboxTable {
	id: string;
	org_id: string | null;
	user_id: string | null;
	to_address: string;
	kind: string;
	locale: string;
	subject: string;
	/** emptied once sent */
	text_body: string;
	/** emptied once sent */
	html_body: string;
	/** JSON object of extra headers */
	headers: string;
	status: OutboxStatus;
	attempts: number;
	next_attempt_at: string;
	claim_owner: string | null;
	claim_until: string | null;
	last_error: string | null;
	created_at: string;
	sent_at: string | null;
}

export interface MailTables {
	mail_outbox: MailOutboxTable;
}
