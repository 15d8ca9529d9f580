// The process-wide runtime: the database and the sync server, created once.
// Kept on globalThis so the dev server's module graph, the SvelteKit hooks and the production entry
// (src/bin/serve.js) all reach the same instance.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { openDatabase, isPostgresUrl } from './db/index';
import { migrateToLatest } from './db/migrate';
import { useDatabase } from './db/current';
import { config } from './config';
import { log } from './log';
import { createAppSync, type AppSync } from './sync-wiring';
import { useLiveWriter } from './live';
import { runNudges } from './notify/index';
import { learningNudges } from './learning/nudges';
import { actionNudges } from './actions/nudges';
import { applyRetention } from './privacy/index';
import { sendReviewNudges } from './bites/index';
import { sealClosedRounds } from './surveys/index';
import { startJobs, type Job } from './jobs/index';
import { startCluster } from './cluster/index';

export interface Runtime {
	kind: 'sqlite' | 'postgres';
	sync: AppSync;
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	shutdown(): Promise<void>;
	seedDemo(): Promise<{ email: string; password: string; orgName: string; colleagues: { name: string; email: string }[] }>;
	/** `npm run reset-password -- <email>`: a one-time reset link for the operator's terminal, or null for an unknown address */
	operatorResetLink(email: string): Promise<string | null>;
	migrate(): Promise<string[]>;
}

const KEY = Symbol.for('samspil.runtime');
type Holder = { [KEY]?: Promise<Runtime> };

export function getRuntime(): Promise<Runtime> {
	const g = globalThis as Holder;
	return (g[KEY] ??= start());
}

async function start(): Promise<Runtime> {
	const opened = await openDatabase(config.databaseUrl);
	const applied = await migrateWithRetry(opened.db);
	useDatabase(opened.db, opened.kind);
	if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.migrationName) });
	const cluster = startCluster(config.redisUrl, config.redisPrefix);
	const sync = await createAppSync({ fanout: cluster.fanout });
	useLiveWriter(sync);
	// Every instance runs the runner; a lease in the database lets exactly one of them run each due job.
	const jobs = startJobs(opened.db, appJobs(sync));
	let stopping: Promise<void> | undefined;
	return {
		kind: opened.kind,
		sync,
		handleUpgrade: (req, socket, head) => sync.handleUpgrade(req, socket, head),
		shutdown: () =>
			(stopping ??= (async () => {
				await jobs.stop();
				useLiveWriter(undefined);
				await sync.close();
				await cluster.close();
				await opened.close();
			})()),
		async seedDemo() {
			const { seedDemoOrganisation } = await import('./demo/index');
			return seedDemoOrganisation();
		},
		async operatorResetLink(email) {
			const { createOperatorResetLink } = await import('./auth/index');
			return createOperatorResetLink(email);
		},
		async migrate() {
			return (await migrateToLatest(opened.db)).map((m) => m.migrationName);
		}
	};
}

/** The background jobs: reminders (notify's sources and the bites' daily review), and the log sweep. */
function appJobs(sync: AppSync): Job[] {
	const jobs: Job[] = [];
	if (config.nudgeIntervalSeconds > 0) {
		jobs.push({
			name: 'notify.nudges',
			everyMs: config.nudgeIntervalSeconds * 1000,
			run: async (now) => {
				const { created, emailed } = await runNudges([learningNudges, actionNudges], now);
				if (created || emailed) log.info('nudges', { created, emailed });
			}
		});
	}
	jobs.push(
		{
			name: 'bites.review-nudges',
			everyMs: 15 * 60_000,
			firstRunAfterMs: 15 * 60_000,
			run: async (now) => {
				const nudged = await sendReviewNudges(now);
				if (nudged) log.info('review nudges', { nudged });
			}
		},
		{
			// Retention settings: ended board archives and old survey comments past their organisation's limit.
			name: 'privacy.retention',
			everyMs: 60 * 60_000,
			run: async (now) => {
				const { boardsDeleted, commentsDeleted } = await applyRetention(now);
				if (boardsDeleted || commentsDeleted) log.info('retention applied', { boardsDeleted, commentsDeleted });
			}
		},
		{
			// Survey rounds whose closing date passed: participation dropped, small cells folded (surveys/publication.ts).
			name: 'surveys.seal-closed',
			everyMs: 15 * 60_000,
			run: async (now) => {
				const sealed = await sealClosedRounds(now);
				if (sealed) log.info('survey rounds sealed', { sealed });
			}
		},
		{
			// Documents whose log nobody compacted (their instance died, or they were never unloaded).
			name: 'sync.compact-stale',
			everyMs: 10 * 60_000,
			firstRunAfterMs: 10 * 60_000,
			run: async (now) => {
				const compacted = await sync.compactStale(new Date(now.getTime() - 10 * 60_000));
				if (compacted) log.info('stale document logs compacted', { docs: compacted });
			}
		}
	);
	return jobs;
}

/**
 * Several instances starting together on a fresh PostgreSQL database race to create Kysely's migration
 * tables (the migration lock is only taken once they exist); the loser fails and simply tries again.
 */
async function migrateWithRetry(db: Parameters<typeof migrateToLatest>[0]) {
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
