// Runs the app's background jobs on every instance; the lease (lease.ts) makes sure each due run happens
// on exactly one of them. Every instance looks every few seconds; the one that wins the lease runs the job.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { DB } from '../db/index';
import { log } from '../log';
import { claimJob, ensureJob, finishJob, renewLease } from './lease';

export interface Job {
	/** unique and stable: it names the lock row */
	name: string;
	/** from the end of one run to the next */
	everyMs: number;
	/** when the job is new (no row yet): first due this long after start-up (default: at once) */
	firstRunAfterMs?: number;
	run(now: Date): Promise<unknown>;
}

export interface JobRunnerOptions {
	/** this instance's name in the lease (default: host, pid and a random part) */
	owner?: string;
	/** how often to look for due jobs (default: 5 s, or the shortest interval if smaller) */
	tickMs?: number;
	/** how long a claim holds without renewal (default 60 s); renewed every third of it while running */
	leaseMs?: number;
	/** after a failed run, try again after this long (default: 60 s, or the interval if shorter) */
	retryMs?: number;
	now?: () => number;
}

export interface JobRunner {
	readonly owner: string;
	/**
	 * Looks for due jobs this instance has finished. A run leaves no trace when nothing is due, so this is what
	 * shows (in /metrics) that an instance has looked again, e.g. and found nothing to do twice.
	 */
	readonly looks: number;
	/** looks once for due jobs and runs those it wins; resolves with their names when they are done */
	runDue(): Promise<string[]>;
	stop(): Promise<void>;
}

export function startJobs(db: DB, jobs: Job[], options: JobRunnerOptions = {}): JobRunner {
	const owner = options.owner ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
	const leaseMs = options.leaseMs ?? 60_000;
	const now = options.now ?? Date.now;
	const tickMs = options.tickMs ?? Math.min(5000, ...jobs.map((j) => j.everyMs));
	const running = new Map<string, Promise<void>>();
	let stopped = false;
	let ensured: Promise<void> | undefined;
	let looks = 0;

	async function runJob(job: Job): Promise<boolean> {
		const runId = await claimJob(db, job.name, owner, now(), leaseMs);
		if (!runId) return false;
		const heartbeat = setInterval(
			() => {
				renewLease(db, job.name, owner, now(), leaseMs)
					.then((held) => held || log.warn('job lease lost while running', { job: job.name }))
					.catch((error) => log.warn('job lease not renewed', { job: job.name, error: String(error) }));
			},
			Math.max(10, Math.floor(leaseMs / 3))
		);
		heartbeat.unref();
		let error: string | undefined;
		try {
			await job.run(new Date(now()));
		} catch (e) {
			error = String(e);
			log.error('job failed', { job: job.name, error });
		} finally {
			clearInterval(heartbeat);
		}
		const finished = now();
		const retryMs = options.retryMs ?? Math.min(60_000, job.everyMs);
		await finishJob(
			db,
			job.name,
			owner,
			runId,
			finished,
			finished + (error === undefined ? job.everyMs : retryMs),
			error
		);
		return true;
	}

	async function runDue(): Promise<string[]> {
		if (stopped) return [];
		ensured ??= Promise.all(jobs.map((j) => ensureJob(db, j.name, now() + (j.firstRunAfterMs ?? 0)))).then(
			() => undefined,
			(error) => {
				ensured = undefined; // the database was away: try again on the next look
				throw error;
			}
		);
		await ensured;
		const ran: string[] = [];
		await Promise.all(
			jobs.map(async (job) => {
				if (running.has(job.name) || stopped) return;
				const run = runJob(job).then(
					(won) => void (won && ran.push(job.name)),
					(error) => log.warn('job lock unavailable', { job: job.name, error: String(error) })
				);
				running.set(job.name, run);
				await run.finally(() => running.delete(job.name));
			})
		);
		looks++;
		return ran;
	}

	const timer = jobs.length ? setInterval(() => void runDue().catch(() => undefined), tickMs) : undefined;
	timer?.unref();

	return {
		owner,
		get looks() {
			return looks;
		},
		runDue,
		async stop() {
			stopped = true;
			if (timer) clearInterval(timer);
			// A run in progress finishes (and frees its lease) before the database closes.
			await Promise.allSettled(running.values());
		}
	};
}
