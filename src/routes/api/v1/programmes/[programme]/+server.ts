// GET /api/v1/programmes/{programme} (bearer token; see $lib/server/api).
import * as api from '$lib/server/api/index';

export const GET = (event: Parameters<typeof api.apiRequest>[0]) => api.apiRequest(event, '/programmes/{programme}');
