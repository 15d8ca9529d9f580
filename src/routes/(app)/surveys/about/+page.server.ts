import * as surveys from '$lib/server/surveys/index';
import { page } from '$lib/server/http';

export const load = page((actor) => surveys.anonymityRules(actor));
