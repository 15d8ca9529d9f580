// Checkbox groups of the own-action form, so a failed submit keeps every tick.
export function checkedLists(form: FormData) {
	return { factors: form.getAll('factors').map(String), dimensions: form.getAll('dimensions').map(String) };
}
