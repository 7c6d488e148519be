import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEcbXml } from '$lib/rates';
import { join } from 'node:path';
import { ECB_FEED, VECTOR_RULES } from '../../_lib/vectors';

const FEED = readFileSync(ECB_FEED, 'utf8');
const VECTOR = JSON.parse(readFileSync(join(VECTOR_RULES, 'rates/ecb/2026-03-13.json'), 'utf8'));

/** An ECB feed around the given cubes, as the ECB writes it. */
const envelope = (cubes: string) =>
	`<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<Cube>${cubes}</Cube>
</gesmes:Envelope>`;

const day = (date: string, rates: string) => `<Cube time='${date}'>${rates}</Cube>`;
const rate = (currency: string, value: string) => `<Cube currency='${currency}' rate='${value}'/>`;

function codeOf(xml: string): string {
	const result = parseEcbXml(xml);
	return result.ok ? 'ok' : result.error.code;
}

describe('parseEcbXml', () => {
	it('imports the real 2026-03-13 feed to exactly the vector snapshot', () => {
		const result = parseEcbXml(FEED);
		expect(result).toEqual({ ok: true, snapshot: VECTOR });
		expect(result.ok && Object.keys(result.snapshot.rates)).toEqual(Object.keys(VECTOR.rates));
		expect(result.ok && JSON.stringify(result.snapshot)).toBe(JSON.stringify(VECTOR));
	});

	it('keeps each rate exactly as written, trailing zeros included', () => {
		const result = parseEcbXml(FEED);
		expect(result.ok && result.snapshot.rates.ISK).toBe('144.20');
		expect(result.ok && result.snapshot.rates.NOK).toBe('11.1590');
	});

	it('dates the snapshot at 16:00+01:00 on the feed day, summer or winter', () => {
		const summer = parseEcbXml(envelope(day('2026-07-01', rate('USD', '1.1'))));
		expect(summer.ok && summer.snapshot.asOf).toBe('2026-07-01T16:00:00+01:00');
	});

	it.each([
		['double quotes', `<Cube time="2026-03-13"><Cube currency="USD" rate="1.1476"/></Cube>`],
		[
			'spaces around =',
			`<Cube time = '2026-03-13'><Cube  currency = 'USD'  rate = "1.1476" /></Cube>`
		],
		[
			'line breaks and tabs',
			`<Cube\n\ttime='2026-03-13'\n><Cube\n\tcurrency='USD'\n\trate='1.1476'\n/></Cube>`
		],
		['rate before currency', `<Cube time='2026-03-13'><Cube rate='1.1476' currency='USD'/></Cube>`],
		[
			'a closing tag instead of />',
			`<Cube time='2026-03-13'><Cube currency='USD' rate='1.1476'></Cube></Cube>`
		]
	])('reads attributes written with %s', (_, cubes) => {
		expect(parseEcbXml(envelope(cubes))).toEqual({
			ok: true,
			snapshot: {
				source: 'ecb',
				base: 'EUR',
				asOf: '2026-03-13T16:00:00+01:00',
				rates: { USD: '1.1476' }
			}
		});
	});

	it('ignores cubes inside comments', () => {
		const xml = envelope(
			day('2026-03-13', `<!-- <Cube currency='USD' rate='9'/> -->${rate('USD', '1.1476')}`) +
				`<!-- <Cube time='2026-03-12'></Cube> -->`
		);
		const result = parseEcbXml(xml);
		expect(result.ok && result.snapshot.rates).toEqual({ USD: '1.1476' });
	});

	it.each([
		['an empty string', '', 'not_ecb_xml'],
		['plain text', 'USD 1.1476', 'not_ecb_xml'],
		['a JSON snapshot', JSON.stringify(VECTOR), 'not_ecb_xml'],
		['an HTML page', '<!doctype html><html><body>Service unavailable</body></html>', 'not_ecb_xml'],
		['an envelope without cubes', envelope('').replace('<Cube></Cube>', ''), 'not_ecb_xml'],
		['cubes without an envelope', day('2026-03-13', rate('USD', '1.1')), 'not_ecb_xml'],
		['a feed without a date', envelope(rate('USD', '1.1')), 'missing_date'],
		['an impossible date', envelope(day('2026-02-30', rate('USD', '1.1'))), 'invalid_date'],
		['a date in another format', envelope(day('13/03/2026', rate('USD', '1.1'))), 'invalid_date'],
		['an empty date', envelope(day('', rate('USD', '1.1'))), 'invalid_date'],
		[
			'the 90-day feed',
			envelope(day('2026-03-13', rate('USD', '1.1')) + day('2026-03-12', rate('USD', '1.2'))),
			'multiple_days'
		],
		['a day without rates', envelope(day('2026-03-13', '')), 'no_rates'],
		['a zero rate', envelope(day('2026-03-13', rate('USD', '0.0000'))), 'invalid_rate'],
		['a negative rate', envelope(day('2026-03-13', rate('USD', '-1.1'))), 'invalid_rate'],
		['a rate with a comma', envelope(day('2026-03-13', rate('USD', '1,1476'))), 'invalid_rate'],
		['an empty rate', envelope(day('2026-03-13', rate('USD', ''))), 'invalid_rate'],
		['a missing rate', envelope(day('2026-03-13', `<Cube currency='USD'/>`)), 'invalid_rate'],
		['a lower-case currency', envelope(day('2026-03-13', rate('usd', '1.1'))), 'invalid_currency'],
		['a missing currency', envelope(day('2026-03-13', `<Cube rate='1.1'/>`)), 'invalid_currency'],
		['EUR listed as a rate', envelope(day('2026-03-13', rate('EUR', '1'))), 'invalid_currency'],
		[
			'a currency listed twice',
			envelope(day('2026-03-13', rate('USD', '1.1') + rate('USD', '1.2'))),
			'duplicate_currency'
		]
	])('refuses %s', (_, xml, code) => {
		expect(codeOf(xml)).toBe(code);
	});

	it.each([
		[envelope(day('2026-03-13', rate('USD', 'abc'))), ['USD', 'abc']],
		[envelope(day('2026-03-13', rate('usd', '1.1'))), ['usd']],
		[envelope(day('2026-03-13', rate('USD', '1') + rate('USD', '2'))), ['USD']],
		[envelope(day('2026-03-13', '') + day('2026-03-11', '')), ['2026-03-13', '2026-03-11', 'daily']]
	])('names what is wrong in its message', (xml, words) => {
		const result = parseEcbXml(xml);
		expect(result.ok).toBe(false);
		for (const word of words) expect(!result.ok && result.error.message).toContain(word);
	});

	it('does not mutate its input', () => {
		const before = FEED.slice();
		parseEcbXml(FEED);
		expect(FEED).toBe(before);
	});
});
