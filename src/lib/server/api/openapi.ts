// The API's OpenAPI 3.1 description, built from RESOURCES so it cannot drift from what is served.
import { RESOURCES } from './resources';
import { SCOPES } from './scopes';
import { MAX_LIMIT } from './pagination';

const errorResponse = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

export function openApiDocument(origin: string) {
	const paths: Record<string, unknown> = {};
	for (const r of RESOURCES) {
		const parameters = [...r.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
			name,
			in: 'path',
			required: true,
			schema: { type: 'string', maxLength: 40 }
		}));
		if (r.list)
			parameters.push(
				{
					name: 'limit',
					in: 'query',
					required: false,
					schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 } as never
				},
				{ name: 'cursor', in: 'query', required: false, schema: { type: 'string' } as never }
			);
		const schema = r.list
			? {
					type: 'object',
					properties: { data: { type: 'array', items: r.item }, next: { type: ['string', 'null'] } },
					required: ['data', 'next']
				}
			: r.item;
		paths[`/api/v1${r.path}`] = {
			get: {
				summary: r.summary,
				description:
					`Scope \`${r.scope}\`.` + (r.personal ? ' Personal tokens only (an organisation token gets 403).' : ''),
				security: [{ bearer: [r.scope] }],
				parameters,
				responses: {
					'200': { description: 'OK', content: { 'application/json': { schema } } },
					'400': errorResponse('A bad limit or cursor'),
					'401': errorResponse('No token, or an unknown, revoked or inactive one'),
					'403': errorResponse('The token lacks the scope, or its owner may not see this in the app'),
					'404': errorResponse("No such record in the token's organisation"),
					'429': errorResponse('Too many requests (600 a minute per token)')
				}
			}
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Samspil read API',
			version: '1',
			description:
				"Read-only access to what a token's owner sees in Samspil. Personal tokens act as their person with their role; organisation tokens act with the reading rights of the admin who made them, while that person is an admin. Survey answers and private peer feedback are never served."
		},
		servers: [{ url: origin }],
		components: {
			securitySchemes: {
				bearer: {
					type: 'http',
					scheme: 'bearer',
					description: `An API token (smp_…) from the profile or the administration's settings. Scopes: ${SCOPES.join(', ')}.`
				}
			},
			schemas: {
				Error: {
					type: 'object',
					properties: {
						error: {
							type: 'object',
							properties: { status: { type: 'integer' }, message: { type: 'string' } },
							required: ['status', 'message']
						}
					},
					required: ['error']
				}
			}
		},
		paths
	};
}
