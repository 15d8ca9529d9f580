// A learning path as one LMS package (SCORM 1.2, SCORM 2004 4th edition or cmi5) for those who write and assign
// paths: the path page's form asks for it with ?standard=.
import * as bites from '$lib/server/bites/index';
import { download, endpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (actor, { params, url }) => {
	const input = bites.PackageExportInput.safeParse({ standard: url.searchParams.get('standard') ?? undefined });
	if (!input.success) return new Response(null, { status: 400 });
	const file = await bites.exportPathPackage(actor, params.path, input.data.standard, url.origin);
	return download(file.bytes, file.fileName, { type: 'application/zip' });
});
