// Anyone can paste a credential (VC-JWT) issued here and see whether it is genuine and still valid.
import { z } from 'zod';
import * as bites from '$lib/server/bites/index';
import { publicAction } from '$lib/server/http';

const VerifyInput = z.object({ credential: z.string().trim().min(1).max(50_000) });

export const actions = {
	default: publicAction(VerifyInput, async (input, { url }) => ({
		verification: await bites.verifyCredentialJwt(input.credential, url.origin),
		values: { credential: input.credential }
	}))
};
