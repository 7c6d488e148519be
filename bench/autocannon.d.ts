// The part of autocannon's API that bench/api.bench.ts uses (the package ships no types).
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	interface Histogram {
		average: number;
		total: number;
		p50: number;
		p99: number;
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		/** Seconds. */
		duration: number;
	}
	interface Options {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		method?: 'GET' | 'POST';
		headers?: Record<string, string>;
		body?: string;
	}
	interface Instance extends EventEmitter, PromiseLike<Result> {
		on(
			event: 'response',
			listener: (client: unknown, status: number, bytes: number, ms: number) => void
		): this;
	}
	export default function autocannon(options: Options): Instance;
}
