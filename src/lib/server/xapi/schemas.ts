// The xAPI settings form and the statements download's dates.
import { z } from 'zod';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());

export const XapiConfigInput = z.object({
	endpoint: z.string().trim().min(1).max(500),
	key: z.string().trim().min(1).max(200),
	/** empty: keep the stored secret */
	secret: z.string().max(500).optional().default(''),
	identify: z.enum(['account', 'mbox']).default('account'),
	enabled: checkbox
});
export type XapiConfigFields = z.output<typeof XapiConfigInput>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_invalid' });
export const XapiRangeInput = z.object({ from: day, to: day });
