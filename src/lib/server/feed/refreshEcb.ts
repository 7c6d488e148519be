import { parseEcbFeed } from '../../rates';
import { reloadRules, rulesDir } from '../rulesStore';
import { ECB_URLS, fetchFeed } from './fetchFeed';
import { FeedError } from './FeedError';
import { describeWrites, writeSnapshots } from './writeSnapshots';

/**
 * One in-process refresh (`FEECALC_RATES_REFRESH=ecb`): download the ECB's daily feed, write its
 * snapshot into the rules folder as `feecalc rates fetch` does, and reload. Rejects with a
 * FeedError when any step fails; the rules being served stay as they were.
 */
export async function refreshEcb(
	url: string = ECB_URLS.daily,
	log: (line: string) => void = console.log
): Promise<string> {
	const parsed = parseEcbFeed(await fetchFeed(url, 30_000));
	if (!parsed.ok) throw new FeedError(`${url}: ${parsed.error.message} (${parsed.error.code})`);
	const line = describeWrites(writeSnapshots(parsed.snapshots, rulesDir(), false));
	const reloaded = reloadRules(log, console.error);
	if (!reloaded.ok) throw new FeedError(`${line}, but the rules folder is invalid; not reloaded`);
	return line;
}
