import { type Component, type Condition, Dec, type MoneyMap, type Schedule } from '../engine';
import type { ChangeKind, ChangeSection, ScheduleChange } from '../schedules';
import { describeCondition, describeMoneyMap } from './describeCondition';
import { diffText } from './i18n/diff';
import { rateSource } from './_lib/rateSources';
import { formatList } from './formatList';
import { countryName, languageName } from './names';
import { formatMoney } from './formatMoney';
import { formatPercent } from './formatPercent';
import { type Locale, pick } from './locales';
import { schedulesText } from './i18n/schedules';
import { describePeriodTiers, usageWords } from './describeUsage';
import { isUsageChange, usageField, usageValue, type Words } from './describeUsageChange';

/** One change in words: `field` is empty for an entry added or removed as a whole. */
export interface ChangeLine {
	kind: ChangeKind;
	field: string;
	before?: string;
	after?: string;
	/** For a changed price (a fee's percent, amount, minimum or cap, an FX margin): which way. */
	direction?: 'rise' | 'fall';
}

/** The changes of one fee, limit, notice, destination … (or of the section itself: no title). */
export interface ChangeEntry {
	key: string;
	title: string | null;
	/** The entry's id or key in the file. */
	code: string | null;
	lines: ChangeLine[];
}

export interface ChangeGroup {
	section: ChangeSection;
	title: string;
	entries: ChangeEntry[];
}

type Named = Record<string, { name: Record<string, string> }> | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function plain(v: unknown): string {
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return String(v);
	if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ');
	if (isRecord(v) && typeof v.title === 'string') return v.title;
	return JSON.stringify(v);
}

const nameIn = (o: Named, key: string, locale: Locale) =>
	o?.[key]?.name[locale] ?? o?.[key]?.name.en ?? key;

const pct = (v: unknown, w: Words) => formatPercent(String(v), w.locale);
const when = (sch: Schedule, c: Condition, w: Words) => describeCondition(sch, c, w.locale);
/** When an entry applies, in words; null for `{}`, which applies always. */
const appliesWhen = (sch: Schedule, c: Condition | undefined, w: Words): string | null =>
	c && Object.keys(c).length ? when(sch, c, w) : null;

/** `['amount', 'gt']` and a value as the condition `{amount: {gt: value}}`. */
const conditionAt = (path: (string | number)[], value: unknown): Condition =>
	path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Condition;

function tierSummary(tiers: NonNullable<Component['tiers']>, sch: Schedule, w: Words): string {
	const summary = `${w.s.tier[tiers.mode]} (${tiers.currency}), ${w.d.value.brackets(tiers.brackets.length)}`;
	// Only period tiers say what they count: a tier of one transfer is what everyone expects.
	return describePeriodTiers(sch, tiers, w.s) === null
		? summary
		: `${summary}, ${w.d.value.periodTiers(usageWords(sch, w.s).this)}`;
}

/** A fee's allowance ("first €1,000.00 each calendar month free"). */
const allowanceText = (m: MoneyMap, sch: Schedule, w: Words) =>
	w.d.value.allowance(describeMoneyMap(m, sch.baseCurrency, w.locale), usageWords(sch, w.s).each);

function bracketText(b: Record<string, unknown>, currency: string, w: Words): string {
	const parts = [
		b.upTo == null
			? w.d.value.noUpperBound
			: `${w.d.field.upTo} ${formatMoney(String(b.upTo), currency, w.locale)}`
	];
	if (b.percent != null) parts.push(pct(b.percent, w));
	if (b.fixed != null) parts.push(formatMoney(String(b.fixed), currency, w.locale));
	return parts.join(', ');
}

function chargeText(c: Component, sch: Schedule, w: Words): string {
	const money = (m: MoneyMap) => describeMoneyMap(m, sch.baseCurrency, w.locale);
	const parts: string[] = [];
	if (c.percent) parts.push(pct(c.percent, w));
	if (c.fixed) parts.push(money(c.fixed));
	if (c.tiers) parts.push(tierSummary(c.tiers, sch, w));
	if (c.min) parts.push(`${w.s.min} ${money(c.min)}`);
	if (c.max) parts.push(`${w.s.max} ${money(c.max)}`);
	if (c.allowance) parts.push(allowanceText(c.allowance, sch, w));
	return parts.join(', ') || '0';
}

