// In-app notifications (nudges) and each person's choice of which they get (migrations/0007_notify.js).

export interface NotificationsTable {
	id: string;
	org_id: string;
	user_id: string;
	kind: string;
	message_key: string;
	/** JSON object of the message's parameters */
	params: string;
	link: string;
	dedupe_key: string;
	in_app: number;
	/** 'pending' | 'claimed:<token>' | 'sent' | 'off' */
	email_state: string;
	emailed_at: string | null;
	read_at: string | null;
	created_at: string;
}

export interface NotificationPrefsTable {
	id: string;
	org_id: string;
	user_id: string;
	kind: string;
	in_app: number;
	email: number;
}

export interface NotifyTables {
	notifications: NotificationsTable;
	notification_prefs: NotificationPrefsTable;
}
