import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/parseArgs';

const SPEC = { options: ['send', 'vary'], flags: ['json'] };

describe('parseArgs', () => {
	it('splits positionals, options (repeatable) and flags', () => {
		const args = parseArgs(
			['quote', '--send', '10', '--vary=a=1', '--vary', 'b=2', '--json'],
			SPEC
		);
		expect(args.positionals).toEqual(['quote']);
		expect([...args.options]).toEqual([
			['send', ['10']],
			['vary', ['a=1', 'b=2']]
		]);
		expect([...args.flags]).toEqual(['json']);
	});

	it('takes the next word as the value, even one starting with a dash', () => {
		expect(parseArgs(['--send', '-5'], SPEC).options.get('send')).toEqual(['-5']);
		expect(parseArgs(['--send', '--json'], SPEC).options.get('send')).toEqual(['--json']);
		expect(parseArgs(['--send='], SPEC).options.get('send')).toEqual(['']);
	});

	it.each([
		[['--send'], '--send needs a value'],
		[['--json=yes'], '--json takes no value'],
		[['--fee', '1'], 'unknown option --fee'],
		[['-s', '1'], 'unknown option -s'],
		[['--constructor', '1'], 'unknown option --constructor']
	])('refuses %j: %s', (argv, message) => {
		expect(() => parseArgs(argv, SPEC)).toThrow(new UsageError(message));
	});

	it('leaves its input as it was', () => {
		const argv = ['--send', '10', 'x'];
		parseArgs(argv, SPEC);
		expect(argv).toEqual(['--send', '10', 'x']);
	});
});
