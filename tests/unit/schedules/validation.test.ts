import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, type RulesIssue } from '$lib/rulesfiles';
import { assembleRules, parseSchedule, type RulesFile } from '$lib/schedules';
import { loadRules, RulesError } from '$lib/server';
import { VECTOR_RULES as VECTORS } from '../../_lib/vectors';

const read = (path: string) => readFileSync(join(VECTORS, path), 'utf8');
const BASE_TEXT = read('schedules/vector-wallet/2026-01-01.json');
const JULY_TEXT = read('schedules/vector-wallet/2026-07-01.json');
const RATES_TEXT = read('rates/ecb/2026-03-13.json');

const FILE = 'rules/schedules/vector-wallet/2026-01-01.json';
const EXPECT = { id: 'vector-wallet', version: '2026-01-01' };

type Key = string | number;
type Node = Record<Key, unknown>;
type Edit = (doc: Node) => void;

const nodeAt = (doc: Node, path: Key[]): Node =>
	path.reduce<Node>((node, key) => node[key] as Node, doc);
const set =
	(path: Key[], value: unknown): Edit =>
	(doc) => {
		nodeAt(doc, path.slice(0, -1))[path[path.length - 1]] = value;
	};
const del =
	(path: Key[]): Edit =>
	(doc) => {
		delete nodeAt(doc, path.slice(0, -1))[path[path.length - 1]];
	};
const push =
	(path: Key[], value: unknown): Edit =>
	(doc) => {
		(nodeAt(doc, path) as unknown as unknown[]).push(value);
	};

/** A schedule's text after the edits. */
function editedFrom(text: string, ...edits: Edit[]): string {
	const doc = JSON.parse(text) as Node;
	for (const edit of edits) edit(doc);
	return JSON.stringify(doc, null, 2);
}
const edited = (...edits: Edit[]) => editedFrom(BASE_TEXT, ...edits);

/** The compact base text with one exact substring replaced (for corruptions JSON.parse hides). */
function replaced(from: string, to: string): string {
	const compact = JSON.stringify(JSON.parse(BASE_TEXT));
	if (compact.split(from).length !== 2) throw new Error(`"${from}" must occur exactly once`);
	return compact.replace(from, to);
}

const brief = (issues: RulesIssue[]) =>
	issues.map(({ file, code, path }) => ({ file, code, path: formatPath(path) }));

function issuesOf(text: string | Uint8Array, expect = EXPECT) {
	const result = parseSchedule(text, FILE, expect);
	return result.ok ? [] : brief(result.errors);
}

const file = (path: string, text: string): RulesFile => ({
	path,
	bytes: new TextEncoder().encode(text)
});
const GOOD: RulesFile[] = [
	file('schedules/vector-wallet/2026-01-01.json', BASE_TEXT),
	file('schedules/vector-wallet/2026-07-01.json', JULY_TEXT),
	file('rates/ecb/2026-03-13.json', RATES_TEXT)
];

const fees0 = ['fees', 0];
const tiers = ['fees', 1, 'tiers'];
const amountGte = ['notices', 2, 'when', 'amount', 'gte'];

