import { browser } from '$app/environment';
import { goto, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import {
	type CalculatorForm,
	type CalculatorModel,
	type CalculatorResult,
	currenciesFor,
	formValues,
	NO_RESULT,
	priceLocally,
	queryOf,
	readForm,
	requestOf,
	rulesOf
} from '$lib/present';
import { formatNumber, type Locale } from '$lib/words';

// Only the first calculator of a page load is hydrated over server-rendered fields.
let hydrated = false;

/** The fields an issue can stand beside; an issue about anything else is listed above the result. */
const FIELDS = new Set<string>([
	'amount',
	'schedule',
	'type',
	'funding',
	'payout',
	'profile',
	'origin',
	'destination',
	'currency',
	'targetCurrency',
	'speed',
	'sentThisPeriod',
	'transfersThisPeriod'
]);

/**
 * What the calculator holds between keystrokes: the form, the quote it works out to in the
 * browser, the two linked amount boxes, the country filter and the address kept in step. Made once
 * by the component (it registers its effects there), with a getter of the component's props.
 */
export class CalculatorState {
	readonly #props: () => { model: CalculatorModel; locale: Locale };
	form: CalculatorForm = $state({} as CalculatorForm);
	/** With scripts: the page prices in the browser (false while the server's answer is shown). */
	mounted = $state(false);
	filter = $state('');
	/** The first box holds the total to pay, fees included, rather than the amount sent. */
	paysTotal = $state(false);

	readonly model = $derived.by(() => this.#props().model);
	readonly locale = $derived.by(() => this.#props().locale);
	readonly options = $derived(this.model.options);
	readonly #rules = $derived(rulesOf(this.model.engine));
	readonly #read = $derived(readForm(this.form));
	readonly live = $derived.by((): CalculatorResult & { now: number } => {
		if (!this.mounted) return this.model;
		if (!this.#read.reading.ok) return { ...NO_RESULT, now: Date.now() };
		const priced = priceLocally(this.#rules, requestOf(this.#read.form, this.locale), Date.now());
		return { ...priced, now: Date.now() };
	});
	readonly reading = $derived(this.mounted ? this.#read.reading : this.model.reading);
	readonly quote = $derived(this.live.quote);
	readonly offered = $derived(currenciesFor(this.options, this.form.destination));
	/** The countries the filter leaves (the chosen one always). */
	readonly shown = $derived.by(() => {
		const all = this.options.destinations;
		const f = this.filter.trim().toLocaleLowerCase(this.locale);
		if (!f) return all;
		return all.filter(
			(d) =>
				d.value === this.form.destination ||
				d.label.toLocaleLowerCase(this.locale).includes(f) ||
				d.value.toLowerCase() === f
		);
	});
	/** The first box: what is sent (or paid); worked out from the second while that is typed in. */
	readonly sendShown = $derived.by(() => {
		if (this.form.mode !== 'receive') return this.form.amount;
		const q = this.quote;
		const m = this.paysTotal ? q?.total : q?.principal;
		return m && q?.allowed ? formatNumber(m.amount, this.locale) : '';
	});
	/** The second box: what arrives. */
	readonly receiveShown = $derived.by(() => {
		if (this.form.mode === 'receive') return this.form.amount;
		const q = this.quote;
		return q?.received && q.allowed ? formatNumber(q.received.amount, this.locale) : '';
	});
	/** Where the "Did you mean" link of an ambiguous amount leads without JavaScript. */
	readonly suggestHref = $derived(
		this.reading.ok === false && this.reading.code === 'ambiguous'
			? `/?${queryOf({ ...this.form, amount: this.reading.suggestion }, this.locale)}`
			: undefined
	);
	readonly otherIssues = $derived(this.live.issues.filter((i) => !FIELDS.has(String(i.path[0]))));

	constructor(props: () => { model: CalculatorModel; locale: Locale }) {
		this.#props = props;
		const initial = (): CalculatorForm => ({ ...props().model.form });
		this.form = initial();
		this.paysTotal = this.form.mode === 'pay';
		// What a person chose on the server-rendered form before the scripts ran. Hydration puts the
		// rendered values back, so they are read now, before it, and restored once mounted.
		const early =
			browser && !hydrated
				? formValues(document.querySelector<HTMLFormElement>('form.calculator'), initial())
				: null;

		onMount(() => {
			hydrated = true;
			if (early) {
				this.form = { ...this.form, ...early };
				// Another schedule has other fields: load its page, keeping amount and mode.
				if (early.schedule) this.scheduleChanged();
				else this.destinationChanged();
			}
			this.paysTotal = this.form.mode === 'pay';
			this.mounted = true;
		});

		// Keep the address shareable: the same request as query parameters, once typing pauses.
		$effect(() => {
			const query = queryOf(this.#read.form, this.locale);
			if (!this.mounted) return;
			const timer = setTimeout(() => replaceState(`?${query}`, {}), 300);
			return () => clearTimeout(timer);
		});

		// A typed filter that names exactly one other country picks it.
		$effect(() => {
			if (!this.filter.trim()) return;
			const others = this.shown.filter((d) => d.value !== this.form.destination);
			if (others.length === 1 && this.shown.length <= 2) {
				this.form.destination = others[0].value;
				this.destinationChanged();
			}
		});
	}

	issuesFor = (id: string) => {
		return this.live.issues.filter((i) => i.path[0] === id);
	};

	destinationChanged = () => {
		const list = currenciesFor(this.options, this.form.destination);
		if (!list.includes(this.form.targetCurrency)) this.form.targetCurrency = list[0] ?? '';
	};

	scheduleChanged = () => {
		const { schedule, amount, mode } = this.form;
		// A string made and used at once: nothing keeps it to react to.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		goto(`?${new URLSearchParams({ schedule, locale: this.locale, amount, mode })}`);
	};

	typedSend = (value: string) => {
		this.form.mode = this.paysTotal ? 'pay' : 'send';
		this.form.amount = value;
	};

	typedReceive = (value: string) => {
		this.form.mode = 'receive';
		this.form.amount = value;
	};

	/** The "I pay in total" box ticked or cleared: the first box keeps its figure, read anew. */
	totalChosen = () => {
		if (this.form.mode === 'receive') {
			if (this.paysTotal && this.quote?.total) this.form.amount = this.quote.total.amount;
			else return;
		}
		this.form.mode = this.paysTotal ? 'pay' : 'send';
	};

	useSuggestion = (amount: string) => {
		this.form.amount = amount;
	};

	/** A "send less" hint: the amount sent becomes the hint's. */
	useHint = (amount: string) => {
		this.paysTotal = false;
		this.form.mode = 'send';
		this.form.amount = amount;
	};
}
