// Input shapes of the organisation's forms: its settings, teams and who is in them.
import { z } from 'zod';

/** Our ids are random base64url strings (ids.ts); anything else is refused before it reaches a query or the audit log. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'error_invalid' });

export const TeamInput = z.object({ name: z.string().trim().min(1).max(80) });
export const TeamMemberInput = z.object({ userId: id, role: z.enum(['manager', 'member']) });
export const RoleInput = z.object({ userId: id, role: z.enum(['admin', 'facilitator', 'member']) });
export const OrgSettingsInput = z.object({
	name: z.string().trim().min(1).max(120),
	minGroupSize: z.coerce.number().int({ error: 'error_invalid' }).min(3, { error: 'error_min_group' }).max(50)
});
export const TeamPersonInput = z.object({ userId: id });
