// Background jobs that run once across all instances (see lease.ts, runner.ts).
export { startJobs, type Job, type JobRunner, type JobRunnerOptions } from './runner';