const CASES: [string, string, string, string][] = [
	// not valid JSON
	['text cut short', 'invalid_json', '', BASE_TEXT.slice(0, 200)],
	['an empty file', 'invalid_json', '', ''],
	['a trailing comma', 'invalid_json', '', BASE_TEXT.trimEnd().replace(/\}$/, ',}')],
	['a comment', 'invalid_json', '', `// prices\n${BASE_TEXT}`],
	['text after the object', 'invalid_json', '', `${BASE_TEXT}\n{}`],

	// a field of the wrong type
	['an array for the schedule', 'invalid_type', '', '[]'],
	['null for the schedule', 'invalid_type', '', 'null'],
	['a string for origins', 'invalid_type', 'origins', edited(set(['origins'], 'CN'))],
	['an object for fees', 'invalid_type', 'fees', edited(set(['fees'], {}))],
	['a number for name.en', 'invalid_type', 'name.en', edited(set(['name', 'en'], 5))],
	[
		'a boolean for a percent',
		'invalid_type',
		'fees[0].percent',
		edited(set([...fees0, 'percent'], true))
	],
	['a string for tiers', 'invalid_type', 'fees[1].tiers', edited(set(tiers, 'volume'))],
	[
		'a string for minHours',
		'invalid_type',
		'delivery[0].minHours',
		edited(set(['delivery', 0, 'minHours'], '0'))
	],
	[
		'a number for a condition key',
		'invalid_type',
		'fees[0].when.type',
		edited(set([...fees0, 'when', 'type'], 5))
	],
	['a number for payer', 'invalid_type', 'fees[0].payer', edited(set([...fees0, 'payer'], 1))],

	// a JSON number where a decimal string is required
	[
		'a number percent',
		'number_not_string',
		'fees[0].percent',
		edited(set([...fees0, 'percent'], 0.8))
	],
	[
		'a number in a MoneyMap',
		'number_not_string',
		'fees[0].min.USD',
		edited(set([...fees0, 'min', 'USD'], 1.5))
	],
	[
		'a number marginPercent',
		'number_not_string',
		'fx[0].marginPercent',
		edited(set(['fx', 0, 'marginPercent'], 0.5))
	],
	[
		'a number upTo',
		'number_not_string',
		'fees[1].tiers.brackets[0].upTo',
		edited(set([...tiers, 'brackets', 0, 'upTo'], 1000))
	],
	[
		'a number bracket percent',
		'number_not_string',
		'fees[1].tiers.brackets[1].percent',
		edited(set([...tiers, 'brackets', 1, 'percent'], 0.5))
	],
	[
		'a number amount bound',
		'number_not_string',
		'notices[2].when.amount.gte.CNY',
		edited(set([...amountGte, 'CNY'], 20000))
	],
	[
		'a number limit',
		'number_not_string',
		'limits[1].max.CNY',
		edited(set(['limits', 1, 'max', 'CNY'], 10000))
	],

	// an unknown key anywhere
	['an unknown top-level key', 'unknown_key', 'extra', edited(set(['extra'], 1))],
	['an unknown component key', 'unknown_key', 'fees[0].foo', edited(set([...fees0, 'foo'], 1))],
	[
		'an unknown condition key',
		'unknown_key',
		'fees[0].when.channel',
		edited(set([...fees0, 'when', 'channel'], 'app'))
	],
	[
		'an unknown bracket key',
		'unknown_key',
		'fees[1].tiers.brackets[0].rate',
		edited(set([...tiers, 'brackets', 0, 'rate'], '1'))
	],
	[
		'an unknown destination key',
		'unknown_key',
		'destinations.US.fee',
		edited(set(['destinations', 'US', 'fee'], '1'))
	],
	[
		'an unknown key in a type',
		'unknown_key',
		'types.transfer.icon',
		edited(set(['types', 'transfer', 'icon'], 'x'))
	],
	[
		'an unknown amount bound',
		'unknown_key',
		'notices[2].when.amount.ge',
		edited(set(['notices', 2, 'when', 'amount', 'ge'], { CNY: '1' }))
	],

	// a MoneyMap without baseCurrency
	[
		'a min without CNY',
		'missing_base_currency',
		'fees[0].min',
		edited(del([...fees0, 'min', 'CNY']))
	],
	[
		'a fixed without CNY',
		'missing_base_currency',
		'fees[4].fixed',
		edited(set(['fees', 4, 'fixed'], { PHP: '100' }))
	],
	[
		'a limit without CNY',
		'missing_base_currency',
		'limits[1].max',
		edited(set(['limits', 1, 'max'], { USD: '1500' }))
	],
	[
		'an amount bound without CNY',
		'missing_base_currency',
		'notices[2].when.amount.gte',
		edited(set(amountGte, { USD: '3000' }))
	],

	// tier brackets
	[
		'an upTo below the previous',
		'tiers_not_ascending',
		'fees[1].tiers.brackets[1].upTo',
		edited(set([...tiers, 'brackets', 1, 'upTo'], '500'))
	],
	[
		'an upTo equal to the previous',
		'tiers_not_ascending',
		'fees[1].tiers.brackets[1].upTo',
		edited(set([...tiers, 'brackets', 1, 'upTo'], '1000'))
	],
	[
		'an open bracket before the last',
		'tiers_not_ascending',
		'fees[1].tiers.brackets[1].upTo',
		edited(set([...tiers, 'brackets', 1, 'upTo'], null))
	],
	[
		'a closed last bracket',
		'tiers_last_not_open',
		'fees[1].tiers.brackets[2].upTo',
		edited(set([...tiers, 'brackets', 2, 'upTo'], '20000'))
	],
	[
		'a single closed bracket',
		'tiers_last_not_open',
		'fees[1].tiers.brackets[0].upTo',
		edited(set([...tiers, 'brackets'], [{ upTo: '1000', fixed: '8' }]))
	],

	// negative percents and amounts
	[
		'a negative percent',
		'negative_value',
		'fees[0].percent',
		edited(set([...fees0, 'percent'], '-1'))
	],
	[
		'a negative fixed amount',
		'negative_value',
		'fees[4].fixed.CNY',
		edited(set(['fees', 4, 'fixed', 'CNY'], '-1'))
	],
	[
		'a negative min',
		'negative_value',
		'fees[0].min.USD',
		edited(set([...fees0, 'min', 'USD'], '-1.50'))
	],
	[
		'a negative margin',
		'negative_value',
		'fx[0].marginPercent',
		edited(set(['fx', 0, 'marginPercent'], '-1'))
	],
	[
		'a negative bracket percent',
		'negative_value',
		'fees[1].tiers.brackets[1].percent',
		edited(set([...tiers, 'brackets', 1, 'percent'], '-0.5'))
	],
	[
		'a negative limit',
		'negative_value',
		'limits[0].min.CNY',
		edited(set(['limits', 0, 'min', 'CNY'], '-1'))
	],

	// min above max
	[
		'a component min above max',
		'min_above_max',
		'fees[0].min.CNY',
		edited(set([...fees0, 'min', 'CNY'], '200'))
	],
	[
		'a component min above max in another currency',
		'min_above_max',
		'fees[0].min.USD',
		edited(set([...fees0, 'min', 'USD'], '20.00'))
	],
	[
		'a limit min above max',
		'min_above_max',
		'limits[0].min.CNY',
		edited(set(['limits', 0, 'min', 'CNY'], '60000'))
	],

	// conditions naming what the schedule does not declare
	[
		'an undeclared funding key',
		'undeclared_key',
		'fees[2].when.funding',
		edited(set(['fees', 2, 'when', 'funding'], 'cash'))
	],
	[
		'an undeclared payout',
		'undeclared_key',
		'fees[4].when.payout',
		edited(set(['fees', 4, 'when', 'payout'], 'courier'))
	],
	[
		'an undeclared type in a list',
		'undeclared_key',
		'fees[0].when.type',
		edited(set([...fees0, 'when', 'type'], ['transfer', 'gift']))
	],
	[
		'an undeclared profile',
		'undeclared_key',
		'notices[0].when.profile',
		edited(set(['notices', 0, 'when', 'profile'], 'business'))
	],
	[
		'an undeclared target currency',
		'undeclared_key',
		'fx[0].when.targetCurrency',
		edited(set(['fx', 0, 'when', 'targetCurrency'], 'MXN'))
	],
	[
		'an undeclared destination',
		'undeclared_key',
		'delivery[1].when.destination',
		edited(set(['delivery', 1, 'when', 'destination'], 'FR'))
	],
	[
		'an undeclared destination region',
		'undeclared_region',
		'fx[1].when.destination',
		edited(set(['fx', 1, 'when', 'destination'], '@EUROPE'))
	],
	[
		'an undeclared origin region',
		'undeclared_region',
		'notices[3].when.origin',
		edited(set(['notices', 3, 'when', 'origin'], '@NOWHERE'))
	],

	// duplicate ids
	[
		'a duplicate component id',
		'duplicate_id',
		'fees[1].id',
		edited(set(['fees', 1, 'id'], 'intl'))
	],
	[
		'a duplicate limit id',
		'duplicate_id',
		'limits[2].id',
		edited(set(['limits', 2, 'id'], 'per-transfer'))
	],
	[
		'a duplicate notice id',
		'duplicate_id',
		'notices[1].id',
		edited(set(['notices', 1, 'id'], 'account_frozen'))
	],

	// a missing required field
	['no fees', 'required', 'fees', edited(del(['fees']))],
	['no baseCurrency', 'required', 'baseCurrency', edited(del(['baseCurrency']))],
	['no schemaVersion', 'required', 'schemaVersion', edited(del(['schemaVersion']))],
	['a component without id', 'required', 'fees[0].id', edited(del([...fees0, 'id']))],
	['a component without when', 'required', 'fees[0].when', edited(del([...fees0, 'when']))],
	['a name without en', 'required', 'name.en', edited(set(['name'], { 'zh-CN': '钱包' }))],
	[
		'a type without name',
		'required',
		'types.transfer.name',
		edited(del(['types', 'transfer', 'name']))
	],
	[
		'a destination without currencies',
		'required',
		'destinations.US.currencies',
		edited(del(['destinations', 'US', 'currencies']))
	],
	[
		'a notice without severity',
		'required',
		'notices[0].severity',
		edited(del(['notices', 0, 'severity']))
	],

	// unknown codes
	[
		'an unknown send currency',
		'unknown_currency',
		'currencies[2]',
		edited(push(['currencies'], 'XYZ'))
	],
	[
		'an unknown MoneyMap currency',
		'unknown_currency',
		'fees[0].min.XYZ',
		edited(set([...fees0, 'min', 'XYZ'], '1'))
	],
	[
		'an unknown destination currency',
		'unknown_currency',
		'destinations.US.currencies[0]',
		edited(set(['destinations', 'US', 'currencies'], ['XYZ']))
	],
	[
		'an unknown tier currency',
		'unknown_currency',
		'fees[1].tiers.currency',
		edited(set([...tiers, 'currency'], 'XYZ'))
	],
	['an unassigned origin', 'unknown_country', 'origins[1]', edited(push(['origins'], 'XX'))],
	[
		'UK for the United Kingdom',
		'unknown_country',
		'destinations.UK',
		edited(set(['destinations', 'UK'], { currencies: ['GBP'] }))
	],
	[
		'ZZ (unknown region) in a region',
		'unknown_country',
		'regions.ASIA[5]',
		edited(push(['regions', 'ASIA'], 'ZZ'))
	],

	// duplicate JSON keys
	[
		'a duplicate top-level key',
		'duplicate_key',
		'schemaVersion',
		replaced('"schemaVersion":1', '"schemaVersion":1,"schemaVersion":1')
	],
	[
		'a duplicate component key',
		'duplicate_key',
		'fees[0].percent',
		replaced('"percent":"1"', '"percent":"5","percent":"1"')
	],
	[
		'a duplicate MoneyMap currency',
		'duplicate_key',
		'fees[0].min.USD',
		replaced('"USD":"1.50"', '"USD":"0.50","USD":"1.50"')
	]
];

