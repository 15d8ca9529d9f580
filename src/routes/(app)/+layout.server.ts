import * as notify from '$lib/server/notify/index';
import { page } from '$lib/server/http';

// The header: where one may go and the bell.
export const load = page((actor) => notify.appHeader(actor));
