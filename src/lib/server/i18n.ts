// Server-side translation of catalogue keys (errors thrown by modules carry keys, not text).
import { m } from '$lib/paraglide/messages.js';

type MessageFn = (params?: Record<string, unknown>) => string;

export function translate(key: string, params?: Record<string, unknown>): string {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params ?? {}) : key;
}
