/** The words of rules-file issues that any rules file can have (JSON, types, keys). Tests assert codes, not these words. */
export const FILE_MESSAGES = {
	invalidJson: (detail: string) => `is not valid JSON: ${detail}`,
	invalidType: (expected: string, received: string) => `must be ${expected}, not ${received}`,
	required: 'is required',
	unknownKey: 'is not a known key',
	numberNotString: 'must be a decimal string in quotes, such as "1.50", not a JSON number',
	duplicateKey: 'appears more than once; JSON keeps only the last',
	negative: 'must not be negative'
} as const;
