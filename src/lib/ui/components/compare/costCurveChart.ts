import type { ChartConfiguration, Plugin } from 'chart.js';
import { type CostCurveModel, type CurveSeries } from '../../../present';
import { compareText, type Locale, pick } from '../../../words';
import { CHART_GRID, CHART_GRID_MINOR, CHART_INK, PALETTE } from '../charts/loadChart';

/** The y axis stops here, so that the 3 % and 5 % lines stay readable; the tables have all. */
const Y_CAP = 25;
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;
const TARGET = '#1b1b1f';
const CEILING = '#a4161a';
const MARKER = '#4a4a55';

/**
 * The curve as chart.js draws it. Drawing only: chart.js needs numbers, so the decimal strings
 * become Numbers here and nowhere else; the component's tables show the exact strings.
 */
export function drawnCurve(curve: CostCurveModel, locale: Locale) {
	const t = pick(compareText, locale);
	const series = curve.series.map((s) =>
		s.points.map((p) => ({
			x: Number(p.amount),
			y: p.allowed && p.costPercent !== null ? Number(p.costPercent) : null
		}))
	);
	const highest = Math.max(0, ...series.flat().map((p) => p.y ?? 0));
	const top = Math.min(Y_CAP, Math.max(6, Math.ceil(highest / 5) * 5));
	return {
		series,
		top,
		cut: highest > top,
		from: Number(curve.amounts[0]),
		to: Number(curve.amounts[curve.amounts.length - 1]),
		markers: curve.markers.map((m) => ({ x: Number(m.amount), label: t.curve.marker(m.usd) }))
	};
}

/** A series' name in the legend and the table: its label, and how many options it stands for. */
export function curveLegend(s: CurveSeries, locale: Locale): string {
	const t = pick(compareText, locale);
	return s.alsoFor.length ? t.curve.more(s.label, s.alsoFor.length) : s.label;
}

export type DrawnCurve = ReturnType<typeof drawnCurve>;

type Data = { x: number; y: number | null }[];

/** Log-axis ticks that get a label and a full grid line: 1, 2 and 5 times a power of ten. */
function labelled(n: number, narrow = false): boolean {
	const lead = n / 10 ** Math.floor(Math.log10(n));
	return (narrow ? [1] : [1, 2, 5]).some((d) => Math.abs(lead - d) < 1e-9);
}

function markerPlugin(markers: { x: number; label: string }[]): Plugin<'line'> {
	return {
		id: 'feecalcStandardAmounts',
		afterDatasetsDraw(chart) {
			const { ctx, chartArea, scales } = chart;
			ctx.save();
			ctx.strokeStyle = MARKER;
			ctx.fillStyle = MARKER;
			ctx.lineWidth = 1.5;
			ctx.setLineDash([2, 3]);
			ctx.font = `600 12px ${getComputedStyle(chart.canvas).fontFamily}`;
			markers.forEach((m, i) => {
				const x = scales.x.getPixelForValue(m.x);
				if (x < chartArea.left || x > chartArea.right) return;
				ctx.beginPath();
				ctx.moveTo(x, chartArea.top);
				ctx.lineTo(x, chartArea.bottom);
				ctx.stroke();
				// Labels step down so that close markers on a narrow chart do not overlap, and
				// turn to the left of their line near the right edge.
				const width = ctx.measureText(m.label).width;
				const left = x + 4 + width > chartArea.right;
				ctx.fillText(m.label, left ? x - 4 - width : x + 4, chartArea.top + 14 + i * 16);
			});
			ctx.restore();
		}
	};
}

/** The chart.js configuration of the cost curves (`drawn` from `drawnCurve`). */
export function costCurveChart(
	curve: CostCurveModel,
	locale: Locale,
	d: DrawnCurve
): ChartConfiguration<'line', Data> {
	const t = pick(compareText, locale);
	const legend = (s: CurveSeries) => curveLegend(s, locale);
	const axisMoney = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: curve.currency,
		notation: 'compact'
	});
	const exact = new Intl.NumberFormat(locale, { style: 'currency', currency: curve.currency });
	const line = (label: string, y: number, color: string, dash: number[]) => ({
		label,
		data: [
			{ x: d.from, y },
			{ x: d.to, y }
		],
		borderColor: color,
		backgroundColor: color,
		borderDash: dash,
		borderWidth: 1.5,
		pointRadius: 0,
		pointHoverRadius: 0,
		pointStyle: 'line' as const,
		order: 1
	});
	return {
		type: 'line',
		data: {
			datasets: [
				...curve.series.map((s, i) => ({
					label: legend(s),
					data: d.series[i],
					borderColor: PALETTE[i],
					backgroundColor: PALETTE[i],
					borderDash: DASHES[i],
					borderWidth: 2.5,
					pointStyle: POINTS[i],
					pointRadius: 2.5,
					spanGaps: false,
					tension: 0,
					// Later (dearer) series are drawn over earlier ones, so that two options with the
					// same costs show both their dash patterns; legend and tooltip keep the rank order.
					order: -i
				})),
				line(t.curve.target, 3, TARGET, [6, 4]),
				line(t.curve.ceiling, 5, CEILING, [14, 4])
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			locale,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: {
					type: 'logarithmic',
					min: d.from,
					max: d.to,
					title: {
						display: true,
						text: t.curve.xAxis(curve.currency),
						font: { weight: 'bold' }
					},
					ticks: {
						autoSkip: false,
						maxRotation: 0,
						// On a narrow chart only the powers of ten get a label.
						callback: function (v) {
							const n = Number(v);
							return labelled(n, this.width < 560) ? axisMoney.format(n) : '';
						}
					},
					grid: {
						color: (c) =>
							labelled(c.tick.value, c.chart.width < 560) ? CHART_GRID : CHART_GRID_MINOR
					}
				},
				y: {
					min: 0,
					max: d.top,
					title: { display: true, text: t.curve.yAxis, font: { weight: 'bold' } },
					ticks: { callback: (v) => t.pct(String(v)) },
					grid: { color: CHART_GRID }
				}
			},
			plugins: {
				legend: {
					position: 'top',
					align: 'start',
					labels: {
						usePointStyle: true,
						boxHeight: 8,
						color: CHART_INK,
						sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0)
					}
				},
				tooltip: {
					filter: (item) => item.datasetIndex < curve.series.length,
					itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
					callbacks: {
						title: (items) => (items.length ? exact.format(items[0].parsed.x ?? 0) : ''),
						label: (c) => `${c.dataset.label}: ${t.pct((c.parsed.y ?? 0).toFixed(2))}`
					}
				}
			}
		},
		plugins: [markerPlugin(d.markers)]
	};
}
