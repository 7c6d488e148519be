const DAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const MINUTE = 60_000;

interface Zone {
	format: Intl.DateTimeFormat;
	/** Minute of the week by epoch minute: the last few asked, since quotes repeat instants. */
	seen: Map<number, number>;
}

// One formatter per zone for the life of the process: constructing one costs far more than a quote.
const zones = new Map<string, Zone>();

function zoneOf(timeZone: string): Zone {
	let z = zones.get(timeZone);
	if (z === undefined) {
		const format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		zones.set(timeZone, (z = { format, seen: new Map() }));
	}
	return z;
}

/**
 * The wall-clock minute of the week (Monday 00:00 = 0) of an instant in an IANA time zone.
 * Whole minutes: every zone in use today is offset by whole minutes, so seconds never change it.
 *
 * @example
 * minuteOfWeek('America/New_York', Date.parse('2026-03-13T21:00:00Z')) // 4 * 1440 + 17 * 60 (Fri 17:00)
 */
export function minuteOfWeek(timeZone: string, epochMs: number): number {
	const z = zoneOf(timeZone);
	const minute = Math.floor(epochMs / MINUTE);
	let m = z.seen.get(minute);
	if (m === undefined) {
		let day = 0;
		let hour = 0;
		let min = 0;
		for (const p of z.format.formatToParts(minute * MINUTE)) {
			if (p.type === 'weekday') day = DAYS[p.value];
			else if (p.type === 'hour') hour = parseInt(p.value, 10);
			else if (p.type === 'minute') min = parseInt(p.value, 10);
		}
		m = day * 1440 + hour * 60 + min;
		if (z.seen.size >= 64) z.seen.clear();
		z.seen.set(minute, m);
	}
	return m;
}
