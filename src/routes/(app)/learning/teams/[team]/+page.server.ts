import { teamPage } from '$lib/server/learning/index';
import { page } from '$lib/server/http';

export const load = page((actor, { params }) => teamPage(actor, params.team));
