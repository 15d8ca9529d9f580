// The analytics tables as CSV downloads: exactly the rows the page shows the viewer, headers and statuses in the
// viewer's language, written by the app's one CSV writer ($lib/csv, formula starts defused).
import { csvFile, type CsvValue } from '$lib/csv';
import { m } from '$lib/paraglide/messages.js';
import type { Actor } from '../actor';
import { fileNameOf } from '../file-names';
import { NO_TEAM } from './access';
import { learningAnalytics } from './overview';
import { personAnalytics } from './person';
import { hours, type AssignmentStatus } from './period';

export interface CsvDownload {
	csv: string;
	fileName: string;
}

const statusLabel = (s: AssignmentStatus) =>
	({
		done: m.analytics_status_done(),
		in_progress: m.analytics_status_in_progress(),
		not_started: m.analytics_status_not_started(),
		overdue: m.analytics_status_overdue()
	})[s];

const teamName = (t: { id: string; name: string }) => (t.id === NO_TEAM ? m.analytics_no_team() : t.name);
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

const fileName = (parts: string[]) => `${fileNameOf(['samspil', ...parts], 'export').toLowerCase()}.csv`;

export async function complianceCsv(actor: Actor, query: URLSearchParams): Promise<CsvDownload> {
	const a = await learningAnalytics(actor, query);
	const rows: CsvValue[][] = [
		[
			m.analytics_team(),
			m.analytics_person(),
			m.analytics_module(),
			m.analytics_due(),
			m.analytics_status(),
			m.analytics_completed_on()
		]
	];
	for (const t of a.teams)
		for (const c of t.compliance)
			rows.push([teamName(t), c.personName, c.title, c.dueOn ?? '', statusLabel(c.status), day(c.completedAt)]);
	return { csv: csvFile(rows), fileName: fileName(['compliance', a.today]) };
}

export async function hoursCsv(actor: Actor, query: URLSearchParams): Promise<CsvDownload> {
	const a = await learningAnalytics(actor, query);
	const rows: CsvValue[][] = [
		[
			m.analytics_team(),
			m.analytics_person(),
			m.analytics_buddy_hours(),
			m.analytics_mentoring_hours(),
			m.analytics_total_hours(),
			m.analytics_sessions(),
			m.analytics_from(),
			m.analytics_to()
		]
	];
	const line = (team: string, who: string, x: { buddyMinutes: number; mentoringMinutes: number; sessions: number }) => [
		team,
		who,
		hours(x.buddyMinutes),
		hours(x.mentoringMinutes),
		hours(x.buddyMinutes + x.mentoringMinutes),
		x.sessions,
		a.period.from,
		a.period.to
	];
	for (const t of a.teams) {
		for (const p of t.people) rows.push(line(teamName(t), p.name, p));
		rows.push(line(teamName(t), m.analytics_team_total(), t.total));
	}
	return { csv: csvFile(rows), fileName: fileName(['learning-hours', a.period.from, a.period.to]) };
}

export async function personCsv(actor: Actor, personId: string, query: URLSearchParams): Promise<CsvDownload> {
	const a = await personAnalytics(actor, personId, query);
	const rows: CsvValue[][] = [
		[
			m.analytics_csv_section(),
			m.analytics_csv_item(),
			m.analytics_status(),
			m.analytics_due(),
			m.analytics_csv_date(),
			m.analytics_valid_until(),
			m.analytics_score(),
			m.analytics_sessions(),
			m.analytics_total_hours()
		]
	];
	for (const x of a.assignments)
		rows.push([
			m.analytics_csv_assignment(),
			x.title,
			statusLabel(x.status),
			x.dueOn ?? '',
			day(x.completedAt),
			null,
			null,
			null,
			null
		]);
	for (const x of a.completed)
		rows.push([
			m.analytics_csv_completed(),
			x.title,
			statusLabel('done'),
			null,
			day(x.completedAt),
			null,
			x.score,
			null,
			null
		]);
	for (const x of a.credentials)
		rows.push([
			m.analytics_csv_credential(),
			x.title,
			x.revoked ? m.analytics_credential_revoked() : '',
			null,
			day(x.issuedAt),
			day(x.validUntil),
			null,
			null,
			null
		]);
	for (const x of a.pairs)
		rows.push([
			x.kind === 'buddy' ? m.analytics_kind_buddy() : m.analytics_kind_mentoring(),
			`${x.programmeName}: ${x.partnerName}`,
			x.role === 'guide' ? m.analytics_role_guide() : m.analytics_role_learner(),
			null,
			`${a.period.from} – ${a.period.to}`,
			null,
			null,
			x.sessions,
			hours(x.minutes)
		]);
	return { csv: csvFile(rows), fileName: fileName(['learner', a.person.name, a.today]) };
}
