// Moves SQLite's WAL checkpoints off the event loop.
//
// By default SQLite checkpoints inside whichever COMMIT pushes the WAL past 1,000 pages. With
// better-sqlite3 that COMMIT runs on our one event loop, so every few seconds under load a sync
// update waits 10–30 ms for the checkpoint's copy and fsync, and so does every client of every
// other board. Instead the main connection never checkpoints (`wal_autocheckpoint = 0`) and a
// worker thread with its own connection runs PASSIVE checkpoints on a timer. PASSIVE never waits
// for readers or writers, so it cannot block the main connection; once a checkpoint has copied
// every frame, the next writer starts the WAL over from the beginning (and `journal_size_limit`
// trims the file).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

export interface Checkpointer {
	stop(): Promise<void>;
}

// Plain CommonJS for an eval'd worker: the SvelteKit build does not emit separate worker files.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
const checkpoint = () => {
	try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: try next tick */ }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (msg) => {
	if (msg !== 'stop') return;
	clearInterval(timer);
	checkpoint();
	db.close();
	parentPort.postMessage('stopped');
});
`;

/** Starts checkpointing `file` every `intervalMs` from a worker thread. */
export function startCheckpointer(file: string, intervalMs = 1000): Checkpointer {
	const driver = createRequire(import.meta.url).resolve('better-sqlite3');
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
	worker.unref();
	// A checkpointer that dies only means the WAL grows until the next start; never crash the app.
	worker.on('error', (err) => console.error('sqlite checkpointer stopped:', err));
	let stopped: Promise<void> | null = null;
	return {
		stop() {
			stopped ??= new Promise<void>((resolve) => {
				const done = () => resolve();
				worker.once('exit', done);
				worker.once('message', () => void worker.terminate().then(done, done));
				worker.postMessage('stop');
				setTimeout(() => void worker.terminate().then(done, done), 2000).unref();
			});
			return stopped;
		}
	};
}
