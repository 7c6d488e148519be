/** Whether the `hints` query parameter asks for hints: `1` or `true`. */
export function wantsHints(value: string | undefined): boolean {
	return value === '1' || value === 'true';
}
