/** Every message the rates layer writes, in one place; the schedules layer shares the file-level ones. Tests assert codes, not these words. */
export const RULES_MESSAGES = {
	duplicateCurrency: 'is listed more than once; JSON keeps only the last',
	source: 'must match [a-z0-9][a-z0-9._-]*, such as "ecb"',
	currencyCode: 'must be an ISO 4217 currency code: three capital letters, such as "USD"',
	instant: 'must be an ISO 8601 instant with an offset, such as "2026-03-13T16:00:00+01:00"',
	decimal: 'must be a decimal string, such as "1.1476"',
	notPositive: 'must be greater than zero',
	noRates: 'must list at least one currency',
	quotation:
		'must be "direct" (rates are units of the base per one unit of each currency), or be left out (units of each currency per one unit of the base)',
	table:
		'must be the published table\'s number, such as "019/B/NBP/2022": letters, digits, spaces and . / _ -, at most 40',
	partial: "must be true (the snapshot holds only some of its source's currencies), or be left out",
	baseRateNotOne: (base: string) => `is the base currency ${base}: leave it out or write "1"`,

	ecbNotXml:
		'the input is not the ECB euro reference rate feed (eurofxref-daily.xml): no <gesmes:Envelope> with <Cube> elements',
	ecbMissingDate: 'the ECB feed has no <Cube time="YYYY-MM-DD"> element',
	ecbInvalidDate: (value: string) =>
		`the ECB feed's date "${value}" is not a valid YYYY-MM-DD date`,
	ecbMultipleDays: (count: number, first: string, last: string) =>
		`the ECB feed holds ${count} days (${first} to ${last}); only the daily file eurofxref-daily.xml is supported`,
	ecbTruncated:
		'the ECB feed is cut short: it does not end with </gesmes:Envelope> (an interrupted download?)',
	ecbEmptyDay: (day: string) => `the ECB feed's day ${day} lists no rates`,
	ecbRatesBeforeDate: 'the ECB feed lists rates before its first <Cube time="YYYY-MM-DD">',
	ecbDuplicateDay: (day: string) => `the ECB feed holds the day ${day} more than once`,
	ecbNoRates: 'the ECB feed lists no <Cube currency="..." rate="..."/> rates',
	ecbInvalidRate: (currency: string, value: string) =>
		`the ECB rate for ${currency} is "${value}", not a positive decimal`,
	ecbMissingCurrency: (value: string) => `the ECB rate "${value}" has no currency`,
	ecbInvalidCurrency: (value: string) =>
		`the ECB feed lists "${value}", not an ISO 4217 currency code`,
	ecbEurListed: 'the ECB feed lists EUR, its own base currency, as a rate',
	ecbDuplicateCurrency: (currency: string) => `the ECB feed lists ${currency} more than once`,

	nbpNotJson:
		"the input is not the National Bank of Poland's table A or B of average rates (the JSON its API answers for /exchangerates/tables/A/ or /B/)",
	nbpTruncated:
		"the National Bank of Poland's answer is cut short: it is not complete JSON (an interrupted download?)",
	nbpInvalidDate: (table: string, value: string) =>
		`NBP table ${table}: the date "${value}" is not a valid YYYY-MM-DD date`,
	nbpEmptyTable: (table: string) => `NBP table ${table} lists no rates`,
	nbpInvalidCurrency: (table: string, value: string) =>
		`NBP table ${table} lists "${value}", not an ISO 4217 currency code other than PLN`,
	nbpDuplicateCurrency: (table: string, currency: string) =>
		`NBP table ${table} lists ${currency} more than once`,
	nbpInvalidRate: (table: string, currency: string, value: string) =>
		`NBP table ${table}: the rate for ${currency} is ${value}, not a positive number`,
	nbpDuplicateTable: (table: string) => `the answer holds NBP table ${table} more than once`,

	feedUnknown:
		"the input is neither the ECB's XML, nor the National Bank of Poland's JSON tables, nor rate snapshots in this project's JSON format",
	feedTruncated: 'the input is cut short: it is not complete JSON (an interrupted download?)',
	feedNoSnapshots: 'the input is an empty list: it holds no rate snapshots',
	feedSourceMismatch: (where: string, found: string, wanted: string) =>
		`${where} holds rates of the source "${found}", not "${wanted}"`,

	invalidAt: (at: string | number) =>
		`selectSnapshot: "${at}" is not an instant (an ISO 8601 string with an offset, or epoch milliseconds)`,
	invalidAsOf: (asOf: string) =>
		`selectSnapshot: a snapshot's asOf "${asOf}" is not an instant; parse snapshots with parseSnapshot first`
} as const;
