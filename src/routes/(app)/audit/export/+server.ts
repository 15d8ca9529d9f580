import { exportCsv } from '$lib/server/audit/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const GET = async ({ locals }) => {
	const actor = requireActor(locals);
	const csv = await guard(() => exportCsv(actor));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="samspil-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
