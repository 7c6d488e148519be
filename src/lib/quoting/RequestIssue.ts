/** Why a request is not a quote: a stable `code`, the field's `path`, words for people. */
export interface RequestIssue {
	path: (string | number)[];
	code: string;
	message: string;
}
