/** Programmer errors: broken invariants, never expected outcomes. One catalogue. */
export const ERRORS = {
	UNKNOWN_CURRENCY: (c: string) =>
		`Unknown currency ${c}: validate requests and rules before pricing.`,
	OFF_GRID: (a: string, c: string) => `Amount ${a} is not on the ${c} minor-unit grid.`,
	NOT_RESOLVED: 'The request must be resolved (defaults filled in) before pricing.'
} as const;

/** Thrown inside the engine when a mid rate the quote needs does not exist; becomes `no_rate`. */
export class NoRateError extends Error {
	constructor(
		readonly from: string,
		readonly to: string
	) {
		super(`No mid rate from ${from} to ${to}`);
	}
}
