// Input shapes of the account forms (the organisation's own forms are in orgs/schemas.ts).
import { z } from 'zod';
import { isTimeZone } from '../../time-zones';

export const LOCALES = ['da', 'en', 'nl', 'sv'] as const;

const email = z.string().trim().min(1).max(254).pipe(z.email());
const password = z.string().min(10, { error: 'error_password_short' }).max(200);
const name = z.string().trim().min(1).max(100);
/** Our ids are random base64url strings (ids.ts); anything else is refused before it reaches a query or the audit log. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'error_invalid' });

export const SetupInput = z.object({ orgName: z.string().trim().min(1).max(120), name, email, password });
export const SignInInput = z.object({ email, password: z.string().min(1).max(200) });
export const InviteInput = z.object({
	email,
	role: z.enum(['admin', 'facilitator', 'member']),
	teamId: id
		.or(z.literal(''))
		.optional()
		.transform((v) => v || null)
});
export const NewAccountInput = z.object({ name, password });
/**
 * The invitation page's one form action: a new person sends a name and password; someone who already has an
 * account sends neither (they accept signed in, answerInvitation). A browser always sends the fields a form has.
 */
export const InvitationAnswerInput = z.object({ name: name.optional(), password: password.optional() });
export const ResetRequestInput = z.object({ email });
export const ResetInput = z.object({ password });
export const ChangePasswordInput = z.object({ current: z.string().min(1).max(200), next: password });
export const ProfileInput = z.object({
	name,
	locale: z
		.enum(LOCALES)
		.or(z.literal(''))
		.transform((v) => v || null),
	timeZone: z.string().max(64).refine(isTimeZone, { error: 'error_time_zone' })
});
/** A member of the organisation, by id (an admin's reset email). */
export const PersonInput = z.object({ userId: id });
export const InvitationIdInput = z.object({ id });
export const SwitchOrgInput = z.object({ orgId: id });
/** The language switcher: an unknown language or a strange `to` is ignored rather than refused (accounts.chooseLocale, safeNext). */
export const LanguageInput = z.object({ locale: z.string().max(20).catch(''), to: z.string().max(8000).catch('') });
