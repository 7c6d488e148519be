/** chart.js, loaded on demand: only pages that draw a chart fetch it (by the chart attachment). */
export async function loadChart() {
	const m = await import('chart.js');
	m.Chart.register(
		m.BarController,
		m.BarElement,
		m.LineController,
		m.LineElement,
		m.PointElement,
		m.CategoryScale,
		m.LinearScale,
		m.LogarithmicScale,
		m.Legend,
		m.Tooltip
	);
	const style = getComputedStyle(document.documentElement);
	m.Chart.defaults.font.family = style.fontFamily;
	m.Chart.defaults.font.size = 13;
	m.Chart.defaults.color = CHART_INK;
	m.Chart.defaults.animation = matchMedia('(prefers-reduced-motion: reduce)').matches
		? false
		: m.Chart.defaults.animation;
	return m;
}

export type ChartModule = Awaited<ReturnType<typeof loadChart>>;

/** Text and axes (the page's ink) and grid lines. */
export const CHART_INK = '#1b1b1f';
export const CHART_GRID = '#d4d4dc';
export const CHART_GRID_MINOR = '#efeff3';

/**
 * Colours for parts and series: the Okabe–Ito palette darkened so each has at least 4.5:1
 * contrast on white and they stay apart for the common colour-vision deficiencies.
 */
export const PALETTE = ['#0068a8', '#b84a00', '#007a63', '#9c3f78', '#5b4a00'];
