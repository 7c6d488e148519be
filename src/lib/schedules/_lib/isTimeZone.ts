const known = new Map<string, boolean>();

/** Whether the runtime knows an IANA time zone (canonical or alias), as `Intl` reads it. */
export function isTimeZone(zone: string): boolean {
	let ok = known.get(zone);
	if (ok === undefined) {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
			ok = zone.length > 0;
		} catch {
			ok = false;
		}
		known.set(zone, ok);
	}
	return ok;
}
