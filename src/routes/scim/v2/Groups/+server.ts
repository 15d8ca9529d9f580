// SCIM 2.0 Groups (bearer token of an organisation; see $lib/server/people/scim).
import * as people from '$lib/server/people/index';
import { publicEndpoint } from '$lib/server/http';

const handle = publicEndpoint(({ request, url, getClientAddress }) =>
	people.scimRequest(request, url, getClientAddress(), 'Groups')
);
export const GET = handle;
export const POST = handle;
