/**
 * A problem found in a rules file (a schedule or a rate snapshot), as data.
 *
 * `code` is stable snake_case (`invalid_json`, `invalid_type`, `number_not_string`,
 * `unknown_key`, `required`, `invalid_format`, `not_positive`, `duplicate_currency`,
 * `duplicate_key`, `base_rate_not_one`, `no_rates`, ...); `message` is English for logs and
 * the command line, and interfaces may translate `code` instead.
 */
export interface RulesIssue {
	file: string;
	path: (string | number)[];
	code: string;
	message: string;
}
