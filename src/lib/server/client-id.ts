// The id a device makes for something written offline (src/lib/offline/queue.ts), so that sending it twice stores it
// once. Optional: a form posted without JavaScript has none, and is stored as before.
import { z } from 'zod';

export const clientId = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'error_invalid' })
	.optional();
