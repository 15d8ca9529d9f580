// The read API (/api/v1) and its tokens: personal and organisation bearer tokens with scopes, the resources that
// ask the owning modules as the pages do, and the OpenAPI description.
export {
	createPersonalToken,
	createOrganisationToken,
	listPersonalTokens,
	listOrganisationTokens,
	revokePersonalToken,
	revokeOrganisationToken,
	apiClient,
	type TokenView,
	type ApiClient
} from './tokens';
export { SCOPES, ORGANISATION_SCOPES, type Scope } from './scopes';
export { apiRequest } from './endpoint';
export { openApiDocument } from './openapi';
export { RESOURCES } from './resources';
export { TokenInput, TokenIdInput } from './schemas';
