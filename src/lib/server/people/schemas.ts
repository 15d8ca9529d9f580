// The forms of people import and SCIM settings.
import { z } from 'zod';

/** an uploaded CSV (an empty file input sends a nameless, empty File: no file) */
export const ImportUploadInput = z.object({
	file: z
		.instanceof(File)
		.optional()
		.transform((f) => (f && f.size > 0 ? f : undefined))
});
