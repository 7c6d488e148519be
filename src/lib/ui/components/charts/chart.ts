import type { ChartConfiguration, ChartType } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { loadChart } from './loadChart';

/**
 * A chart.js chart on a canvas (`<canvas {@attach chart(() => config)}>`): chart.js is fetched
 * the first time a page draws one, the chart is drawn anew whenever what `config` reads changes,
 * and destroyed with the canvas. `ondrawn` is told once the chart is on the canvas.
 */
export function chart<T extends ChartType>(
	config: () => ChartConfiguration<T>,
	ondrawn?: () => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		// Read here, in the attachment's effect, so that a change to what it shows redraws it.
		const c = config();
		let drawn: { destroy(): void } | undefined;
		let gone = false;
		loadChart().then((m) => {
			if (gone) return;
			drawn = new m.Chart(canvas, c as ChartConfiguration);
			ondrawn?.();
		});
		return () => {
			gone = true;
			drawn?.destroy();
		};
	};
}
