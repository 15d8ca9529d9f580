// The members page of an organisation's admins: who belongs, open invitations, and whether reset emails can be sent.
import { app } from '../app/context';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { listMembers, listTeams } from '../orgs/index';
import { listInvitations } from './invitations';
import { twofactorOn } from './twofactor';

export async function membersOverview(actor: Actor) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const members = await listMembers(actor);
	const twofactor = await twofactorOn(members.map((p) => p.id));
	return {
		/** `twofactor`: on for them, so an admin may reset it (not their own: that is on their profile) */
		members: members.map((p) => ({ ...p, twofactor: twofactor.has(p.id) && p.id !== actor.userId })),
		invitations: (await listInvitations(actor)).filter((i) => !i.accepted_at),
		teams: (await listTeams(actor)).map((t) => ({ id: t.id, name: t.name })),
		/** without SMTP the page offers no reset emails */
		mail: !!app().mailer
	};
}
