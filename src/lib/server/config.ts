// Configuration from the environment, read once. Every variable is listed in the README.
const env = process.env;

/** A positive number (times `scale`), or undefined when unset or not one. */
function positive(value: string | undefined, scale = 1): number | undefined {
	const n = Number(value);
	return value && Number.isFinite(n) && n > 0 ? Math.round(n * scale) : undefined;
}

function definedOnly<T extends Record<string, number | undefined>>(values: T): { [K in keyof T]?: number } {
	return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: number };
}

export const config = {
	/** unset or file:… → SQLite (default ./data/samspil.db); postgres://… → PostgreSQL */
	databaseUrl: env.DATABASE_URL || undefined,
	/** redis://… : cross-instance sync fan-out and shared rate limits (scale-out) */
	redisUrl: env.REDIS_URL || undefined,
	/** prefix of every Redis key and channel, so deployments (or test runs) can share one Redis */
	redisPrefix: env.REDIS_PREFIX || 'samspil:',
	/** days a session lives without use (sliding) */
	sessionDays: Number(env.SESSION_DAYS ?? 30),
	/** token that may read /metrics without an admin session */
	metricsToken: env.METRICS_TOKEN || undefined,
	logLevel: (env.LOG_LEVEL ?? 'info') as 'debug' | 'info' | 'warn' | 'error',
	/** set when tests run many sign-ins from one address */
	loginLimitPerIp: Number(env.LOGIN_LIMIT_PER_IP ?? 50),
	loginLimitPerAccount: Number(env.LOGIN_LIMIT_PER_ACCOUNT ?? 10),
	/** multiplies every limit of the public endpoints (src/lib/server/public-limits.ts); >1 behind a shared proxy */
	rateLimitScale: Number(env.RATE_LIMIT_SCALE ?? 1) > 0 ? Number(env.RATE_LIMIT_SCALE ?? 1) : 1,
	/** uploads and key files; default: the SQLite file's folder, or ./data with PostgreSQL */
	dataDir: env.DATA_DIR || undefined,
	/** derives the key that encrypts signing keys at rest; unset → a generated key file in the data folder */
	secretKey: env.SECRET_KEY || undefined,
	/** single sign-on: accept identity providers over plain http (tests and local development only) */
	ssoAllowHttp: env.SSO_ALLOW_HTTP === '1',
	/** webhooks may call private and loopback addresses (tests and local development only: SSRF otherwise) */
	webhooksAllowPrivate: env.WEBHOOKS_ALLOW_PRIVATE === '1',
	/**
	 * extra host names a chat webhook may post to besides Slack's and Microsoft's (http allowed): tests and local
	 * development only, e.g. CHAT_WEBHOOK_TEST_HOSTS=127.0.0.1
	 */
	chatTestHosts: (env.CHAT_WEBHOOK_TEST_HOSTS ?? '')
		.split(',')
		.map((h) => h.trim().toLowerCase())
		.filter(Boolean),
	/** largest learning-bite upload in megabytes */
	biteUploadMaxMb: Number(env.BITES_UPLOAD_MAX_MB ?? 20),
	/** an imported SCORM/cmi5 package's size once unpacked (the ZIP itself is an upload: BITES_UPLOAD_MAX_MB) */
	bitePackageMaxMb: Number(env.BITES_PACKAGE_MAX_MB ?? 100),
	/** smtp://user:pass@host:587 or smtps://…: email nudges are sent only when this is set */
	smtpUrl: env.SMTP_URL || undefined,
	/** the sender of every email (SMTP_FROM; MAIL_FROM is accepted as an older name) */
	smtpFrom: env.SMTP_FROM || env.MAIL_FROM || 'Samspil <no-reply@samspil.invalid>',
	/** how often the reminder scheduler looks for due nudges; 0 turns it off */
	nudgeIntervalSeconds: Number(env.NUDGE_INTERVAL_SECONDS ?? 300),
	/**
	 * how long (ms) a busy sync document holds further updates after a send, to send them together (one write per
	 * connection); 0, the default, sends each commit's updates at once
	 */
	syncCoalesceMs: Math.max(0, Number(env.SYNC_COALESCE_MS ?? 0) || 0),
	/** limits of the sync server (src/lib/server/sync/limits.ts); unset keeps its defaults */
	syncLimits: definedOnly({
		maxDocBytes: positive(env.SYNC_MAX_DOC_KB, 1024),
		maxConnectionsPerDoc: positive(env.SYNC_MAX_CONNECTIONS_PER_DOC),
		maxGuestConnectionsPerDoc: positive(env.SYNC_MAX_GUEST_CONNECTIONS_PER_DOC),
		maxConnectionsPerIp: positive(env.SYNC_MAX_CONNECTIONS_PER_IP),
		maxConnectionsPerPerson: positive(env.SYNC_MAX_CONNECTIONS_PER_PERSON),
		maxConnectionsPerPersonPerDoc: positive(env.SYNC_MAX_CONNECTIONS_PER_PERSON_PER_DOC),
		bytesPerSecond: positive(env.SYNC_BYTES_PER_SECOND_KB, 1024)
	}),
	/** the public origin used in links of emails (adapter-node's ORIGIN) */
	publicOrigin: env.ORIGIN || `http://localhost:${env.PORT ?? 3000}`
};
