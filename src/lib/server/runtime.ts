// The process-wide runtime: the app (app/index.ts) started once, with the operator's commands around it.
// Kept on globalThis so the dev server's module graph, the SvelteKit hooks and the production entry
// (src/bin/serve.js) all reach the same instance.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { startApp } from './app/index';
import type { AppSync } from './sync-wiring';

export interface Runtime {
	kind: 'sqlite' | 'postgres';
	sync: AppSync;
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	shutdown(): Promise<void>;
	seedDemo(): Promise<{
		email: string;
		password: string;
		orgName: string;
		colleagues: { name: string; email: string }[];
	}>;
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
	const started = await startApp();
	let stopping: Promise<void> | undefined;
	return {
		kind: started.kind,
		sync: started.sync,
		handleUpgrade: (req, socket, head) => started.sync.handleUpgrade(req, socket, head),
		shutdown: () => (stopping ??= started.stop()),
		async seedDemo() {
			const { seedDemoOrganisation } = await import('./demo/index');
			return seedDemoOrganisation();
		},
		async operatorResetLink(email) {
			const { createOperatorResetLink } = await import('./auth/index');
			return createOperatorResetLink(email);
		},
		migrate: () => started.migrate()
	};
}
