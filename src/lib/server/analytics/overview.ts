// The managers' learning analytics: per team they may see, each person's assigned modules with their status
// (who is overdue), and the hours each person and the team spent in buddy training and mentoring in a period.
import type { Actor } from '../actor';
import { assignedModules } from '../bites/records-by-person';
import { loggedSessions, type LoggedSession } from '../learning/hours';
import { visibleGroups } from './access';
import { assignmentStatus, periodOf, periodQuery, todayIn, type AssignmentStatus, type Period } from './period';

export interface ComplianceRow {
	personId: string;
	personName: string;
	moduleId: string;
	title: string;
	dueOn: string | null;
	status: AssignmentStatus;
	completedAt: string | null;
}

export interface PersonHours {
	id: string;
	name: string;
	buddyMinutes: number;
	mentoringMinutes: number;
	sessions: number;
	overdue: number;
}

export interface TeamAnalytics {
	id: string;
	name: string;
	compliance: ComplianceRow[];
	counts: Record<AssignmentStatus, number>;
	/** people with at least one overdue module */
	overduePeople: number;
	people: PersonHours[];
	/** each session once, however many of the team's people took part */
	total: { buddyMinutes: number; mentoringMinutes: number; sessions: number };
}

export interface LearningAnalytics {
	today: string;
	period: Period;
	/** from/to for links, empty for the default period */
	periodQuery: string;
	teamId: string;
	options: { id: string; name: string }[];
	teams: TeamAnalytics[];
}

const ORDER: Record<AssignmentStatus, number> = { overdue: 0, not_started: 1, in_progress: 2, done: 3 };

function minutesOf(sessions: LoggedSession[]) {
	return {
		buddyMinutes: sessions.filter((s) => s.kind === 'buddy').reduce((n, s) => n + s.minutes, 0),
		mentoringMinutes: sessions.filter((s) => s.kind === 'mentoring').reduce((n, s) => n + s.minutes, 0),
		sessions: sessions.length
	};
}

/** `query`: team (optional), from, to. `today` is YYYY-MM-DD (tests pass one). */
export async function learningAnalytics(
	actor: Actor,
	query: URLSearchParams,
	today = todayIn()
): Promise<LearningAnalytics> {
	const teamId = query.get('team') || '';
	const { options, groups } = await visibleGroups(actor, teamId || undefined);
	const period = periodOf(query, today);
	const everyone = new Map(groups.flatMap((g) => g.people.map((p) => [p.id, p])));
	const assigned = await assignedModules(actor.orgId, [...everyone.values()]);
	const sessions = await loggedSessions(actor.orgId, [...everyone.keys()], period.from, period.to);

	const teams = groups.map((g): TeamAnalytics => {
		const ids = new Set(g.people.map((p) => p.id));
		const names = new Map(g.people.map((p) => [p.id, p.name]));
		const compliance = assigned
			.filter((a) => ids.has(a.personId))
			.map((a) => ({
				personId: a.personId,
				personName: names.get(a.personId) ?? '',
				moduleId: a.moduleId,
				title: a.title,
				dueOn: a.dueOn,
				status: assignmentStatus(a, today),
				completedAt: a.completedAt
			}))
			.sort(
				(a, b) =>
					ORDER[a.status] - ORDER[b.status] ||
					(a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
					a.personName.localeCompare(b.personName) ||
					a.title.localeCompare(b.title)
			);
		const counts = { overdue: 0, not_started: 0, in_progress: 0, done: 0 };
		for (const row of compliance) counts[row.status]++;
		const took = (id: string) => (s: LoggedSession) => s.guideId === id || s.learnerId === id;
		const people = g.people.map((p) => ({
			id: p.id,
			name: p.name,
			...minutesOf(sessions.filter(took(p.id))),
			overdue: compliance.filter((c) => c.personId === p.id && c.status === 'overdue').length
		}));
		return {
			id: g.id,
			name: g.name,
			compliance,
			counts,
			overduePeople: people.filter((p) => p.overdue > 0).length,
			people,
			total: minutesOf(sessions.filter((s) => ids.has(s.guideId) || ids.has(s.learnerId)))
		};
	});
	return { today, period, periodQuery: periodQuery(period, today), teamId, options, teams };
}
