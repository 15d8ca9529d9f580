// Prometheus metrics of the sync server and the process, for an organisation admin or whoever holds METRICS_TOKEN.
// Process-wide counters only: no organisation's data is in them.
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../actor';
import { config } from '../config';
import { processMetrics } from '../process-metrics';
import { app } from './context';

function bearerMatches(header: string | null): boolean {
	if (!config.metricsToken || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice('Bearer '.length));
	const wanted = Buffer.from(config.metricsToken);
	return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The metrics text, or who is refused: 401 for someone not signed in (and without the token), 403 for a
 * signed-in person who is not an admin.
 */
export function readMetrics(viewer: {
	actor: Actor | null;
	signedIn: boolean;
	authorization: string | null;
}): { text: string } | { refused: 401 | 403 } {
	if (!bearerMatches(viewer.authorization) && viewer.actor?.role !== 'admin')
		return { refused: viewer.signedIn ? 403 : 401 };
	return { text: (app().sync?.metrics?.() ?? '') + jobMetrics() + processMetrics() };
}

function jobMetrics(): string {
	const jobs = app().jobs;
	if (!jobs) return '';
	return [
		'# HELP samspil_job_looks_total Looks for due background jobs this instance has finished.',
		'# TYPE samspil_job_looks_total counter',
		`samspil_job_looks_total ${jobs.looks}`,
		''
	].join('\n');
}