/** An entry added or removed as a whole, in a few words (its title already names it). */
function entrySummary(section: ChangeSection, v: unknown, sch: Schedule, w: Words): string {
	if (!isRecord(v)) {
		if (section === 'regions' && Array.isArray(v))
			return v.map((c) => countryName(String(c), w.locale)).join(', ');
		return plain(v);
	}
	const e = v as Record<string, never>;
	const money = (m: MoneyMap | undefined, label: string) =>
		m ? [`${label} ${describeMoneyMap(m, sch.baseCurrency, w.locale)}`] : [];
	switch (section) {
		case 'fees':
			return w.d.value.charge(
				chargeText(v as unknown as Component, sch, w),
				appliesWhen(sch, e['when'], w)
			);
		case 'limits':
			return [...money(e['min'], w.s.min), ...money(e['max'], w.s.max)].join(', ');
		case 'notices': {
			const severity = w.s.severity[e['severity'] as 'block'] ?? e['severity'];
			return w.d.value.charge(severity, appliesWhen(sch, e['when'], w));
		}
		case 'fx':
			return pct(e['marginPercent'], w);
		case 'delivery':
			return w.s.hours(e['minHours'], e['maxHours']);
		case 'destinations':
			return w.d.value.receives((e['currencies'] as string[]).join(', '));
		default:
			return isRecord(e['name']) ? (e['name'][w.locale] ?? e['name']['en']) : plain(v);
	}
}

function fieldWord(key: string | number, w: Words): string {
	const word = (w.d.field as Record<string, unknown>)[String(key)];
	return typeof word === 'string' ? word : String(key);
}

/** The words for a path inside an entry: `Maximum (USD)`, `Tier 2: Percent`, `Applies when`. */
function fieldOf(c: ScheduleChange, a: Schedule, b: Schedule, w: Words): string {
	const [head, ...rest] = c.path;
	const f = w.d.field;
	if (c.path.length === 0) return c.kind === 'changed' ? f.position : '';
	if (isUsageChange(c)) return usageField(c, a, b, w);
	if (head === 'allowance') {
		const field = f.allowance(usageWords(c.kind === 'removed' ? a : b, w.s).each);
		return rest.length === 1 ? f.inCurrency(field, String(rest[0])) : field;
	}
	if (c.section === 'schedule' && head === 'origins')
		return rest[0] === 0 ? f.defaultOrigin : f.origins;
	if (c.section === 'schedule' && head === 'currencies') return f.payCurrencies;
	if (c.section === 'destinations' && head === 'currencies')
		return rest[0] === 0 ? f.defaultCurrency : f.currencies;
	if (c.section === 'regions') return f.countries;
	if (c.id === undefined && c.section === 'payouts') return f.defaultPayout;
	if (c.id === undefined && c.section === 'profiles') return f.defaultProfile;
	if (head === 'when') {
		const [key, bound, currency] = rest;
		if (key !== 'amount' || bound === undefined) return f.when;
		const limit = `${f.when}: ${w.s.cond[bound as 'gt']}`;
		return currency === undefined ? limit : f.inCurrency(limit, String(currency));
	}
	if (head === 'tiers') {
		if (rest.length === 0 || (rest[0] === 'brackets' && rest.length === 1)) return f.tiers;
		if (rest[0] !== 'brackets') return fieldWord(rest[0], w);
		const bracket = f.bracket(Number(rest[1]) + 1);
		return rest.length > 2 ? `${bracket}: ${fieldWord(rest[2], w)}` : bracket;
	}
	const base = fieldWord(head, w);
	if ((head === 'name' || head === 'message') && rest.length === 1)
		return f.inLanguage(base, languageName(String(rest[0]), w.locale));
	if ((head === 'fixed' || head === 'min' || head === 'max') && rest.length === 1)
		return f.inCurrency(base, String(rest[0]));
	return base;
}

