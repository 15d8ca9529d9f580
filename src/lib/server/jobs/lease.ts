// The lock behind exactly-once background jobs: one row per job in `job_leases`. Starting a job is one
// conditional UPDATE (due, and nobody holds an unexpired lease), which exactly one instance can win on
// SQLite and on PostgreSQL alike. The winner renews the lease while it runs and, when done, frees it and
// sets the next run time. An instance that dies mid-job stops renewing: once the lease expires the job
// is still due, so the next instance to look runs it again (jobs are written to be safe to repeat).
import type { DB } from '../db/index';
import { newId } from '../ids';

const iso = (ms: number) => new Date(ms).toISOString();

/** Makes sure the job has a row; a new job is first due at `firstDueAt`. */
export async function ensureJob(db: DB, name: string, firstDueAt: number) {
	await db
		.insertInto('job_leases')
		.values({ name, owner: null, lease_until: iso(0), next_run_at: iso(firstDueAt), last_finished_at: null })
		.onConflict((oc) => oc.column('name').doNothing())
		.execute();
}

/** Takes the job if it is due and free; returns the run's id, or null when another instance has it. */
export async function claimJob(
	db: DB,
	name: string,
	owner: string,
	now: number,
	leaseMs: number
): Promise<string | null> {
	const claimed = await db
		.updateTable('job_leases')
		.set({ owner, lease_until: iso(now + leaseMs) })
		.where('name', '=', name)
		.where('next_run_at', '<=', iso(now))
		.where('lease_until', '<=', iso(now))
		.executeTakeFirst();
	if (Number(claimed.numUpdatedRows) !== 1) return null;
	// We hold the lease, so a run still marked running belongs to an instance that died.
	await db
		.updateTable('job_runs')
		.set({ status: 'abandoned', finished_at: iso(now) })
		.where('job', '=', name)
		.where('status', '=', 'running')
		.execute();
	const id = newId();
	await db
		.insertInto('job_runs')
		.values({ id, job: name, owner, status: 'running', started_at: iso(now), finished_at: null, error: null })
		.execute();
	return id;
}

/** Extends a running job's lease; false when it was lost (expired and taken over). */
export async function renewLease(db: DB, name: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
	const renewed = await db
		.updateTable('job_leases')
		.set({ lease_until: iso(now + leaseMs) })
		.where('name', '=', name)
		.where('owner', '=', owner)
		.executeTakeFirst();
	return Number(renewed.numUpdatedRows) === 1;
}

/** Frees the lease and schedules the next run; records how the run ended. */
export async function finishJob(
	db: DB,
	name: string,
	owner: string,
	runId: string,
	now: number,
	nextRunAt: number,
	error?: string
) {
	await db
		.updateTable('job_leases')
		.set({ owner: null, lease_until: iso(now), next_run_at: iso(nextRunAt), last_finished_at: iso(now) })
		.where('name', '=', name)
		.where('owner', '=', owner)
		.execute();
	await db
		.updateTable('job_runs')
		.set({ status: error === undefined ? 'done' : 'failed', finished_at: iso(now), error: error ?? null })
		.where('id', '=', runId)
		.execute();
}
