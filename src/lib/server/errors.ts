// Domain errors thrown by modules; hooks.server.ts maps them to HTTP in one place.
export class DomainError extends Error {
	constructor(
		readonly status: number,
		/** a message-catalogue key, translated where the error reaches a person */
		readonly key: string,
		message?: string
	) {
		super(message ?? key);
	}
}

export class NotFound extends DomainError {
	constructor(what = 'not_found') {
		super(404, 'error_not_found', what);
	}
}

export class Forbidden extends DomainError {
	constructor(what = 'forbidden') {
		super(403, 'error_forbidden', what);
	}
}

/** Input that passed the schema but breaks a rule (e.g. an email already taken). */
export class Invalid extends DomainError {
	constructor(
		key: string,
		readonly field?: string,
		/** the message's placeholders (a limit it names) */
		readonly params?: Record<string, unknown>
	) {
		super(400, key);
	}
}

export class RateLimited extends DomainError {
	constructor(readonly retryAfterSeconds: number) {
		super(429, 'error_rate_limited');
	}
}
