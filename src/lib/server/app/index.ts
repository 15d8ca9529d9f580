// The composition root: the one place that builds the app from its parts and hands each module what it needs
// (app/context.ts says why through a registry). `startApp` is the production start (runtime.ts): database,
// migrations, Redis, sync server, jobs. `createApp` is the part tests share: the app around a database they
// opened themselves.
import path from 'node:path';
import { openDatabase, isPostgresUrl, sqlitePath, type DB } from '../db/index';
import { migrateToLatest } from '../db/migrate';
import { config } from '../config';
import { log } from '../log';
import { memoryRateLimitStore, type RateLimitStore } from '../auth/ratelimit';
import { smtpMailer } from '../notify/index';
import { planCards, surveysModuleResults } from '../actions/index';
import { startCluster } from '../cluster/index';
import { startJobs } from '../jobs/index';
import { createAppSync, type AppSync } from '../sync-wiring';
import { appJobs } from './jobs';
import { installApp, type AppContext, type Mailer } from './context';

export { app, type AppContext, type LiveSync, type Mailer, type MailMessage } from './context';

export interface AppParts {
	db: DB;
	kind: 'sqlite' | 'postgres';
	/** default: from SMTP_URL, none without it */
	mailer?: Mailer;
	/** default: counters in this process */
	rateLimits?: RateLimitStore;
	/** default: DATA_DIR, else the SQLite file's folder, else ./data */
	dataDir?: string;
}

/** Builds the app around an open, migrated database and makes it the one the modules use. */
export function createApp(parts: AppParts): AppContext {
	return installApp({
		db: parts.db,
		dbKind: parts.kind,
		mailer: 'mailer' in parts ? parts.mailer : configuredMailer(),
		rateLimits: parts.rateLimits ?? memoryRateLimitStore(),
		dataDir: parts.dataDir ?? configuredDataDir(),
		// Links between modules that would otherwise import each other.
		surveyResults: surveysModuleResults,
		planCards
	});
}

function configuredMailer(): Mailer | undefined {
	return config.smtpUrl ? smtpMailer({ url: config.smtpUrl, from: config.smtpFrom }) : undefined;
}

function configuredDataDir(): string {
	if (config.dataDir) return path.resolve(config.dataDir);
	if (isPostgresUrl(config.databaseUrl)) return path.resolve('data');
	const file = sqlitePath(config.databaseUrl);
	return file === ':memory:' ? path.resolve('data') : path.dirname(file);
}

export interface StartedApp {
	kind: 'sqlite' | 'postgres';
	sync: AppSync;
	migrate(): Promise<string[]>;
	stop(): Promise<void>;
}

/** The production app: database (migrated), Redis when configured, the sync server and the background jobs. */
export async function startApp(): Promise<StartedApp> {
	const opened = await openDatabase(config.databaseUrl);
	const applied = await migrateWithRetry(opened.db);
	if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.migrationName) });
	const cluster = startCluster(config.redisUrl, config.redisPrefix);
	const app = createApp({ db: opened.db, kind: opened.kind, rateLimits: cluster.rateLimits });
	// The sync server authorises through the modules, so it comes after the app it belongs to.
	const sync = await createAppSync({ fanout: cluster.fanout });
	app.sync = sync;
	// Every instance runs the runner; a lease in the database lets exactly one of them run each due job.
	const jobs = startJobs(opened.db, appJobs(sync));
	app.jobs = jobs;
	return {
		kind: opened.kind,
		sync,
		async migrate() {
			return (await migrateToLatest(opened.db)).map((m) => m.migrationName);
		},
		async stop() {
			await jobs.stop();
			app.jobs = undefined;
			app.sync = undefined;
			await sync.close();
			await cluster.close();
			app.mailer?.close?.();
			await opened.close();
		}
	};
}

/**
 * Several instances starting together on a fresh PostgreSQL database race to create Kysely's migration
 * tables (the migration lock is only taken once they exist); the loser fails and simply tries again.
 */
async function migrateWithRetry(db: DB) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await migrateToLatest(db);
		} catch (error) {
			if (!isPostgresUrl(config.databaseUrl) || attempt >= 5) throw error;
			log.warn('migration failed, retrying', { attempt, error: String(error) });
			await new Promise((r) => setTimeout(r, 300 * attempt));
		}
	}
}
export { health, type Health } from './health';
export { readMetrics } from './metrics';
export { firstRun, needsSetup } from './first-run';
