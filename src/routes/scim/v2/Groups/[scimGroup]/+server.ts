// SCIM 2.0: one of the organisation's Groups (bearer token of an organisation; see $lib/server/people/scim).
import * as people from '$lib/server/people/index';
import { publicEndpoint } from '$lib/server/http';

const handle = publicEndpoint(({ request, url, params, getClientAddress }) =>
	people.scimRequest(request, url, getClientAddress(), 'Groups', params.scimGroup)
);
export const GET = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
