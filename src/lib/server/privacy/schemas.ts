// Input shapes of the privacy forms.
import { z } from 'zod';

const months = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(
		z
			.number({ error: 'error_invalid' })
			.int({ error: 'error_invalid' })
			.min(1, { error: 'error_privacy_months' })
			.max(240, { error: 'error_privacy_months' })
			.nullable()
	);

export const EraseInput = z.object({
	password: z.string().min(1).max(200),
	confirm: z.literal('yes', { error: 'error_privacy_confirm_box' })
});

export const RetentionInput = z.object({ boardArchiveMonths: months, surveyCommentMonths: months });

export const DeleteOrgInput = z.object({ confirmName: z.string().trim().min(1).max(120) });
