// Every `vi.waitFor` in the integration suite waits up to ten seconds unless it says otherwise: what it waits for
// (an email through the SMTP server in the test process, a job, a live document) arrives in milliseconds on a quiet
// machine, but Vitest's default of one second failed on a loaded one (two cores, load average 17). It still
// returns as soon as the condition holds.
import { vi } from 'vitest';

const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
	waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor;
