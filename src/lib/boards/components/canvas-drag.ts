// Moving and grouping notes on the canvas, by pointer (mouse, pen, touch) and by keyboard. Hand-written rather than a
// drag-and-drop library: the canvas needs one thing those libraries make heavy — a transform on the one dragged note
// and nothing per note until then, so a 500-note board stays smooth — and the keyboard half (Space picks a note up,
// arrows choose where, Space drops, Escape cancels, each step announced) is the part they leave to us anyway.
// Dropping on the middle of another note makes a group of the two (or joins its group); near its top or bottom edge
// places the note before or after it; on a group's box joins that group; anywhere else in a zone moves it there.
import { m } from '$lib/paraglide/messages.js';
import type { BoardLive } from '../live.svelte';
import { dropPlaceOn } from '../placement';

type Target = { note: string; place: 'before' | 'group' | 'after' } | { group: string } | { zone: string };

interface PointerDrag {
	id: string;
	el: HTMLElement;
	x: number;
	y: number;
	dx: number;
	dy: number;
	moved: boolean;
	frame: number;
}

export class CanvasDrag {
	private drag: PointerDrag | null = null;
	private picked: { id: string; target: HTMLElement | null } | null = null;

	/** `board`: the live board (read when used: the component's prop may change) */
	constructor(
		private readonly board: () => BoardLive,
		private readonly announce: (text: string) => void
	) {}

	private get live() {
		return this.board();
	}

	// ---- pointer
	start = (e: PointerEvent, id: string) => {
		if (e.button !== 0 || this.picked) return;
		const el = e.currentTarget as HTMLElement;
		this.drag = { id, el, x: e.clientX, y: e.clientY, dx: 0, dy: 0, moved: false, frame: 0 };
		try {
			el.setPointerCapture(e.pointerId);
		} catch {
			/* a pointer the browser no longer tracks: the events still reach the note */
		}
		el.addEventListener('pointermove', this.move);
		el.addEventListener('pointerup', this.end, { once: true });
		el.addEventListener('pointercancel', this.cancelPointer, { once: true });
	};

	private move = (e: PointerEvent) => {
		const d = this.drag;
		if (!d) return;
		d.dx = e.clientX - d.x;
		d.dy = e.clientY - d.y;
		if (!d.moved && Math.hypot(d.dx, d.dy) < 4) return;
		d.moved = true;
		if (d.frame) return;
		d.frame = requestAnimationFrame(() => {
			d.frame = 0;
			d.el.style.transform = `translate(${d.dx}px, ${d.dy}px)`;
			d.el.classList.add('dragging');
		});
	};

	private finish() {
		const d = this.drag;
		this.drag = null;
		if (!d) return null;
		cancelAnimationFrame(d.frame);
		d.el.removeEventListener('pointermove', this.move);
		d.el.removeEventListener('pointerup', this.end);
		d.el.removeEventListener('pointercancel', this.cancelPointer);
		d.el.style.transform = '';
		d.el.classList.remove('dragging');
		return d;
	}

	private cancelPointer = () => void this.finish();

	private end = (e: PointerEvent) => {
		const d = this.finish();
		if (!d?.moved) return;
		d.el.style.visibility = 'hidden';
		const under = document.elementFromPoint(e.clientX, e.clientY) as HTMLElement | null;
		d.el.style.visibility = '';
		const target = this.targetAt(under, e.clientY, d.id);
		if (target) this.drop(d.id, target);
	};

	private targetAt(under: HTMLElement | null, y: number, id: string): Target | null {
		const noteEl = under?.closest<HTMLElement>('[data-note]');
		if (noteEl && noteEl.dataset.note !== id) {
			const box = noteEl.getBoundingClientRect();
			return { note: noteEl.dataset.note!, place: dropPlaceOn(y - box.top, box.height) };
		}
		const group = under?.closest<HTMLElement>('[data-group]')?.dataset.group;
		if (group) return { group };
		const zone = under?.closest<HTMLElement>('[data-zone]')?.dataset.zone;
		return zone ? { zone } : null;
	}

	private drop(id: string, target: Target) {
		const live = this.live;
		if ('note' in target) {
			const other = live.notes.find((n) => n.id === target.note);
			if (!other) return;
			if (target.place === 'group') {
				live.groupWith(id, other.id, m.boards_new_group());
				this.announce(m.boards_grouped_with({ text: other.text.slice(0, 60) }));
			} else {
				const place = target.place === 'before' ? { beforeId: other.id } : { afterId: other.id };
				live.dropNote(id, other.zoneId, { ...place, groupId: other.groupId });
				this.announce(m.boards_moved_to({ zone: live.zones.find((z) => z.id === other.zoneId)?.title ?? '' }));
			}
		} else if ('group' in target) {
			live.joinGroup(id, target.group);
			this.announce(m.boards_group_named({ title: live.groups.find((g) => g.id === target.group)?.title ?? '' }));
		} else {
			live.dropNote(id, target.zone, { groupId: '' });
			this.announce(m.boards_moved_to({ zone: live.zones.find((z) => z.id === target.zone)?.title ?? '' }));
		}
		// Focus follows the note to where it landed (its element may be a new one, in a group's box).
		requestAnimationFrame(() => document.getElementById(`note-${id}`)?.focus());
	}

