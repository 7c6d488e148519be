import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../_lib/projectRoot';

/** A copy of the shipped rules folder in `dir`, to change under a running store. */
export function copyRules(dir: string): string {
	const rules = join(dir, 'rules');
	cpSync(join(PROJECT_ROOT, 'rules'), rules, { recursive: true });
	return rules;
}

/** Writes a file whole (temporary dot-file, then rename), as `rates fetch` does. */
export function putFile(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const temp = join(path, '..', `.put-${Math.random().toString(36).slice(2)}`);
	writeFileSync(temp, text);
	renameSync(temp, path);
}

/** The shipped ECB snapshot again, as of `day`, every rate with `digit` appended. */
export function snapshotOn(rules: string, day: string, digit = '7'): string {
	const base = JSON.parse(readFileSync(join(rules, 'rates/ecb/2026-03-13.json'), 'utf8'));
	const rates = Object.fromEntries(
		Object.entries(base.rates as Record<string, string>).map(([c, r]) => [
			c,
			r.includes('.') ? `${r}${digit}` : `${r}.${digit}`
		])
	);
	return `${JSON.stringify({ ...base, asOf: `${day}T16:00:00+01:00`, rates }, null, 1)}\n`;
}

/** wallet-standard 2026-01-01 as a new version `version` in force from `from`, its fees changed. */
export function walletVersion(rules: string, version: string, from: string): string {
	const text = readFileSync(join(rules, 'schedules/wallet-standard/2026-01-01.json'), 'utf8');
	const json = JSON.parse(text);
	return `${JSON.stringify({ ...json, version, effectiveFrom: from }, null, 2)}\n`;
}
