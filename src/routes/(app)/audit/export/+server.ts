import * as audit from '$lib/server/audit/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor) =>
	download(await audit.exportCsv(actor), `samspil-audit-${new Date().toISOString().slice(0, 10)}.csv`)
);
