import type { FormOptions, Option } from '$lib/present';
import type { Locale } from '$lib/words';
import type { SnippetOptions } from '../snippets';

/** What the `/embed/builder` page shows (made by src/lib/server/pages/builderModel.ts). */
export interface BuilderModel {
	locale: Locale;
	/** The app's own origin: the widget's `api` and the iframe's address. */
	origin: string;
	schedules: Option[];
	options: FormOptions;
	/** The schedule's delivery speeds (none when it declares none). */
	speeds: Option[];
	/** The schedule's usage period, when it declares one: then the usage fields are offered. */
	usagePeriod: 'calendar-month' | 'rolling-30-days' | null;
	/** The currency `sentThisPeriod` is in: the chosen send currency, else the schedule's first. */
	usageCurrency: string;
	/** The usage as typed, and why a typed value is not one (it is then left out of the snippets). */
	usageInput: { sentThisPeriod: string; transfersThisPeriod: string };
	usageIssue: { sentThisPeriod: string | null; transfersThisPeriod: string | null };
	chosen: SnippetOptions;
	/** As typed, to show it again; `parentOrigin` is the same when it is a valid origin, else null. */
	parentOriginInput: string;
	parentOrigin: string | null;
	/** Why the typed origin is not one (null when it is, or is empty). */
	parentOriginIssue: 'not_an_address' | 'not_http' | 'has_path' | null;
	/** `https://` was added to what was typed. */
	parentOriginAdded: boolean;
	/** The preview frame's query: it posts to this page. */
	previewQuery: string;
}
