import { reloadRules, rulesDir } from '../rulesStore';
import { fetchSnapshots } from './fetchSnapshots';
import { FeedError } from './FeedError';
import { describeWrites, writeSnapshots } from './writeSnapshots';

/**
 * One in-process refresh of a source (`ecb` or `nbp`): download what it publishes, write the
 * snapshots into the rules folder as `feecalc rates fetch` does, and reload. Rejects with a
 * FeedError when any step fails; the rules being served stay as they were.
 */
export async function refreshRates(
	source: string,
	url?: string,
	log: (line: string) => void = console.log
): Promise<string> {
	const snapshots = await fetchSnapshots(source, { url, timeoutMs: 30_000 });
	const line = describeWrites(writeSnapshots(snapshots, rulesDir()));
	const reloaded = reloadRules(log, console.error);
	if (!reloaded.ok) throw new FeedError(`${line}, but the rules folder is invalid; not reloaded`);
	return line;
}
