import type { I18n, Schedule } from '../engine';
import type { ScheduleChange } from '../schedules';
import { formatList } from './formatList';
import { formatNumber } from './formatMoney';
import { type Locale } from './locales';
import { languageName } from './names';
import { helpSituation } from './describeHelp';
import type { DiffText } from './i18n/diff';
import type { SchedulesText } from './i18n/schedules';

export type Words = { locale: Locale; d: DiffText; s: SchedulesText };

/** The top-level fields worded here: what "this period" means, rate age, speeds, help, support. */
const USAGE_FIELDS = ['rateMaxAgeHours', 'usagePeriod', 'speeds', 'help', 'support'];

/** Whether a change of the schedule as a whole is one of the fields worded here. */
export const isUsageChange = (c: ScheduleChange) =>
	c.section === 'schedule' && USAGE_FIELDS.includes(String(c.path[0]));

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const inLocale = (v: unknown, locale: Locale) =>
	isRecord(v) ? String(v[locale] ?? v.en ?? '') : String(v);

/** A speed's name, from the newer version when it has the speed. */
const speedName = (key: string, a: Schedule, b: Schedule, locale: Locale) => {
	const name = (b.speeds?.[key] ?? a.speeds?.[key])?.name;
	return name ? (name[locale] ?? name.en) : key;
};

/** The situation a help code stands for, from the newer version when it knows the code. */
const situation = (code: string, a: Schedule, b: Schedule, w: Words) =>
	helpSituation(b.notices?.some((n) => n.id === code) ? b : a, code, w.locale);

/**
 * The field of a change to the usage period, rate age, speeds, help or support, in words:
 * `['help', 'rate_stale', 'text', 'en']` is 'Help for “The reference exchange rate is out of date.” (English)'.
 */
export function usageField(c: ScheduleChange, a: Schedule, b: Schedule, w: Words): string {
	const [head, key, part, lang] = c.path.map(String);
	const f = w.d.field;
	const language = (field: string, tag: string | undefined) =>
		tag === undefined ? field : f.inLanguage(field, languageName(tag, w.locale));
	switch (head) {
		case 'speeds':
			if (key === undefined) return f.speeds;
			return part === undefined
				? f.speed
				: language(f.speedName(speedName(key, a, b, w.locale)), lang);
		case 'help': {
			if (key === undefined) return f.help;
			const about = situation(key, a, b, w);
			const help = f.helpFor(about);
			return part === 'url'
				? f.helpLink(about)
				: language(help, part === 'text' ? lang : undefined);
		}
		case 'support':
			if (key === undefined) return f.support;
			return language(f.supportPart[key] ?? key, part);
		default:
			return f[head as 'usagePeriod' | 'rateMaxAgeHours'];
	}
}

/** A help entry `{text, url?}` in a few words: its text and its link. */
function helpEntry(v: unknown, locale: Locale): string {
	if (!isRecord(v)) return String(v);
	return [inLocale(v.text, locale), v.url].filter(Boolean).join(' · ');
}

/** A whole support block in a few words: every way to reach the provider. */
function supportBlock(v: Record<string, unknown>, locale: Locale): string {
	return ['email', 'phone', 'chat', 'hours', 'replyWithin']
		.filter((k) => v[k] !== undefined)
		.map((k) => inLocale(v[k], locale))
		.join(' · ');
}

/** A value of such a change, as the schedule it comes from (`sch`) words it. */
export function usageValue(c: ScheduleChange, v: unknown, sch: Schedule, w: Words): string {
	const [head, key, part] = c.path.map(String);
	if (head === 'rateMaxAgeHours') return w.d.value.hours(formatNumber(String(v), w.locale, 0));
	if (head === 'usagePeriod') return w.s.usage[v as 'calendar-month']?.short ?? String(v);
	if (head === 'speeds') {
		if (key === undefined && isRecord(v))
			return formatList(
				Object.values(v).map((x) => inLocale((x as { name: I18n }).name, w.locale)),
				w.locale
			);
		if (part === undefined && isRecord(v)) return inLocale(v.name, w.locale);
		return String(v);
	}
	if (head === 'help') {
		if (key === undefined && isRecord(v))
			return Object.keys(v)
				.map((code) => helpSituation(sch, code, w.locale))
				.join(' ');
		return part === undefined ? helpEntry(v, w.locale) : String(v);
	}
	if (key === undefined && isRecord(v)) return supportBlock(v, w.locale);
	return part === undefined ? inLocale(v, w.locale) : String(v);
}
