/**
 * `make` memoised per string (cleared past 10,000 entries); `make` must be pure, so that nothing
 * needs clearing when the rules reload.
 *
 * @example
 * const dec = perText((s) => new Dec(s)); dec('2.5') === dec('2.5') // true
 */
export function perText<T>(make: (s: string) => T): (s: string) => T {
	const known = new Map<string, T>();
	return (s) => {
		let out = known.get(s);
		if (out === undefined) {
			if (known.size > 10_000) known.clear();
			known.set(s, (out = make(s)));
		}
		return out;
	};
}
