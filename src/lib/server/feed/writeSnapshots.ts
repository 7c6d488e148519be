import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RateSnapshot } from '../../engine';
import { parseSnapshot } from '../../rates';
import { formatIssue } from '../../rulesfiles';
import { FeedError } from './FeedError';

interface Planned {
	target: string;
	text: string;
	snapshot: RateSnapshot;
}

/** `name` written whole or not at all: a dot-named temporary file (the loader ignores those), renamed. */
function writeAtomically(target: string, text: string): void {
	const folder = join(target, '..');
	const temp = join(
		folder,
		`.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
	);
	try {
		writeFileSync(temp, text);
		renameSync(temp, target);
	} catch (e) {
		rmSync(temp, { force: true });
		throw new FeedError(`${target}: cannot be written: ${(e as Error).message}`);
	}
}

/**
 * A snapshot's file name: the ECB's day (`2026-03-13.json`, as it always was); a table's day and
 * number (`2022-05-11-019-B-NBP-2022.json`: two tables may share a day); any other source's
 * instant in UTC (`2026-03-13T16-00-00Z.json`: a provider may publish several a day).
 */
export function snapshotFileName(snapshot: RateSnapshot): string {
	const day = snapshot.asOf.slice(0, 10);
	if (snapshot.table !== undefined)
		return `${day}-${snapshot.table.replace(/[^A-Za-z0-9]+/g, '-')}.json`;
	if (snapshot.source === 'ecb') return `${day}.json`;
	return `${new Date(Date.parse(snapshot.asOf)).toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`;
}

/** What `writeSnapshots` did: files written, files that already held the same bytes. */
export interface WriteReport {
	written: Planned[];
	unchanged: Planned[];
}

/**
 * Writes snapshots to `<rules>/rates/<source>/` (named by `snapshotFileName`) as `rates import` always has: each
 * validated first, then none written if any one is invalid or would replace a different file
 * (snapshots are immutable; `force` replaces). Each file is written to a temporary name and
 * renamed, so a reader never sees half of one. `onWrite` hears of each file written.
 */
export function writeSnapshots(
	snapshots: readonly RateSnapshot[],
	rules: string,
	{
		force = false,
		onWrite = () => {}
	}: { force?: boolean; onWrite?: (done: number, total: number) => void } = {}
): WriteReport {
	const report: WriteReport = { written: [], unchanged: [] };
	const problems: string[] = [];
	for (const snapshot of snapshots) {
		const text = `${JSON.stringify(snapshot, null, 1)}\n`;
		const target = join(rules, 'rates', snapshot.source, snapshotFileName(snapshot));
		const check = parseSnapshot(text, target);
		if (!check.ok) {
			problems.push(...check.errors.map(formatIssue));
			continue;
		}
		const planned = { target, text, snapshot };
		const held = existsSync(target) ? readFileSync(target, 'utf8') : null;
		if (held === text) report.unchanged.push(planned);
		else if (held !== null && !force)
			problems.push(
				`${target}: exists with other rates; snapshots are immutable (use --force to replace)`
			);
		else report.written.push(planned);
	}
	if (problems.length > 0) throw new FeedError(problems.join('\n'));
	report.written.forEach(({ target, text }, i) => {
		mkdirSync(join(target, '..'), { recursive: true });
		writeAtomically(target, text);
		onWrite(i + 1, report.written.length);
	});
	return report;
}

/** The one line a command ends with: what it wrote. */
export function describeWrites(report: WriteReport): string {
	const { written, unchanged } = report;
	if (written.length === 1 && unchanged.length === 0) {
		const { target, snapshot } = written[0];
		return `wrote ${target}: ${Object.keys(snapshot.rates).length} rates against ${snapshot.base} as of ${snapshot.asOf}`;
	}
	if (written.length === 0 && unchanged.length === 1)
		return `unchanged: ${unchanged[0].target} already holds this snapshot`;
	const days = (list: Planned[]) =>
		list.length === 0
			? ''
			: ` (${list[0].snapshot.asOf.slice(0, 10)} to ${list.at(-1)!.snapshot.asOf.slice(0, 10)})`;
	const folder = join((written[0] ?? unchanged[0]).target, '..');
	const n = written.length;
	return `wrote ${n} snapshot${n === 1 ? '' : 's'} to ${folder}${days(written)}; ${unchanged.length} already held`;
}
