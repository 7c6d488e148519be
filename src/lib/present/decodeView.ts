import type { Notice } from '../engine';
import type { RequestIssue } from '../quoting';
import type { Locale } from '../words';
import type { Option } from './options';

/** The decode form's fields: decode.md's names, as typed. */
export interface DecodeForm {
	sent: string;
	sentCurrency: string;
	received: string;
	receivedCurrency: string;
	fee: string;
	date: string;
	destination: string;
}

/** One schedule's cheapest way to deliver the same amount, in words and with its calculator link. */
export interface DecodeInsteadRow {
	schedule: string;
	name: string;
	way: string;
	total: string;
	saving: string;
	cheaper: boolean;
	href: string;
}

/** What the page says about a decoded receipt: everything formatted for the locale. */
export interface DecodeView {
	worse: boolean;
	marginPercent: string;
	total: string;
	percent: string;
	fx: string;
	fee: string;
	allInMarkupPercent: string;
	/** Widths of the fee and mark-up parts of the cost bar, percent; null when one part is negative. */
	bar: { fee: string; fx: string } | null;
	yourRate: string;
	referenceRate: string;
	/**
	 * The reference rate's source by name, when it was published (an instant, or for a source
	 * that publishes tables, each table with its day), its age at the receipt's instant, and that
	 * instant. `tables` is '' for a source without tables.
	 */
	reference: { source: string; asOf: string; tables: string; age: string; on: string };
	instead: DecodeInsteadRow[];
	notices: Notice[];
}

export interface DecodeModel {
	locale: Locale;
	form: DecodeForm;
	today: string;
	currencies: Option[];
	destinations: Option[];
	issues: RequestIssue[];
	result: DecodeView | null;
}