function componentOf(sch: Schedule, id: string | undefined): Component | undefined {
	return sch.fees.find((x) => x.id === id);
}

/** A value of the change, as the schedule it comes from (`sch`) words it. */
function valueOf(c: ScheduleChange, v: unknown, sch: Schedule, w: Words): string {
	const [head, ...rest] = c.path;
	if (c.path.length === 0)
		return c.kind === 'changed' ? String(Number(v) + 1) : entrySummary(c.section, v, sch, w);
	if (isUsageChange(c)) return usageValue(c, v, sch, w);
	if (c.section === 'regions' || (c.section === 'schedule' && head === 'origins'))
		return countryName(String(v), w.locale);
	if (c.id === undefined && (c.section === 'payouts' || c.section === 'profiles'))
		return nameIn(sch[c.section], String(v), w.locale);
	if (c.section === 'schedule' && head === 'rateSource')
		return formatList(
			(Array.isArray(v) ? v : [v]).map((code) => rateSource(String(code), w.locale).name),
			w.locale
		);
	if (head === 'when') {
		if (rest[0] === 'amount' && rest.length === 3)
			return formatMoney(String(v), String(rest[2]), w.locale);
		return when(sch, rest.length === 0 ? (v as Condition) : conditionAt(rest, v), w);
	}
	if (head === 'tiers') {
		const currency = componentOf(sch, c.id)?.tiers?.currency ?? sch.baseCurrency;
		if (rest.length === 0 && isRecord(v))
			return tierSummary(v as unknown as NonNullable<Component['tiers']>, sch, w);
		if (rest[0] === 'mode') return w.s.tier[v as 'volume'] ?? plain(v);
		if (rest[0] === 'basis')
			return v === 'period'
				? w.d.value.basis.period(usageWords(sch, w.s).this)
				: w.d.value.basis.transfer;
		if (rest[0] === 'brackets' && rest.length === 2 && isRecord(v))
			return bracketText(v, currency, w);
		if (rest[2] === 'percent') return pct(v, w);
		if (rest[2] === 'upTo' || rest[2] === 'fixed')
			return formatMoney(String(v), currency, w.locale);
		return plain(v);
	}
	if (head === 'fixed' || head === 'min' || head === 'max' || head === 'allowance')
		return rest.length === 1
			? formatMoney(String(v), String(rest[0]), w.locale)
			: describeMoneyMap(v as MoneyMap, sch.baseCurrency, w.locale);
	if (head === 'percent' || head === 'marginPercent') return pct(v, w);
	if (head === 'minHours' || head === 'maxHours') return w.s.hours(Number(v), Number(v));
	if (head === 'category') return w.s.category[v as 'fee'] ?? plain(v);
	if (head === 'payer') return w.s.payer[v as 'sender'] ?? plain(v);
	if (head === 'severity') return w.s.severity[v as 'block'] ?? plain(v);
	return plain(v);
}

const PRICE_KEYS = ['percent', 'marginPercent', 'fixed', 'min', 'max'];

/** Whether a changed price rises or falls (the base currency's amount for a money map). */
function directionOf(c: ScheduleChange, base: string): ChangeLine['direction'] {
	if (c.kind !== 'changed' || (c.section !== 'fees' && c.section !== 'fx')) return undefined;
	const last = c.path.findLast((k) => typeof k === 'string' && PRICE_KEYS.includes(k));
	if (last === undefined) return undefined;
	const read = (v: unknown) => {
		const x = isRecord(v) ? v[base] : v;
		return typeof x === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(x) ? new Dec(x) : null;
	};
	const [before, after] = [read(c.before), read(c.after)];
	if (!before || !after || before.equals(after)) return undefined;
	return after.greaterThan(before) ? 'rise' : 'fall';
}

