// Uploaded files, served apart from the pages: the stored type (proven by the file's bytes at upload),
// nosniff, inline for media and captions, attachment (under the name it was uploaded with) for a download card's
// document, and a sandboxing CSP in case a browser still tries.
import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { DomainError } from '$lib/server/errors';
import { contentDisposition } from '$lib/server/http';

export const GET = async ({ locals, params, cookies }) => {
	try {
		const file = await bites.mediaFile(locals.actor, cookies.get(bites.LEARNER_COOKIE), params.media);
		return new Response(new Uint8Array(file.bytes), {
			headers: {
				'content-type': file.mime,
				'content-length': String(file.size),
				'x-content-type-options': 'nosniff',
				'content-disposition': file.download
					? contentDisposition(file.download)
					: contentDisposition(file.fileName, 'inline'),
				// The browser's own viewer for a file opened directly styles itself inline; nothing may run.
				'content-security-policy':
					"default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
				'cache-control': 'private, max-age=3600'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(404);
		throw e;
	}
};
