/** Both tables are published between 11:45 and 12:15, Warsaw time: a rate is used from 12:15. */
const PUBLISHED_AT = '12:15:00';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Warsaw',
	timeZoneName: 'longOffset'
});

/**
 * The instant the National Bank of Poland's table of `day` is in force: 12:15 Warsaw time, with
 * that day's offset (+01:00 in winter, +02:00 in summer). Warsaw changes its clocks at night, so
 * the offset at 10:15 UTC is the one at 12:15 local time.
 *
 * @example
 * warsawPublication('2022-05-11') // '2022-05-11T12:15:00+02:00'
 * warsawPublication('2022-01-05') // '2022-01-05T12:15:00+01:00'
 */
export function warsawPublication(day: string): string {
	const name = offsetFormat
		.formatToParts(new Date(`${day}T10:15:00Z`))
		.find((p) => p.type === 'timeZoneName')!.value;
	const offset = name === 'GMT' ? '+00:00' : name.slice(3);
	return `${day}T${PUBLISHED_AT}${offset}`;
}