/** The entry a change belongs to, named from the version that has it (the newer one first). */
function entryOf(
	c: ScheduleChange,
	a: Schedule,
	b: Schedule,
	w: Words
): Omit<ChangeEntry, 'lines'> {
	const none = { key: '', title: null, code: null };
	const id = c.id;
	const sch = c.kind === 'removed' && c.path.length === 0 ? a : b;
	const find = <T extends { id: string }>(f: (s: Schedule) => T[] | undefined) =>
		f(sch)?.find((x) => x.id === id) ?? f(a)?.find((x) => x.id === id);
	switch (c.section) {
		case 'schedule':
			return none;
		case 'types':
		case 'funding':
		case 'payouts':
		case 'profiles':
			if (id === undefined) return none;
			return { key: id, title: nameIn(sch[c.section] ?? a[c.section], id, w.locale), code: id };
		case 'destinations':
			return { key: id!, title: countryName(id!, w.locale), code: id! };
		case 'regions':
			return { key: id!, title: id!, code: null };
		case 'fees': {
			const fee = find((s) => s.fees);
			return { key: id!, title: fee ? (fee.name[w.locale] ?? fee.name.en) : id!, code: id! };
		}
		case 'limits': {
			const limit = find((s) => s.limits);
			return { key: id!, title: w.d.limitWhen(when(sch, limit?.when ?? {}, w)), code: id! };
		}
		case 'notices': {
			const notice = find((s) => s.notices);
			const title = notice ? (notice.message[w.locale] ?? notice.message.en) : id!;
			return { key: id!, title, code: id! };
		}
		case 'fx':
		case 'delivery': {
			const key = `${c.index?.before ?? ''}/${c.index?.after ?? ''}`;
			const from = c.index?.after === undefined ? a : b;
			const at = c.index?.after ?? c.index?.before ?? 0;
			// First match applies: an entry without conditions after others catches the rest.
			const words =
				at > 0 && appliesWhen(from, c.when, w) === null
					? w.s.otherwise
					: when(from, c.when ?? {}, w);
			return {
				key,
				title: c.section === 'fx' ? w.d.marginWhen(words) : w.d.deliveryWhen(words),
				code: null
			};
		}
	}
}

/**
 * The changes between two versions of a schedule (`diffSchedules(a, b)`) in words, grouped by
 * section and entry: component names from the schedule, conditions as `describeCondition` says
 * them, amounts in the locale's currency style. Old values are worded with `from`, new ones with `to`.
 *
 * @example
 * describeChanges(diffSchedules(a, b), { from: a, to: b }, 'en')[0]
 * // { section: 'fees', title: 'Fees and taxes', entries: [{ title: 'International transfer fee',
 * //   code: 'international_transfer', lines: [{ kind: 'changed', field: 'Percent',
 * //   before: '1.5 %', after: '1.75 %' }, …] }, …] }
 */
export function describeChanges(
	changes: readonly ScheduleChange[],
	{ from: a, to: b }: { from: Schedule; to: Schedule },
	locale: Locale
): ChangeGroup[] {
	const w: Words = { locale, d: pick(diffText, locale), s: pick(schedulesText, locale) };
	const groups = new Map<ChangeSection, Map<string, ChangeEntry>>();
	for (const c of changes) {
		const entries = groups.get(c.section) ?? new Map<string, ChangeEntry>();
		groups.set(c.section, entries);
		const head = entryOf(c, a, b, w);
		const entry = entries.get(head.key) ?? { ...head, lines: [] };
		entries.set(head.key, entry);
		const line: ChangeLine = { kind: c.kind, field: fieldOf(c, a, b, w) };
		if (c.before !== undefined) line.before = valueOf(c, c.before, a, w);
		if (c.after !== undefined) line.after = valueOf(c, c.after, b, w);
		const direction = directionOf(c, b.baseCurrency);
		if (direction) line.direction = direction;
		entry.lines.push(line);
	}
	return [...groups].map(([section, entries]) => ({
		section,
		title: w.d.sections[section],
		entries: [...entries.values()]
	}));
}
