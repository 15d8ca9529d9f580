// Starts the production server (src/bin/serve.js over build/) on a free port with a fresh SQLite
// database, for one spec file. Stop it with stop(); restart() keeps the database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestServer {
	baseURL: string;
	port: number;
	dataDir: string;
	stop(signal?: NodeJS.Signals): Promise<number | null>;
	/** Same port and database; `env` adds to (or overrides) the first start's environment from now on. */
	restart(env?: Record<string, string>): Promise<void>;
	logs(): string;
}

/** A port nobody listens on right now (the e2e servers' and the cluster harness' instances take one each). */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as net.AddressInfo).port;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

/**
 * Waits until `child` itself listens (`listening()`: it printed so) and answers /healthz. A healthy answer alone is not
 * enough: freePort() only saw the port free, and another spec file's server may have taken it meanwhile.
 * `addressHeader`: the server reads client addresses from this header (ADDRESS_HEADER), so every request must carry it.
 */
async function waitForHealth(
	url: string,
	child: ChildProcess,
	listening: () => boolean,
	timeoutMs = 60_000,
	addressHeader?: string
) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new ServerExited(child.exitCode);
		try {
			const res = await fetch(`${url}/healthz`, { headers: addressHeader ? { [addressHeader]: '127.0.0.1' } : {} });
			if (res.ok && listening()) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('server did not become healthy');
}

class ServerExited extends Error {
	constructor(readonly code: number | null) {
		super(`server exited with ${code}`);
	}
}

/** `cwd`: another checkout whose own `src/bin/serve.js` and `build/` to run (the boards benchmark's reference). */
export async function startServer(env: Record<string, string> = {}, cwd?: string): Promise<TestServer> {
	let port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-'));
	let baseURL = `http://localhost:${port}`;
	let output = '';
	let child: ChildProcess;
	let extraEnv: Record<string, string> = {};
	const launch = async () => {
		const from = output.length;
		child = spawn(process.execPath, ['src/bin/serve.js'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_URL: `file:${path.join(dataDir, 'samspil.db')}`,
				LOG_LEVEL: 'warn',
				...env,
				...extraEnv
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			cwd
		});
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d) => (output += d));
		const listening = () => output.slice(from).includes('"msg":"listening"');
		await waitForHealth(baseURL, child, listening, 60_000, env.ADDRESS_HEADER);
	};
	const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
		new Promise<number | null>((resolve) => {
			if (child.exitCode !== null) return resolve(child.exitCode);
			child.once('exit', (code) => resolve(code));
			child.kill(signal);
		});
	// Another spec file's server may take the port between freePort() and our server's listen: then try another.
	for (let attempt = 1; ; attempt++) {
		try {
			await launch();
			break;
		} catch (error) {
			if (!(error instanceof ServerExited) || !output.includes('EADDRINUSE') || attempt === 3) throw error;
			port = await freePort();
			baseURL = `http://localhost:${port}`;
		}
	}
	return {
		baseURL,
		port,
		dataDir,
		stop,
		async restart(more: Record<string, string> = {}) {
			await stop();
			extraEnv = { ...extraEnv, ...more };
			await launch();
		},
		logs: () => output
	};
}
