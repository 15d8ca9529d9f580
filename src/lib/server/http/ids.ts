// Ids arrive in forms and URLs as strings a person could have typed: one schema for all of them, so a route
// never checks `typeof id !== 'string' || id.length > 40` by hand. Our ids are short (ids.ts: 21-char nanoids,
// 36-char UUIDs from older rows); 40 leaves room without letting a megabyte through to a query.
import { z } from 'zod';

/** Marks a field as naming a record: a form that names none, or a malformed one, names nothing there is (404). */
export const ID_FIELD = 'samspil:id';
export const id = () => z.string().trim().min(1).max(40).describe(ID_FIELD);
export const optionalId = () =>
	z
		.string()
		.trim()
		.max(40)
		.optional()
		.transform((v) => v || undefined);

/** A form that names one thing by id, e.g. IdInput('pairId'). */
export const IdInput = <K extends string>(name: K) => z.object({ [name]: id() } as { [P in K]: ReturnType<typeof id> });

/** A form with nothing to read (a button). */
export const NoInput = z.object({});

/** The fields of an object schema that name a record (made with id()). */
export function idFields(schema: z.ZodType): Set<string> {
	const out = new Set<string>();
	const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
	if (shape) for (const [name, field] of Object.entries(shape)) if (field.description === ID_FIELD) out.add(name);
	return out;
}