describe('parseSchedule', () => {
	it.each(CASES)('reports %s as %s at "%s"', (_, code, path, text) => {
		expect(issuesOf(text)).toEqual([{ file: FILE, code, path }]);
	});

	it.each([
		['the base vector', BASE_TEXT, EXPECT],
		['the July vector', JULY_TEXT, { id: 'vector-wallet', version: '2026-07-01' }],
		['a byte order mark', `\uFEFF${BASE_TEXT}`, EXPECT],
		['a $schema', edited(set(['$schema'], '../../schema/fee-schedule.schema.json')), EXPECT],
		[
			'a min below max compared as numbers, not text',
			edited(set([...fees0, 'min', 'CNY'], '9'), set([...fees0, 'max', 'CNY'], '10')),
			EXPECT
		],
		[
			'a min equal to max written differently',
			edited(set([...fees0, 'min', 'CNY'], '100.0')),
			EXPECT
		],
		[
			'a condition mixing a region and a country',
			edited(set(['fx', 0, 'when', 'destination'], ['@ASIA', 'US'])),
			EXPECT
		],
		[
			'zero percents and amounts',
			edited(set([...fees0, 'percent'], '0'), set(['fees', 4, 'fixed', 'CNY'], '0.00')),
			EXPECT
		]
	])('accepts %s', (_, text, expect_) => {
		expect(issuesOf(text, expect_)).toEqual([]);
	});

	it('accepts bytes and hashes exactly those bytes', () => {
		const bytes = new TextEncoder().encode(BASE_TEXT);
		const result = parseSchedule(bytes, FILE, EXPECT);
		expect(result.ok && result.version.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(result.ok && result.version.file).toBe(FILE);
	});

	it('reports an id that disagrees with the path as id_mismatch', () => {
		expect(issuesOf(BASE_TEXT, { id: 'other-wallet', version: '2026-01-01' })).toEqual([
			{ file: FILE, code: 'id_mismatch', path: 'id' }
		]);
	});

	it('reports a version that disagrees with the path as version_mismatch', () => {
		expect(issuesOf(BASE_TEXT, { id: 'vector-wallet', version: '2026-02-01' })).toEqual([
			{ file: FILE, code: 'version_mismatch', path: 'version' }
		]);
	});

	it('does not compare id and version without expect', () => {
		expect(parseSchedule(BASE_TEXT, FILE).ok).toBe(true);
	});

	it('reports every problem of a file at once', () => {
		const text = edited(
			set([...fees0, 'percent'], 0.8),
			set(['extra'], 1),
			del(['fees', 1, 'name'])
		);
		expect(issuesOf(text)).toEqual(
			expect.arrayContaining([
				{ file: FILE, code: 'number_not_string', path: 'fees[0].percent' },
				{ file: FILE, code: 'unknown_key', path: 'extra' },
				{ file: FILE, code: 'required', path: 'fees[1].name' }
			])
		);
	});

	it('does not mutate its input', () => {
		const bytes = new TextEncoder().encode(BASE_TEXT);
		const copy = bytes.slice();
		const expect_ = { ...EXPECT };
		parseSchedule(bytes, FILE, expect_);
		expect(bytes).toEqual(copy);
		expect(expect_).toEqual(EXPECT);
	});
});

describe('assembleRules', () => {
	function errorsOf(files: RulesFile[]) {
		const result = assembleRules(files, 'rules/');
		expect(result.ok).toBe(false);
		return result.ok ? [] : brief(result.errors);
	}

	it('loads the vector folder', () => {
		const result = assembleRules(GOOD, 'rules/');
		expect(result.ok).toBe(true);
		expect(result.ok && result.rules.schedules.get('vector-wallet')?.length).toBe(2);
	});

	it('reports an id folder that disagrees with the file as id_mismatch', () => {
		expect(errorsOf([...GOOD, file('schedules/other-wallet/2026-01-01.json', BASE_TEXT)])).toEqual([
			{ file: 'rules/schedules/other-wallet/2026-01-01.json', code: 'id_mismatch', path: 'id' }
		]);
	});

	it('reports a file name that disagrees with the version as version_mismatch', () => {
		expect(errorsOf([...GOOD, file('schedules/vector-wallet/2026-02-01.json', BASE_TEXT)])).toEqual(
			expect.arrayContaining([
				{
					file: 'rules/schedules/vector-wallet/2026-02-01.json',
					code: 'version_mismatch',
					path: 'version'
				}
			])
		);
	});

	it('reports two versions with the same effectiveFrom instant', () => {
		const twin = edited(
			set(['version'], '2026-02-01'),
			// The same instant as the base's 2026-01-01T00:00:00+08:00, written in UTC.
			set(['effectiveFrom'], '2025-12-31T16:00:00Z')
		);
		const errors = errorsOf([...GOOD, file('schedules/vector-wallet/2026-02-01.json', twin)]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ code: 'duplicate_effective_from', path: 'effectiveFrom' });
		expect(errors[0].file).toMatch(/^rules\/schedules\/vector-wallet\/2026-0[12]-01\.json$/);
	});

	it('serves nothing when one file among good ones is bad', () => {
		const bad = file(
			'schedules/vector-wallet/2026-07-01.json',
			editedFrom(JULY_TEXT, del([...fees0, 'min', 'CNY']))
		);
		const result = assembleRules([GOOD[0], bad, GOOD[2]], 'rules/');
		expect(result).toEqual({
			ok: false,
			errors: [expect.objectContaining({ file: 'rules/schedules/vector-wallet/2026-07-01.json' })]
		});
		expect(result).not.toHaveProperty('rules');
	});

	it('names the file of every issue when several files are bad', () => {
		const badRates = file('rates/ecb/2026-03-14.json', RATES_TEXT.replace('"1.1476"', '1.1476'));
		const badSchedule = file(
			'schedules/vector-wallet/2026-07-01.json',
			editedFrom(JULY_TEXT, set([...fees0, 'percent'], 0.8), set(['fees', 2, 'id'], 'intl'))
		);
		const errors = errorsOf([GOOD[0], badSchedule, GOOD[2], badRates]);
		expect(errors).toEqual(
			expect.arrayContaining([
				{ file: 'rules/rates/ecb/2026-03-14.json', code: 'number_not_string', path: 'rates.USD' },
				{
					file: 'rules/schedules/vector-wallet/2026-07-01.json',
					code: 'number_not_string',
					path: 'fees[0].percent'
				}
			])
		);
		for (const e of errors)
			expect([
				'rules/rates/ecb/2026-03-14.json',
				'rules/schedules/vector-wallet/2026-07-01.json'
			]).toContain(e.file);
	});

	it.each([
		['2026-03-13T16-00-00Z.json'],
		['2026-03-13T16:00:00Z.json'],
		['ECB-Close.json'],
		['13 March 2026.json'],
		['2026..03.json']
	])('accepts the free rate snapshot name %s', (name) => {
		const result = assembleRules(
			[GOOD[0], GOOD[1], file(`rates/ecb/${name}`, RATES_TEXT)],
			'rules/'
		);
		expect(result.ok && result.rules.rates.get('ecb')?.map((s) => s.file)).toEqual([
			`rules/rates/ecb/${name}`
		]);
	});

	it.each([
		['a dotfile', 'rates/ecb/.2026-03-13.json'],
		['no name', 'rates/ecb/.json'],
		['not .json', 'rates/ecb/2026-03-13.xml'],
		['.JSON', 'rates/ecb/2026-03-13.JSON'],
		['a backslash', 'rates/ecb/..\\2026-03-13.json'],
		['a subfolder', 'rates/ecb/2026/03-13.json'],
		['a control character', 'rates/ecb/2026-03-13\n.json'],
		['a file beside the sources', 'rates/2026-03-13.json'],
		['a capital in the source', 'rates/ECB/2026-03-13.json'],
		['a capital in a schedule version', 'schedules/vector-wallet/2026-07-01T00Z.json']
	])('refuses a rules file name with %s as bad_file_name', (_what, path) => {
		const errors = errorsOf([...GOOD, file(path, RATES_TEXT)]);
		expect(errors).toEqual([{ file: `rules/${path}`, code: 'bad_file_name', path: '' }]);
	});

	describe('several rate sources', () => {
		const tableB = JSON.stringify({
			source: 'nbp',
			base: 'PLN',
			asOf: '2022-05-11T12:15:00+02:00',
			quotation: 'direct',
			table: '019/B/NBP/2022',
			partial: true,
			rates: { GTQ: '0.5773' }
		});
		const withSource = (rateSource: unknown) =>
			file('schedules/vector-wallet/2026-01-01.json', edited(set(['rateSource'], rateSource)));
		const nbp = (name: string, text = tableB) => file(`rates/nbp/${name}`, text);

		it('prices with a list of sources that are all here', () => {
			const result = assembleRules(
				[withSource(['ecb', 'nbp']), GOOD[1], GOOD[2], nbp('b.json')],
				'rules/'
			);
			expect(result.ok).toBe(true);
		});

		it.each([
			[['ecb', 'fed'], 'unknown_rate_source', 'rateSource[1]'],
			[['ecb', 'ecb'], 'duplicate_rate_source', 'rateSource[1]'],
			[[], 'too_small', 'rateSource'],
			[['ECB'], 'invalid_format', 'rateSource[0]']
		])('refuses the rateSource %j as %s', (list, code, path) => {
			const errors = errorsOf([withSource(list), GOOD[1], GOOD[2], nbp('b.json')]);
			expect(errors).toContainEqual({
				file: 'rules/schedules/vector-wallet/2026-01-01.json',
				code,
				path
			});
		});

		it('lets two tables of one source share an instant when they share no currency', () => {
			const tableA = tableB.replace('019/B', '092/A').replace('"GTQ":"0.5773"', '"USD":"4.4849"');
			const ok = assembleRules([withSource('nbp'), nbp('a.json', tableA), nbp('b.json')], 'rules/');
			expect(ok.ok).toBe(true);
			const both = tableB.replace('019/B', '092/A');
			expect(errorsOf([withSource('nbp'), nbp('a.json', both), nbp('b.json')])).toEqual([
				expect.objectContaining({ code: 'duplicate_as_of', path: 'asOf' })
			]);
		});

		it('refuses a source whose snapshots have different bases or quotations', () => {
			const euro = tableB.replace('"base":"PLN"', '"base":"EUR"').replace('05-11', '05-12');
			expect(errorsOf([withSource('nbp'), nbp('b.json'), nbp('c.json', euro)])).toEqual([
				{ file: 'rules/rates/nbp/c.json', code: 'mixed_base', path: 'base' }
			]);
			const indirect = tableB.replace('"quotation":"direct",', '').replace('05-11', '05-12');
			expect(errorsOf([withSource('nbp'), nbp('b.json'), nbp('c.json', indirect)])).toEqual([
				{ file: 'rules/rates/nbp/c.json', code: 'mixed_quotation', path: 'quotation' }
			]);
		});
	});

	it('does not mutate the files', () => {
		const files = GOOD.map((f) => ({ ...f, bytes: f.bytes.slice() }));
		const paths = files.map((f) => f.path);
		assembleRules(files, 'rules/');
		expect(files.map((f) => f.path)).toEqual(paths);
		files.forEach((f, i) => expect(f.bytes).toEqual(GOOD[i].bytes));
	});
});

