// The benchmarks' other processes: servers on free ports, and workers that answer calls over IPC.
import { fork } from 'node:child_process';
import net from 'node:net';

/**
 * A TCP port nothing listens on right now, on the loopback address.
 * @returns {Promise<number>}
 */
export function freePort() {
	return new Promise((resolve) => {
		const s = net.createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (s.address());
			s.close(() => resolve(port));
		});
	});
}

/**
 * Forks `file` as a worker: `call(cmd, args)` sends `{ id, cmd, args }` and resolves with the `result` of the
 * reply carrying the same id; `stats()` asks `{ cmd: 'stats' }` and resolves with the reply's `stats`; `first`
 * resolves with the first other message (a server's `{ port }`).
 * @param {string} file
 * @param {{ argv?: string[], env?: Record<string, string>, execArgv?: string[] }} [options]
 */
export function forkWorker(file, { argv = [], env = {}, execArgv = [] } = {}) {
	const proc = fork(file, argv, {
		execArgv,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	/** @type {Map<number | 'stats', (value: any) => void>} */
	const pending = new Map();
	let next = 0;
	/** @type {(msg: any) => void} */
	let onFirst = () => {};
	/** @type {Promise<any>} */
	const first = new Promise((r) => (onFirst = r));
	proc.on('message', (/** @type {any} */ msg) => {
		if (msg.id !== undefined) {
			pending.get(msg.id)?.(msg.result);
			pending.delete(msg.id);
		} else if (msg.stats) {
			pending.get('stats')?.(msg.stats);
			pending.delete('stats');
		} else onFirst(msg);
	});
	return {
		proc,
		first,
		/** @type {(cmd: string, args?: unknown) => Promise<any>} */
		call: (cmd, args) =>
			new Promise((resolve) => {
				const id = next++;
				pending.set(id, resolve);
				proc.send({ id, cmd, args });
			}),
		/** @returns {Promise<any>} */
		stats: () =>
			new Promise((resolve) => {
				pending.set('stats', resolve);
				proc.send({ cmd: 'stats' });
			}),
		/** lets the process exit on its own (so --cpu-prof can write), then makes sure */
		kill: async () => {
			proc.disconnect();
			const exited = new Promise((r) => proc.once('exit', r));
			const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
			await exited;
			clearTimeout(t);
		}
	};
}

/**
 * SIGTERM, resolved once the process has exited (at once if it already has).
 * @param {import('node:child_process').ChildProcess} proc
 * @returns {Promise<void>}
 */
export function stopProcess(proc) {
	return new Promise((r) => {
		if (proc.exitCode !== null) return r();
		proc.once('exit', r);
		proc.kill('SIGTERM');
	});
}

/**
 * Resolves once `isUp()` (e.g. a /healthz fetch) says yes, checking every 200 ms; throws if `proc` exits first or
 * a minute passes.
 * @param {import('node:child_process').ChildProcess} proc
 * @param {() => Promise<boolean>} isUp
 */
export async function waitUntilUp(proc, isUp) {
	for (const until = Date.now() + 60_000; !(await isUp().catch(() => false));) {
		if (Date.now() > until || proc.exitCode !== null) throw new Error('the server did not start');
		await new Promise((r) => setTimeout(r, 200));
	}
}
