// The three discovery resources (RFC 7644 §4): what this endpoint supports, kept minimal and truthful.
import { GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA } from './protocol';

export function serviceProviderConfig(base: string) {
	return {
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
		documentationUri: 'https://github.com/samspil#provisioning-with-scim',
		patch: { supported: true },
		bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
		filter: { supported: true, maxResults: 200 },
		changePassword: { supported: false },
		sort: { supported: false },
		etag: { supported: false },
		authenticationSchemes: [
			{
				type: 'oauthbearertoken',
				name: 'Bearer token',
				description: 'The secret token from the settings page',
				primary: true
			}
		],
		meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` }
	};
}

const resourceTypes = (base: string) => [
	{
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
		id: 'User',
		name: 'User',
		endpoint: '/Users',
		schema: USER_SCHEMA,
		meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` }
	},
	{
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
		id: 'Group',
		name: 'Group',
		endpoint: '/Groups',
		schema: GROUP_SCHEMA,
		meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` }
	}
];

const attribute = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
	name,
	type,
	multiValued: false,
	required: false,
	caseExact: false,
	mutability: 'readWrite',
	returned: 'default',
	uniqueness: 'none',
	...extra
});

const schemas = (base: string) => [
	{
		id: USER_SCHEMA,
		name: 'User',
		attributes: [
			attribute('userName', 'string', { required: true, uniqueness: 'server' }),
			attribute('displayName', 'string'),
			attribute('name', 'complex', {
				subAttributes: [
					attribute('givenName', 'string'),
					attribute('familyName', 'string'),
					attribute('formatted', 'string')
				]
			}),
			attribute('emails', 'complex', {
				multiValued: true,
				subAttributes: [attribute('value', 'string'), attribute('type', 'string')]
			}),
			attribute('active', 'boolean'),
			attribute('externalId', 'string', { caseExact: true })
		],
		meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` }
	},
	{
		id: GROUP_SCHEMA,
		name: 'Group',
		attributes: [
			attribute('displayName', 'string', { required: true }),
			attribute('members', 'complex', { multiValued: true, subAttributes: [attribute('value', 'string')] }),
			attribute('externalId', 'string', { caseExact: true })
		],
		meta: { resourceType: 'Schema', location: `${base}/Schemas/${GROUP_SCHEMA}` }
	}
];

const list = (items: unknown[]) => ({
	schemas: [LIST_SCHEMA],
	totalResults: items.length,
	startIndex: 1,
	itemsPerPage: items.length,
	Resources: items
});

export const discovery = {
	ServiceProviderConfig: serviceProviderConfig,
	ResourceTypes: (base: string) => list(resourceTypes(base)),
	Schemas: (base: string) => list(schemas(base))
};
