import * as plans from '$lib/server/actions/index';
import { page } from '$lib/server/http';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';

export const load = page(async (actor) => ({ overview: await plans.getOverview(actor, todayIn(), currentLocale()) }));
