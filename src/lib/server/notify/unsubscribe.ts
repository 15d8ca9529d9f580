// Every kind of email a member can get, their choices for all of them on one page, and the unsubscribe link
// of an email (mail/unsubscribe.ts signs it), which stops that one kind for that person in that organisation.
import { z } from 'zod';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { readUnsubscribeToken } from '../mail/index';
import { emailContacts } from '../auth/index';
import { prefFor, savePrefs, setNudgePrefs, type NudgePref } from './prefs';

/** The kinds, in the order the preferences page lists them; `inApp`: it also has an in-app notification to turn off. */
export const EMAIL_KINDS = [
	{ kind: 'survey_invitation', inApp: false },
	{ kind: 'survey_reminder', inApp: false },
	{ kind: 'learning_upcoming', inApp: true },
	{ kind: 'learning_unlogged', inApp: true },
	{ kind: 'learning_feedback', inApp: true },
	{ kind: 'actions_review', inApp: true },
	{ kind: 'actions_nudge', inApp: true },
	{ kind: 'bites_review', inApp: false },
	{ kind: 'bites_credential', inApp: true }
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number]['kind'];
const isEmailKind = (kind: string): kind is EmailKind => EMAIL_KINDS.some((k) => k.kind === kind);

export async function getEmailPrefs(actor: Actor): Promise<(NudgePref & { hasInApp: boolean })[]> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return Promise.all(
		EMAIL_KINDS.map(async (k) => ({ ...(await prefFor(actor.orgId, actor.userId, k.kind)), hasInApp: k.inApp }))
	);
}

/** The preferences page's form: the boxes left ticked. */
export const EmailPrefsInput = z.object({ on: z.array(z.string().max(100)).max(50) });

/** Saves the whole page: `ticked` holds `<kind>:email` and `<kind>:app` for each box left on. */
export async function setEmailPrefs(actor: Actor, ticked: Set<string>) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	await setNudgePrefs(
		actor,
		EMAIL_KINDS.map((k) => ({
			kind: k.kind,
			email: ticked.has(`${k.kind}:email`),
			// Kinds without a switch for the app keep theirs on.
			inApp: k.inApp ? ticked.has(`${k.kind}:app`) : true
		}))
	);
}

/** What the confirm page names: the kind the link stops; null for a link we did not sign. */
export function unsubscribeView(token: string): { kind: EmailKind } | null {
	const target = readUnsubscribeToken(token);
	return target && isEmailKind(target.kind) ? { kind: target.kind } : null;
}

/** One click (RFC 8058) or the confirm page's button: that kind stops by email; the app's notices stay. */
export async function unsubscribe(token: string): Promise<{ kind: EmailKind } | null> {
	const target = readUnsubscribeToken(token);
	if (!target || !isEmailKind(target.kind)) return null;
	// Someone no longer in the organisation gets none of its emails anyway; there is nothing to store.
	if ((await emailContacts(target.orgId, [target.userId])).length === 0) return { kind: target.kind };
	const current = await prefFor(target.orgId, target.userId, target.kind);
	await savePrefs(target.orgId, target.userId, [{ kind: target.kind, inApp: current.inApp, email: false }]);
	return { kind: target.kind };
}
