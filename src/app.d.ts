import type { Actor } from '$lib/server/actor';

declare global {
	namespace App {
		interface Locals {
			/** the signed-in person acting in their current organisation, or null */
			actor: Actor | null;
			/** signed in (may have no organisation yet) */
			user: { id: string; locale: string | null } | null;
			sessionToken: string | null;
		}
		interface Error {
			message: string;
			/** set in the browser when a page's data could not arrive because the device is offline (hooks.client.ts) */
			offline?: boolean;
		}
	}
}

export {};
