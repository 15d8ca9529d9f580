// Popovers are native <details class="popover"> (they open by keyboard and before JavaScript). Once the page is
// interactive they also close as menus do: on a click or focus outside, on Escape (focus back on the summary), and
// after a navigation. One listener set for the whole document.
export function closePopovers(except?: Element | null) {
	for (const d of document.querySelectorAll<HTMLDetailsElement>('details.popover[open]')) {
		if (!except || !d.contains(except)) d.open = false;
	}
}

export function watchPopovers(): () => void {
	const outside = (e: Event) => closePopovers(e.target as Element);
	const escape = (e: KeyboardEvent) => {
		if (e.key !== 'Escape') return;
		const open = (e.target as Element | null)?.closest?.<HTMLDetailsElement>('details.popover[open]');
		if (!open) return;
		open.open = false;
		open.querySelector('summary')?.focus();
	};
	document.addEventListener('click', outside);
	document.addEventListener('focusin', outside);
	document.addEventListener('keydown', escape);
	return () => {
		document.removeEventListener('click', outside);
		document.removeEventListener('focusin', outside);
		document.removeEventListener('keydown', escape);
	};
}
