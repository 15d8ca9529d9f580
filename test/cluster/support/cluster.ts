// A real cluster for the scale-out tests: two production servers (src/bin/serve.js over build/) on their
// own ports, one fresh PostgreSQL database for the run, and a Redis of the test's own (so stopping it
// disturbs nobody else), plus a failover proxy that stands in for the load balancer.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { vi } from 'vitest';
import { freePort } from '../../e2e/support/server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PostgreSQL database of this run's own, dropped by `drop()`. */
export async function createDatabase(baseUrl: string) {
	const name = `samspil_cluster_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: baseUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(baseUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const c = new pg.Client({ connectionString: baseUrl });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

/** A redis-server on a free port that the test may stop and start again (same port, empty). */
export async function startRedis() {
	const port = await freePort();
	let child: ChildProcess | undefined;
	const start = async () => {
		child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
			stdio: 'ignore'
		});
		await vi.waitFor(
			async () => {
				if (!(await canConnect(port))) throw new Error('redis-server did not start');
			},
			{ timeout: 5000, interval: 50 }
		);
	};
	const stop = async () => {
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((r) => child!.once('exit', r));
		child.kill('SIGKILL');
		await exited;
	};
	await start();
	return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

function canConnect(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const s = net.connect(port, '127.0.0.1');
		s.once('connect', () => (s.destroy(), resolve(true)));
		s.once('error', () => resolve(false));
	});
}

export interface Instance {
	name: string;
	port: number;
	baseURL: string;
	syncURL: string;
	process: ChildProcess;
	logs(): string;
	health(): Promise<{ status: string; redis?: string }>;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

/** How many looks for due jobs an instance has finished (its /metrics, read with the run's metrics token). */
export async function jobLooks(instance: Instance, metricsToken: string): Promise<number> {
	const response = await fetch(`${instance.baseURL}/metrics`, {
		headers: { authorization: `Bearer ${metricsToken}` }
	});
	const line = (await response.text()).split('\n').find((l) => l.startsWith('samspil_job_looks_total '));
	if (!line) throw new Error(`no job counter in ${instance.name}'s metrics`);
	return Number(line.split(' ')[1]);
}

/** One production server; `env` adds to the shared settings (DATABASE_URL, REDIS_URL, …). */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `samspil-cluster-${name}-`));
	const baseURL = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['src/bin/serve.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const health = async () => (await (await fetch(`${baseURL}/healthz`)).json()) as { status: string; redis?: string };
	const until = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`instance ${name} exited with ${child.exitCode}: ${output}`);
		try {
			if ((await fetch(`${baseURL}/healthz`)).ok) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > until) throw new Error(`instance ${name} did not become healthy: ${output}`);
		await sleep(100);
	}
	return {
		name,
		port,
		baseURL,
		syncURL: `ws://127.0.0.1:${port}/sync`,
		process: child,
		logs: () => output,
		health,
		async kill(signal = 'SIGTERM') {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			child.kill(signal);
			await exited;
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * The load balancer, reduced to what the tests need: each new connection goes to the first backend that
 * accepts it, so once the first instance is gone its clients land on the next one.
 */
export async function failoverProxy(ports: number[]) {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((client) => {
		sockets.add(client);
		client.on('close', () => sockets.delete(client));
		client.on('error', () => undefined);
		const tryBackend = (i: number) => {
			if (i >= ports.length) return client.destroy();
			const upstream = net.connect(ports[i], '127.0.0.1');
			upstream.once('error', () => {
				if (!upstream.remoteAddress) tryBackend(i + 1);
				else client.destroy();
			});
			upstream.once('connect', () => {
				sockets.add(upstream);
				upstream.on('close', () => (sockets.delete(upstream), client.destroy()));
				client.on('close', () => upstream.destroy());
				client.pipe(upstream);
				upstream.pipe(client);
			});
		};
		tryBackend(0);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as net.AddressInfo).port;
	return {
		syncURL: `ws://127.0.0.1:${port}/sync`,
		close: () =>
			new Promise<void>((resolve) => {
				for (const s of sockets) s.destroy();
				server.close(() => resolve());
			})
	};
}
