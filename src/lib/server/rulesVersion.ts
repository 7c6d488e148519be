import { publicSnapshot } from '../rates';
import type { Rules } from '../schedules';
import { nodeSha256 } from './nodeSha256';

const versions = new WeakMap<Rules, string>();

/**
 * A short name for one loaded set of rules: 12 hex digits of SHA-256 over every schedule file's
 * hash and every snapshot's content, by file name. Equal folders give equal versions on every
 * instance; any change to a file gives another.
 *
 * @example
 * rulesVersion(getRules()) // '3f9a0c1d2e4b'
 */
export function rulesVersion(rules: Rules): string {
	let version = versions.get(rules);
	if (version === undefined) {
		const lines: string[] = [];
		for (const list of rules.schedules.values())
			for (const v of list) lines.push(`${v.file} ${v.hash}`);
		for (const list of rules.rates.values())
			for (const s of list)
				lines.push(`${s.file} ${nodeSha256(JSON.stringify(publicSnapshot(s)))}`);
		version = nodeSha256(lines.sort().join('\n')).slice(0, 12);
		versions.set(rules, version);
	}
	return version;
}
