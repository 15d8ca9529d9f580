import * as bites from '$lib/server/bites/index';
import { page } from '$lib/server/http';

export const load = page((actor) => bites.bitesHome(actor));
