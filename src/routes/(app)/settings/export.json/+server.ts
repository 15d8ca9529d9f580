// The organisation's records as a JSON download for its admin (a GET form on /settings leads here); survey
// rounds appear as links to their results, which apply the anonymity rules.
import * as privacy from '$lib/server/privacy/index';
import { download, endpoint } from '$lib/server/http';

export const GET = endpoint(async (actor, { url }) => {
	const data = await privacy.exportOrganisation(actor, new Date(), url.origin);
	return download(JSON.stringify(data, null, 2), `samspil-organisation-${data.exportedAt.slice(0, 10)}.json`);
});
