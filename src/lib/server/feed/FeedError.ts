/** A download or a write of rate snapshots that did not happen; the message names the URL or file. */
export class FeedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FeedError';
	}
}
