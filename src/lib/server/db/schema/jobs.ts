// Background jobs' leases and run log (migrations/0009_jobs.js; see src/lib/server/jobs).

/** One background job's lock (see src/lib/server/jobs): whoever holds an unexpired lease runs it. */
export interface JobLeasesTable {
	name: string;
	owner: string | null;
	lease_until: string;
	next_run_at: string;
	last_finished_at: string | null;
}

export interface JobRunsTable {
	id: string;
	job: string;
	owner: string;
	status: 'running' | 'done' | 'failed' | 'abandoned';
	started_at: string;
	finished_at: string | null;
	error: string | null;
}

export interface JobTables {
	job_leases: JobLeasesTable;
	job_runs: JobRunsTable;
}
