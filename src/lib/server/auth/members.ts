// The members page of an organisation's admins: who belongs, open invitations, and whether reset emails can be sent.
import { app } from '../app/context';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { listMembers, listTeams } from '../orgs/index';
import { listInvitations } from './invitations';

export async function membersOverview(actor: Actor) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	return {
		members: await listMembers(actor),
		invitations: (await listInvitations(actor)).filter((i) => !i.accepted_at),
		teams: (await listTeams(actor)).map((t) => ({ id: t.id, name: t.name })),
		/** without SMTP the page offers no reset emails */
		mail: !!app().mailer
	};
}
