import { dashboard } from '$lib/server/dashboard/index';
import { page } from '$lib/server/http';

export const load = page((actor) => dashboard(actor));
