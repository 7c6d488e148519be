import type { MoneyMap, Schedule } from '../../engine';
import type { RulesIssue } from '../../rulesfiles';
import { Dec, minorUnits } from '../../engine';
import { isCountry } from './countries';
import { messages, type ScheduleIssueCode } from './messages';

export type Path = (string | number)[];

/** One value or a list of them, as a list. */
export const list = <T>(v: T | T[] | undefined): T[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];

/** The small checks of one schedule file, each adding its issues to `issues`. */
export interface Checks {
	add(path: Path, code: ScheduleIssueCode, message: string): void;
	currency(c: string, path: Path): void;
	country(c: string, path: Path): void;
	/** A MoneyMap: it has the base currency, and every key is a currency. */
	moneyMap(m: MoneyMap | null | undefined, path: Path): void;
	minMax(min: MoneyMap | null | undefined, max: MoneyMap | null | undefined, path: Path): void;
}

export function checksFor(s: Schedule, file: string, issues: RulesIssue[]): Checks {
	const add: Checks['add'] = (path, code, message) => issues.push({ file, path, code, message });
	const currency: Checks['currency'] = (c, path) => {
		if (minorUnits(c) === undefined) add(path, 'unknown_currency', messages.unknownCurrency(c));
	};
	return {
		add,
		currency,
		country(c, path) {
			if (!isCountry(c)) add(path, 'unknown_country', messages.unknownCountry(c));
		},
		moneyMap(m, path) {
			if (!m) return;
			if (!Object.hasOwn(m, s.baseCurrency))
				add(path, 'missing_base_currency', messages.missingBaseCurrency(s.baseCurrency));
			for (const c of Object.keys(m)) currency(c, [...path, c]);
		},
		minMax(min, max, path) {
			if (!min || !max) return;
			for (const c of Object.keys(min))
				if (Object.hasOwn(max, c) && new Dec(min[c]).greaterThan(max[c]))
					add(
						[...path, 'min', c],
						'min_above_max',
						messages.minAboveMax(`${min[c]} ${c}`, `${max[c]} ${c}`)
					);
		}
	};
}
