// The process-wide runtime: the database and the sync server, created once.
// Kept on globalThis so the dev server's module graph, the SvelteKit hooks and the production entry
// (src/bin/serve.js) all reach the same instance.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { openDatabase } from './db/index';
import { migrateToLatest } from './db/migrate';
import { useDatabase } from './db/current';
import { config } from './config';
import { log } from './log';
import { createAppSync, type AppSync } from './sync-wiring';
import { useLiveWriter } from './live';
import { startNudgeScheduler } from './notify/index';
import { learningNudges } from './learning/nudges';
import { actionNudges } from './actions/nudges';
import { retentionJob } from './privacy/index';

export interface Runtime {
	kind: 'sqlite' | 'postgres';
	sync: AppSync;
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	shutdown(): Promise<void>;
	seedDemo(): Promise<{ email: string; password: string; orgName: string }>;
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
	const applied = await migrateToLatest(opened.db);
	useDatabase(opened.db, opened.kind);
	if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.migrationName) });
	const sync = await createAppSync();
	useLiveWriter(sync);
	// Reminders run in this process; a second instance running them too is harmless (see notify/scheduler.ts).
	const nudges = startNudgeScheduler([learningNudges, actionNudges, retentionJob]);
	let stopping: Promise<void> | undefined;
	return {
		kind: opened.kind,
		sync,
		handleUpgrade: (req, socket, head) => sync.handleUpgrade(req, socket, head),
		shutdown: () =>
			(stopping ??= (async () => {
				await nudges.stop();
				useLiveWriter(undefined);
				await sync.close();
				await opened.close();
			})()),
		async seedDemo() {
			const { seedDemoOrganisation } = await import('./demo/index');
			return seedDemoOrganisation();
		},
		async migrate() {
			return (await migrateToLatest(opened.db)).map((m) => m.migrationName);
		}
	};
}
