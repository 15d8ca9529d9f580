import { fail, redirect } from '@sveltejs/kit';
import { getTeam, listTeams } from '$lib/server/orgs/index';
import { createProgramme, listMyPairs, listProgrammes, mySessions, ProgrammeInput, viewerOf } from '$lib/server/learning/index';
import { listNotifications, unreadCount, asLocale } from '$lib/server/notify/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

const DAY = 86_400_000;

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const viewer = await viewerOf(actor);
		const now = new Date();
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
				.map((s) => ({ pairId: s.pairId, start: s.start.toISOString(), status: s.status, partnerName: s.partnerName, programmeName: s.programmeName })),
			pairs: pairs.map((p) => ({ id: p.id, partnerName: p.partner_name, programmeName: p.programme_name, kind: p.kind })),
			programmes: programmes.map((p) => ({ id: p.id, name: p.name, kind: p.kind, cadence: p.cadence, teamName: p.team_name })),
			teams: teams.map((t) => ({ id: t.id, name: t.name })),
			manageable: teams.filter((t) => can(actor, 'learning.manage', { orgId: actor.orgId, teamId: t.id })).map((t) => ({ id: t.id, name: t.name })),
			unread,
			nudges: nudges.filter((n) => !n.read)
		};
	});
};

export const actions = {
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		// Another organisation's team is refused before anything else is looked at.
		const teamId = form.get('teamId');
		if (typeof teamId === 'string' && teamId) await guard(() => getTeam(actor, teamId));
		const input = parseForm(form, ProgrammeInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const programme = await createProgramme(actor, input.value);
			redirect(303, `/learning/programmes/${programme.id}`);
		});
	}
};
