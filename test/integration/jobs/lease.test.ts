import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startJobs, type Job, type JobRunner } from '../../../src/lib/server/jobs/index';

let database: TestDatabase;
const runners: JobRunner[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	for (const r of runners) await r.stop();
	await database.close();
});

/** Two instances' runners over one database, driven by hand (tickMs far away). */
function twoInstances(jobs: Job[], leaseMs = 60_000) {
	const options = { tickMs: 3_600_000, leaseMs };
	const a = startJobs(database.db, jobs, { ...options, owner: 'a' });
	const b = startJobs(database.db, jobs, { ...options, owner: 'b' });
	runners.push(a, b);
	return [a, b];
}

const runsOf = (job: string) =>
	database.db.selectFrom('job_runs').selectAll().where('job', '=', job).orderBy('started_at').execute();

describe('background jobs across instances', () => {
	it('runs a due job once when two instances look for it at the same moment', async () => {
		let runs = 0;
		const job: Job = { name: 'test.once', everyMs: 3_600_000, run: async () => void runs++ };
		const [a, b] = twoInstances([job]);
		const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
		await Promise.all([a.runDue(), b.runDue()]);
		expect(runs).toBe(1);
		expect([...ranA, ...ranB]).toEqual(['test.once']);
		const recorded = await runsOf('test.once');
		expect(recorded.map((r) => r.status)).toEqual(['done']);
	});

	it('runs a job again on another instance when the one running it dies mid-run', async () => {
		let started = 0;
		let finished = 0;
		const job: Job = {
			name: 'test.dies',
			everyMs: 3_600_000,
			run: async () => {
				started++;
				// The first run hangs, as a run on an instance that was killed never ends.
				if (started === 1) return new Promise(() => undefined);
				finished++;
			}
		};
		// Not stopped at the end: its run never ends, like one on an instance that was killed.
		const a = startJobs(database.db, [job], { owner: 'a', tickMs: 3_600_000, leaseMs: 300 });
		const b = startJobs(database.db, [job], { owner: 'b', tickMs: 3_600_000, leaseMs: 300 });
		runners.push(b);
		void a.runDue();
		await vi.waitFor(() => expect(started).toBe(1));
		// A dies: in a killed process no renewal fires. Here A's renewals keep running, so the lease is taken
		// from under them instead (they only renew a lease A still owns).
		await database.db.updateTable('job_leases').set({ owner: 'a (dead)' }).where('name', '=', 'test.dies').execute();
		expect(await b.runDue()).toEqual([]); // still leased
		// Once the lease has run out, B takes the job over.
		await vi.waitFor(async () => expect(await b.runDue()).toEqual(['test.dies']), { timeout: 5000, interval: 50 });
		expect(finished).toBe(1);
		const recorded = await runsOf('test.dies');
		expect(recorded.map((r) => [r.owner, r.status])).toEqual([
			['a', 'abandoned'],
			['b', 'done']
		]);
		// Done now: not run a third time.
		expect(await b.runDue()).toEqual([]);
	});

	it('tries a failed run again after the retry delay, on whichever instance looks first', async () => {
		let attempts = 0;
		const job: Job = {
			name: 'test.fails',
			everyMs: 3_600_000,
			run: async () => {
				if (++attempts === 1) throw new Error('smtp down');
			}
		};
		const a = startJobs(database.db, [job], { owner: 'a', tickMs: 3_600_000, retryMs: 100 });
		const b = startJobs(database.db, [job], { owner: 'b', tickMs: 3_600_000, retryMs: 100 });
		runners.push(a, b);
		await a.runDue();
		expect(await b.runDue()).toEqual([]);
		// Once the retry delay has passed, B runs it.
		await vi.waitFor(async () => expect(await b.runDue()).toEqual(['test.fails']), { timeout: 5000, interval: 25 });
		expect((await runsOf('test.fails')).map((r) => r.status)).toEqual(['failed', 'done']);
	});
});
