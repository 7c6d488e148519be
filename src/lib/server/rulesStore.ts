import { resolve } from 'node:path';
import type { Rules } from '../schedules';
import { loadRules } from './loadRules';

let rules: Rules | null = null;

/** The rules folder the server uses: FEECALC_RULES, or `rules/` in the working directory. */
export function rulesDir(): string {
	return resolve(process.env.FEECALC_RULES ?? 'rules');
}

/** Loads and validates the rules folder once; throws RulesError when it is invalid. */
export function initRules(): Rules {
	rules = loadRules(rulesDir());
	return rules;
}

/** The rules loaded at start. */
export function getRules(): Rules {
	return rules ?? initRules();
}
