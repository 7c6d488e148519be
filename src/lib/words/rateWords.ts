import type { QuoteRates } from '../engine';
import { rateSource } from './_lib/rateSources';
import { formatAge } from './formatAge';
import { formatList } from './formatList';
import { formatDate } from './formatTime';
import type { Locale } from './locales';

/** What a quote's or a decoded receipt's rates say to a person, in parts and as one line. */
export interface RateWords {
	/** The source as people know it: "ECB", "National Bank of Poland (NBP)". */
	source: string;
	/** The day of the pair's older rate, counted in the publisher's time zone: "May 11, 2022". */
	date: string;
	/** Each published table with its day, oldest first, as one phrase; '' for a source without tables. */
	tables: string;
	/** How old the older rate is at the instant asked: "4 years". */
	age: string;
	/** The reference rate as a sentence names it: "the ECB reference rate". */
	reference: string;
	/** The source and where it published: its tables with their days, else its date. */
	published: string;
	/** The whole of it for a rates line: `published`, and for tables their age. */
	text: string;
}

const WORDS = {
	en: {
		table: (table: string, date: string) => `table ${table} of ${date}`,
		tables: (source: string, tables: string) => `${source}, ${tables}`,
		aged: (published: string, age: string) => `${published} · ${age} old`,
		dated: (source: string, date: string) => `${source} reference rates of ${date}`
	},
	'zh-CN': {
		table: (table: string, date: string) => `${date}的 ${table} 号汇率表`,
		tables: (source: string, tables: string) => `${source} ${tables}`,
		aged: (published: string, age: string) => `${published} · ${age}前`,
		dated: (source: string, date: string) => `${source} 参考汇率，${date}`
	}
} as const;

/**
 * The rates a quote converted with (or a receipt was decoded against), for a person: the
 * source by name, the day of the older of the pair's two rates and, for a source that
 * publishes tables, each table with its day and the rates' age at `at` (epoch ms). Days are
 * counted in the publisher's time zone (Europe/Warsaw for the National Bank of Poland).
 *
 * @example
 * rateWords({ source: 'nbp', asOf: '2022-05-11T12:15:00+02:00', tables: [b, a] }, Date.parse('2026-12-06T22:00:00Z'), 'en').text
 * // 'National Bank of Poland (NBP), table 019/B/NBP/2022 of May 11, 2022 and table 092/A/NBP/2022 of May 13, 2022 · 4 years old'
 * rateWords({ source: 'ecb', asOf: '2026-03-13T16:00:00+01:00' }, Date.now(), 'en').text
 * // 'ECB reference rates of March 13, 2026'
 */
export function rateWords(rates: QuoteRates, at: number, locale: Locale): RateWords {
	const w = WORDS[locale];
	const { zone, name, reference } = rateSource(rates.source, locale);
	const day = (asOf: string) => formatDate(Date.parse(asOf), locale, zone);
	const date = day(rates.asOf);
	const age = formatAge(at - Date.parse(rates.asOf), locale);
	const list = (rates.tables ?? []).map((t) => w.table(t.table, day(t.asOf)));
	const tables = list.length ? formatList(list, locale) : '';
	const published = tables ? w.tables(name, tables) : w.dated(name, date);
	const text = tables ? w.aged(published, age) : published;
	return { source: name, date, tables, age, reference, published, text };
}
