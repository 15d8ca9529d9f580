// Input shapes of the account forms.
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
	teamId: id.or(z.literal('')).optional().transform((v) => v || null)
});
export const NewAccountInput = z.object({ name, password });
export const ResetRequestInput = z.object({ email });
export const ResetInput = z.object({ password });
export const ChangePasswordInput = z.object({ current: z.string().min(1).max(200), next: password });
export const ProfileInput = z.object({
	name,
	locale: z.enum(LOCALES).or(z.literal('')).transform((v) => v || null),
	timeZone: z.string().max(64).refine(isTimeZone, { error: 'error_time_zone' })
});
export const TeamInput = z.object({ name: z.string().trim().min(1).max(80) });
export const TeamMemberInput = z.object({ userId: id, role: z.enum(['manager', 'member']) });
export const RoleInput = z.object({ userId: id, role: z.enum(['admin', 'facilitator', 'member']) });
export const OrgSettingsInput = z.object({
	name: z.string().trim().min(1).max(120),
	minGroupSize: z.coerce.number().int({ error: 'error_invalid' }).min(3, { error: 'error_min_group' }).max(50)
});
export const PersonInput = z.object({ userId: id });
export const InvitationIdInput = z.object({ id });
