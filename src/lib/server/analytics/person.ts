// One learner, for a viewer who may see them (access.ts): their assignments with status and dates, the modules
// they completed with scores, their credentials (titles and dates only) and their buddy and mentoring hours by pair
// in the period. No log text, no feedback.
import type { Actor } from '../actor';
import { listMembers } from '../orgs/index';
import { assignedModules, completedModules, credentialDates } from '../bites/records-by-person';
import { loggedSessions } from '../learning/hours';
import { viewablePerson } from './access';
import { assignmentStatus, periodOf, periodQuery, todayIn } from './period';

export async function personAnalytics(actor: Actor, personId: string, query: URLSearchParams, today = todayIn()) {
	const person = await viewablePerson(actor, personId);
	const period = periodOf(query, today);
	const assignments = (await assignedModules(actor.orgId, [person]))
		.map((a) => ({
			moduleId: a.moduleId,
			title: a.title,
			dueOn: a.dueOn,
			startedAt: a.startedAt,
			completedAt: a.completedAt,
			status: assignmentStatus(a, today)
		}))
		.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title));
	const sessions = await loggedSessions(actor.orgId, [person.id], period.from, period.to);
	const names = new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
	const pairs = new Map<
		string,
		{
			pairId: string;
			programmeName: string;
			kind: 'buddy' | 'mentoring';
			role: 'guide' | 'learner';
			partnerName: string;
			sessions: number;
			minutes: number;
		}
	>();
	for (const s of sessions) {
		const role = s.guideId === person.id ? 'guide' : 'learner';
		const pair = pairs.get(s.pairId) ?? {
			pairId: s.pairId,
			programmeName: s.programmeName,
			kind: s.kind,
			role,
			partnerName: names.get(role === 'guide' ? s.learnerId : s.guideId) ?? '—',
			sessions: 0,
			minutes: 0
		};
		pair.sessions++;
		pair.minutes += s.minutes;
		pairs.set(s.pairId, pair);
	}
	const byPair = [...pairs.values()].sort(
		(a, b) => b.minutes - a.minutes || a.partnerName.localeCompare(b.partnerName)
	);
	return {
		today,
		period,
		periodQuery: periodQuery(period, today),
		person: { id: person.id, name: person.name, teams: person.teams },
		assignments,
		overdue: assignments.filter((a) => a.status === 'overdue').length,
		completed: await completedModules(actor.orgId, person.id),
		credentials: await credentialDates(actor.orgId, person.id),
		pairs: byPair,
		total: {
			sessions: byPair.reduce((n, p) => n + p.sessions, 0),
			minutes: byPair.reduce((n, p) => n + p.minutes, 0)
		}
	};
}

export type PersonAnalytics = Awaited<ReturnType<typeof personAnalytics>>;
