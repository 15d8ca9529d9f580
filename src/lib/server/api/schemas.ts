// The token forms' fields: a name and the scopes ticked.
import { z } from 'zod';
import { id } from '../http/ids';
import { SCOPES } from './scopes';

export const TokenInput = z.object({
	name: z.string().trim().min(1).max(100),
	scopes: z.array(z.enum(SCOPES)).min(1, { message: 'error_api_scopes' })
});

export const TokenIdInput = z.object({ tokenId: id() });
