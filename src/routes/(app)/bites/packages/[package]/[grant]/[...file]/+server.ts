// An imported package's files, on a path of their own with a sandboxing CSP: the package's scripts run in an opaque
// origin and reach the SCORM API only by postMessage (src/lib/server/bites/package-files.ts says why). A sandboxed
// document's own requests carry no SameSite cookies, so the path holds a grant the player page signed instead.
import * as bites from '$lib/server/bites/index';
import { publicEndpoint } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicEndpoint(async ({ params, url }) => {
	const file = await bites.packageFile(params.package, params.grant, params.file, url.origin);
	return new Response(file.bytes as BodyInit, {
		headers: {
			'content-type': file.type,
			'content-length': String(file.bytes.byteLength),
			...bites.PACKAGE_FILE_HEADERS
		}
	});
});
