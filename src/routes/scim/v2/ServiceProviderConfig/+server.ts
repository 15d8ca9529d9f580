// SCIM 2.0 discovery: ServiceProviderConfig (bearer token of an organisation).
import * as people from '$lib/server/people/index';
import { publicEndpoint } from '$lib/server/http';

export const GET = publicEndpoint(({ request, url, getClientAddress }) =>
	people.scimRequest(request, url, getClientAddress(), 'ServiceProviderConfig')
);
