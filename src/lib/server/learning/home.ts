// The learning start page: one's sessions of the next two weeks, one's pairs, the organisation's programmes,
// unread nudges, and the teams the viewer may start a programme in.
import { can } from '../policy';
import { listTeams } from '../orgs/index';
import { asLocale, listNotifications, unreadCount } from '../notify/index';
import type { Actor } from '../actor';
import { listMyPairs } from './pairs';
import { listProgrammes } from './programmes';
import { mySessions } from './schedule';
import { viewerOf } from './viewer';

const DAY = 86_400_000;

export async function learningHome(actor: Actor, now = new Date()) {
	const viewer = await viewerOf(actor);
	const teams = await listTeams(actor);
	const [sessions, pairs, programmes, unread, nudges] = await Promise.all([
		mySessions(actor, new Date(now.getTime() - DAY), new Date(now.getTime() + 14 * DAY)),
		listMyPairs(actor),
		listProgrammes(actor),
		unreadCount(actor),
		listNotifications(actor, { locale: asLocale(viewer.locale), timeZone: viewer.timeZone }, 5)
	]);
	return {
		viewer,
		sessions: sessions
			.filter((s) => s.end > now)
			.map((s) => ({
				pairId: s.pairId,
				start: s.start.toISOString(),
				status: s.status,
				partnerName: s.partnerName,
				programmeName: s.programmeName
			})),
		pairs: pairs.map((p) => ({ id: p.id, partnerName: p.partner_name, programmeName: p.programme_name, kind: p.kind })),
		programmes: programmes.map((p) => ({
			id: p.id,
			name: p.name,
			kind: p.kind,
			cadence: p.cadence,
			teamName: p.team_name
		})),
		teams: teams.map((t) => ({ id: t.id, name: t.name })),
		unread,
		nudges: nudges.filter((n) => !n.read),
		permissions: {
			/** learning analytics of the people one leads (an admin, a team's manager) */
			analytics: can(actor, 'learning.analytics.open', { orgId: actor.orgId }),
			/** the teams the viewer may start a programme in */
			manageTeams: teams
				.filter((t) => can(actor, 'learning.manage', { orgId: actor.orgId, teamId: t.id }))
				.map((t) => ({ id: t.id, name: t.name }))
		}
	};
}
