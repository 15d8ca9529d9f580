// Configuration from the environment, read once. Every variable is listed in the README.
const env = process.env;

export const config = {
	/** unset or file:… → SQLite (default ./data/samspil.db); postgres://… → PostgreSQL */
	databaseUrl: env.DATABASE_URL || undefined,
	redisUrl: env.REDIS_URL || undefined,
	/** days a session lives without use (sliding) */
	sessionDays: Number(env.SESSION_DAYS ?? 30),
	/** token that may read /metrics without an admin session */
	metricsToken: env.METRICS_TOKEN || undefined,
	logLevel: (env.LOG_LEVEL ?? 'info') as 'debug' | 'info' | 'warn' | 'error',
	/** set when tests run many sign-ins from one address */
	loginLimitPerIp: Number(env.LOGIN_LIMIT_PER_IP ?? 50),
	loginLimitPerAccount: Number(env.LOGIN_LIMIT_PER_ACCOUNT ?? 10),
	/** uploads and key files; default: the SQLite file's folder, or ./data with PostgreSQL */
	dataDir: env.DATA_DIR || undefined,
	/** derives the key that encrypts signing keys at rest; unset → a generated key file in the data folder */
	secretKey: env.SECRET_KEY || undefined,
	/** largest learning-bite upload in megabytes */
	biteUploadMaxMb: Number(env.BITES_UPLOAD_MAX_MB ?? 20),
	/** SMTP server for review nudges by email (e.g. smtp://user:pass@host:587); unset → in-app only */
	smtpUrl: env.SMTP_URL || undefined,
	mailFrom: env.MAIL_FROM ?? 'Samspil <no-reply@samspil.local>'
};
