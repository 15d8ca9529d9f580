// The web app manifest in the language the link asks for (app.html), else the request's own.
import { getLocale } from '$lib/paraglide/runtime.js';
import { publicEndpoint } from '$lib/server/http';
import { asLocale } from '$lib/server/i18n';
import { webManifest } from '$lib/server/manifest';

export const GET = publicEndpoint(({ url }: { url: URL }) => {
	const locale = asLocale(url.searchParams.get('lang') ?? getLocale());
	return new Response(JSON.stringify(webManifest(locale)), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'no-cache' }
	});
});
