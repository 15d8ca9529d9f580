// Input schemas for the boards module (zod): forms and the board page's server calls.
import { z } from 'zod';
import { LIMITS, PHASES } from '$lib/boards/doc';
import { id } from '../http/ids';

const title = z.string().trim().min(1).max(LIMITS.title);

export const CreateBoard = z.object({
	title,
	teamId: z
		.string()
		.trim()
		.max(40)
		.optional()
		.transform((v) => v || undefined),
	template: z
		.string()
		.trim()
		.max(60)
		.optional()
		.transform((v) => v || undefined)
});
export type CreateBoardInput = z.output<typeof CreateBoard>;

/** The boards list's forms name the board they act on. */
export const BoardIdInput = z.object({ boardId: id() });
export const RenameBoard = z.object({ title });
export const RenameListedBoard = BoardIdInput.extend({ title });
/** A copy is named like its board unless the form says otherwise (longer names are cut, not refused). */
export const DuplicateBoard = BoardIdInput.extend({ title: z.string().optional() });
/** The checkbox is checked by the module, after it knows the person may delete the board. */
export const DeleteBoard = BoardIdInput.extend({ confirm: z.string().optional() });
export const SearchBoards = z.object({ q: z.string().trim().max(100).optional() });

export const SaveTemplate = z.object({
	title,
	description: z.string().trim().max(300).optional().default('')
});

export const JoinSession = z.object({
	code: z
		.string()
		.trim()
		.transform((v) => v.toUpperCase().replace(/[^A-Z0-9]/g, ''))
		.pipe(z.string().length(6, 'error_boards_code')),
	name: z.string().trim().min(1).max(40)
});

export const SetPhase = z.object({ phase: z.enum(PHASES) });
export const SetTimer = z.object({ minutes: z.coerce.number().min(0).max(120) });
export const PauseTimer = z.object({ pause: z.enum(['0', '1']).transform((v) => v === '1') });
export const SetBudget = z.object({ budget: z.coerce.number().int().min(1).max(20) });
export const IdList = z.object({
	ids: z.array(z.string().trim().min(1).max(40)).min(1, 'error_boards_select').max(200)
});
export const FollowFocus = z.object({ focus: z.string().trim().max(40).optional().default('') });
/** `done` absent: only the dots count is refreshed. */
export const Progress = z.object({
	done: z
		.enum(['true', 'false'])
		.optional()
		.transform((v) => (v === undefined ? undefined : v === 'true'))
});

/** A toggle posted as a hidden field: 'on', 'true' or '1' turns it on, anything else (or nothing) off. */
const flag = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === 'true' || v === '1');
export const SetLocked = z.object({ locked: flag });
export const SetAnonymous = z.object({ anonymous: flag });
/** The question deck steps forward unless the form says -1. */
export const DrawZoneQuestion = z.object({
	zoneId: z.string().min(1).max(64),
	delta: z
		.string()
		.optional()
		.transform((v) => (v === '-1' ? -1 : 1) as 1 | -1)
});

export const StepQuestion = z.object({
	delta: z
		.string()
		.optional()
		.transform((v) => (v === '-1' ? -1 : 1) as 1 | -1)
});
export const RemoveGuest = z.object({ guestId: id() });
