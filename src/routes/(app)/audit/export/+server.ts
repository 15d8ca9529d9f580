import * as audit from '$lib/server/audit/index';
import { endpoint } from '$lib/server/http';

export const GET = endpoint(
	async (actor) =>
		new Response(await audit.exportCsv(actor), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="samspil-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
				'cache-control': 'no-store'
			}
		})
);
