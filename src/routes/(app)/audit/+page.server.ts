import * as audit from '$lib/server/audit/index';
import { page } from '$lib/server/http';

export const load = page(async (actor) => ({ events: await audit.listEvents(actor, { limit: 300 }) }));
