// The actions module's input at the boundary (forms and API): one zod schema per thing a person submits.
// Messages are catalogue keys (`error_…`), translated where they reach the person.
import { z } from 'zod';
import { DIMENSIONS, DRIVERS, EFFORTS, FACTORS } from '$lib/actions/catalogue/types';
import { DID_IT, HELPED, STATUSES } from '$lib/actions/live';
import { catalogueDimensionOf } from '$lib/actions/dimensions';

/** An empty form field means "not given". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
	z.preprocess(blank, z.string().trim().max(max).optional()).transform((v) => v ?? null);
const optionalDate = z
	.preprocess(blank, z.iso.date({ message: 'error_actions_date' }).optional())
	.transform((v) => v ?? null);
const optionalId = z.preprocess(blank, z.string().max(64).optional()).transform((v) => v ?? null);

export const Status = z.enum(STATUSES);
export const Dimension = z.enum(DIMENSIONS);

export const ItemDetails = z.object({
	ownerId: optionalId,
	startDate: optionalDate,
	dueDate: optionalDate,
	reviewDate: optionalDate,
	indicator: optionalText(500),
	target: optionalText(200),
	notes: optionalText(4000),
	dimension: z.preprocess(blank, Dimension.optional()).transform((v) => v ?? null)
});
export type ItemDetails = z.output<typeof ItemDetails>;

/** Editing an action on the plan. */
export const ItemUpdate = ItemDetails.extend({ title: text(200), status: Status });
export type ItemUpdate = z.output<typeof ItemUpdate>;

/** A team's own action, not from the catalogue. */
export const OwnAction = ItemDetails.partial().extend({ title: text(200) });
export type OwnAction = z.output<typeof OwnAction>;

export const AddFromCatalogue = z.object({ teamId: z.string().min(1).max(64), catalogueId: z.string().min(1).max(80) });

export const FromBoard = z.object({
	teamId: z.string().min(1).max(64),
	boardId: z.string().min(1).max(64),
	noteId: z.preprocess(blank, z.string().max(64).optional()).transform((v) => v ?? null),
	title: text(200),
	catalogueId: z.preprocess(blank, z.string().max(80).optional()).transform((v) => v ?? null)
});
/** What the boards module hands over when a decision becomes an action. */
export interface FromBoard {
	teamId: string;
	boardId: string;
	noteId?: string | null;
	/** the decision's words */
	title: string;
	/** take this catalogue action for the decision (its text, indicator and dimension), still linked to the board */
	catalogueId?: string | null;
}

export const Move = z.object({ status: Status });
/** Moving a card on a team's plan page (the plan is the page's). */
export const MoveOnPlan = z.object({ itemId: z.string().min(1).max(64), status: Status });
/** A catalogue action put on the plan of the page's team. */
export const AddToPlan = z.object({ catalogueId: z.string().min(1).max(80) });
/** A board's decision taken onto the plan of the page's team. */
export const DecisionToPlan = z.object({
	boardId: z.string().min(1).max(64),
	noteId: z.string().min(1).max(64),
	title: z.string().trim().min(1).max(200)
});

export const Review = z.object({
	didIt: z.enum(DID_IT),
	helped: z.enum(HELPED),
	comment: optionalText(2000)
});
export type Review = z.output<typeof Review>;

/** One step per line in the form; three to six of them. */
const steps = z.preprocess(
	(v) =>
		typeof v === 'string'
			? v
					.split(/\r?\n/)
					.map((s) => s.trim())
					.filter(Boolean)
			: v,
	z.array(z.string().max(300)).min(3, { message: 'error_actions_steps' }).max(6, { message: 'error_actions_steps' })
);

export const CustomAction = z.object({
	title: text(200),
	why: text(1000),
	how: steps,
	factors: z.array(z.enum(FACTORS)).min(1, { message: 'error_actions_pick_one' }),
	dimensions: z.array(Dimension).min(1, { message: 'error_actions_pick_one' }),
	driver: z.enum(DRIVERS),
	effort: z.enum(EFFORTS),
	firstEffectWeeks: z.coerce.number().int().min(1).max(52),
	indicator: text(500)
});
export type CustomAction = z.output<typeof CustomAction>;

/** Catalogue and recommendation filters from the query string; anything unknown is ignored. */
export const Filters = z.object({
	factor: z.enum(FACTORS).optional().catch(undefined),
	effort: z.enum(EFFORTS).optional().catch(undefined),
	driver: z.enum(DRIVERS).optional().catch(undefined),
	// links and bookmarks from before the one dimension list still filter by the dimension that replaced theirs
	dimension: z
		.preprocess((v) => (typeof v === 'string' ? (catalogueDimensionOf(v) ?? v) : v), Dimension.optional())
		.catch(undefined),
	q: z.string().trim().max(100).optional().catch(undefined)
});
export type Filters = z.output<typeof Filters>;
