// Input shapes of the single sign-on settings form.
import { z } from 'zod';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'error_invalid' });

export const SsoConfigInput = z.object({
	issuer: z
		.string()
		.trim()
		.max(300)
		.refine((v) => URL.canParse(v) && /^https?:\/\//.test(v), { error: 'sso_error_issuer' }),
	clientId: z.string().trim().min(1).max(300),
	/** empty: keep the stored secret */
	clientSecret: z.string().max(2000).optional().default(''),
	enabled: checkbox,
	ssoOnly: checkbox,
	defaultTeamId: z
		.union([z.literal(''), id])
		.optional()
		.default('')
});
export type SsoConfigInput = z.output<typeof SsoConfigInput>;