describe('loadRules', () => {
	/** The issues loadRules throws for a copy of the vectors folder changed by `change`. */
	function loadIssues(change: (dir: string) => void) {
		const dir = mkdtempSync(join(tmpdir(), 'feecalc-validation-'));
		try {
			cpSync(VECTORS, dir, { recursive: true });
			change(dir);
			let thrown: unknown;
			try {
				loadRules(dir);
			} catch (e) {
				thrown = e;
			}
			expect(thrown).toBeInstanceOf(RulesError);
			return thrown instanceof RulesError ? brief(thrown.issues) : [];
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	it('throws RulesError naming the file and path of a corrupted folder', () => {
		const issues = loadIssues((dir) =>
			writeFileSync(
				join(dir, 'schedules/vector-wallet/2026-01-01.json'),
				edited(del([...fees0, 'min', 'CNY']))
			)
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ code: 'missing_base_currency', path: 'fees[0].min' });
		expect(issues[0].file).toMatch(/schedules\/vector-wallet\/2026-01-01\.json$/);
	});

	it('loads a rate snapshot named after its instant', () => {
		const dir = mkdtempSync(join(tmpdir(), 'feecalc-validation-'));
		try {
			cpSync(VECTORS, dir, { recursive: true });
			const ecb = join(dir, 'rates/ecb');
			renameSync(join(ecb, '2026-03-13.json'), join(ecb, '2026-03-13T16-00-00Z.json'));
			const later = { ...JSON.parse(RATES_TEXT), asOf: '2026-03-16T16:00:00+01:00' };
			writeFileSync(join(ecb, '2026-03-16T15-00-00Z.json'), JSON.stringify(later));
			const snapshots = loadRules(dir).rates.get('ecb') ?? [];
			expect(snapshots.map((s) => [s.file.slice(dir.length), s.asOf])).toEqual([
				['/rates/ecb/2026-03-13T16-00-00Z.json', '2026-03-13T16:00:00+01:00'],
				['/rates/ecb/2026-03-16T15-00-00Z.json', '2026-03-16T16:00:00+01:00']
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('ignores dotfiles and refuses other files that are not .json', () => {
		const issues = loadIssues((dir) => {
			writeFileSync(join(dir, 'rates/ecb/.2026-03-14.json'), 'not even JSON');
			writeFileSync(join(dir, 'rates/ecb/2026-03-14.json.bak'), RATES_TEXT);
		});
		expect(issues).toEqual([
			{
				file: expect.stringMatching(/\/rates\/ecb\/2026-03-14\.json\.bak$/),
				code: 'bad_file_name',
				path: ''
			}
		]);
	});

	it('throws RulesError, not a file system error, for a stray subfolder', () => {
		const issues = loadIssues((dir) => mkdirSync(join(dir, 'schedules/vector-wallet/drafts')));
		expect(issues).toHaveLength(1);
		expect(issues[0].file).toMatch(/schedules\/vector-wallet\/drafts\/?$/);
	});
});
