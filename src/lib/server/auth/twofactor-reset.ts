// An admin resets a member's two-factor sign-in when the member has lost both their authenticator and their
// recovery codes: the secret, the recovery codes and any pending sign-in step go, and the member signs in with
// their password alone until they turn it on again (an admin in an organisation that requires it is held at
// enrolment). Asked to confirm first, recorded in the audit log, and the member is told by email, so a reset
// they did not ask for does not go unnoticed. Nobody resets their own this way: turning one's own off asks for a
// code or the password (/profile/twofactor).
import { db } from '../db/current';
import { Invalid, NotFound } from '../errors';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { config } from '../config';
import { asLocale, translateIn } from '../i18n';
import { deliverSoon, mailEnabled, queueEmail, renderEmail } from '../mail/index';
import { findActiveMember, getOrganisation } from '../orgs/index';
import type { Actor } from '../actor';
import { hasTwofactor, removeTwofactor } from './twofactor';

async function resettable(actor: Actor, userId: string) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const member = await findActiveMember(actor, userId);
	if (!member) throw new NotFound('member');
	if (member.id === actor.userId) throw new Invalid('twofactor_reset_own');
	if (!(await hasTwofactor(member.id))) throw new Invalid('twofactor_not_on');
	return member;
}

/** The confirm step's key; the checks run first, so a reset that would be refused is refused before it is asked. */
export async function twofactorResetQuestion(actor: Actor, userId: string): Promise<string> {
	await resettable(actor, userId);
	return `twofactor:${userId}`;
}

export async function resetMemberTwofactor(actor: Actor, userId: string): Promise<{ name: string }> {
	const member = await resettable(actor, userId);
	await removeTwofactor(member.id);
	await record({ orgId: actor.orgId, actor, action: 'member.twofactor_reset', target: member.id });
	if (mailEnabled()) {
		const user = await db()
			.selectFrom('users')
			.select(['email', 'locale'])
			.where('id', '=', member.id)
			.executeTakeFirstOrThrow();
		const org = (await getOrganisation(actor)).name;
		const locale = asLocale(user.locale);
		const subject = translateIn(locale, 'twofactor_reset_email_subject');
		await queueEmail(db(), {
			orgId: actor.orgId,
			userId: member.id,
			to: user.email,
			kind: 'twofactor_reset',
			locale,
			subject,
			...renderEmail({
				subject,
				greeting: translateIn(locale, 'notify_email_greeting', { name: member.name }),
				paragraphs: [translateIn(locale, 'twofactor_reset_email_body', { admin: actor.name, org })],
				action: {
					label: translateIn(locale, 'twofactor_reset_email_action'),
					url: `${config.publicOrigin}/profile/twofactor`
				},
				notes: [translateIn(locale, 'twofactor_reset_email_not_you', { org })]
			})
		});
		deliverSoon();
	}
	return { name: member.name };
}
