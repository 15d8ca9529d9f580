// Input shapes of the two-factor forms.
import { z } from 'zod';

const code = z.string().trim().min(6).max(20);

export const TwofactorCodeInput = z.object({ code });
export const TwofactorDisableInput = z.object({
	code: z.string().trim().max(20).optional().default(''),
	password: z.string().max(200).optional().default('')
});
export const TwofactorRequireInput = z.object({ on: z.stringbool().optional().default(false) });