	// ---- keyboard: listens in the capture phase, so while a note is picked up the arrows choose a place
	keydown = (e: KeyboardEvent) => {
		const el = e.target as HTMLElement;
		if (!this.picked) {
			if (e.key === ' ' && el.matches('[data-note]') && !this.live.readOnly && !this.live.meta.ended) {
				e.preventDefault();
				e.stopPropagation();
				this.pick(el.dataset.note!);
			}
			return;
		}
		const key = e.key;
		if (key === 'Tab') return this.cancel(false);
		if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'Enter', 'Escape'].includes(key)) return;
		e.preventDefault();
		e.stopPropagation();
		if (key === 'Escape') this.cancel(true);
		else if (key === ' ' || key === 'Enter') this.dropPicked();
		else this.step(key);
	};

	private pick(id: string) {
		this.picked = { id, target: null };
		document.getElementById(`note-${id}`)?.classList.add('picked');
		const text = this.live.notes.find((n) => n.id === id)?.text ?? '';
		this.announce(m.boards_drag_picked({ text: text.slice(0, 60) }));
	}

	private setTarget(target: HTMLElement | null) {
		this.picked!.target?.classList.remove('drop-target');
		this.picked!.target = target;
		if (!target) return;
		target.classList.add('drop-target');
		target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		const note = target.dataset.note;
		if (note) {
			const text = this.live.notes.find((n) => n.id === note)?.text ?? '';
			this.announce(m.boards_drag_over_note({ text: text.slice(0, 60) }));
		} else {
			const zone = this.live.zones.find((z) => z.id === target.dataset.zone)?.title ?? '';
			this.announce(m.boards_drag_over_zone({ zone }));
		}
	}

	private step(key: string) {
		const { id, target } = this.picked!;
		const self = document.getElementById(`note-${id}`);
		const from = target ?? self;
		const zoneEl = from?.closest<HTMLElement>('[data-zone]');
		if (!zoneEl) return;
		const notesIn = (z: Element) =>
			[...z.querySelectorAll<HTMLElement>('[data-note]')].filter((n) => n.dataset.note !== id);
		if (key === 'ArrowLeft' || key === 'ArrowRight') {
			const zones = [...document.querySelectorAll<HTMLElement>('.canvas [data-zone]')];
			const next = zones[zones.indexOf(zoneEl) + (key === 'ArrowLeft' ? -1 : 1)];
			if (next) this.setTarget(next);
			return;
		}
		const list = notesIn(zoneEl);
		let next: number;
		if (target === zoneEl) next = key === 'ArrowDown' ? list.length : list.length - 1;
		else if (target) next = list.indexOf(target) + (key === 'ArrowDown' ? 1 : -1);
		else {
			// From the picked note itself: the first other note below it, or the last one above it.
			const below = self ? firstAfter(list, self) : list.length;
			next = key === 'ArrowDown' ? below : below - 1;
		}
		if (next >= list.length) this.setTarget(zoneEl);
		else if (next >= 0) this.setTarget(list[next]);
	}

	private dropPicked() {
		const { id, target } = this.picked!;
		if (!target) return this.cancel(true);
		this.clearPicked();
		this.picked = null;
		if (target.dataset.note) this.drop(id, { note: target.dataset.note, place: 'group' });
		else if (target.dataset.zone) this.drop(id, { zone: target.dataset.zone });
	}

	private clearPicked() {
		if (!this.picked) return;
		this.picked.target?.classList.remove('drop-target');
		document.getElementById(`note-${this.picked.id}`)?.classList.remove('picked');
	}

	cancel(announce: boolean) {
		const id = this.picked?.id;
		this.clearPicked();
		this.picked = null;
		if (announce) this.announce(m.boards_drag_cancelled());
		if (id) document.getElementById(`note-${id}`)?.focus();
	}
}

/** The index of the first of `others` that comes after `self` in the page (their length when none does). */
function firstAfter(others: HTMLElement[], self: HTMLElement) {
	const i = others.findIndex((n) => self.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING);
	return i < 0 ? others.length : i;
}
