import { mount, unmount } from 'svelte';
import FeeCalculator from './FeeCalculator.svelte';
import css from './widget.css?inline';
import { WIDGET_ATTRIBUTES } from './widgetOptions';

// One stylesheet for every element of the page.
let sheet: CSSStyleSheet | undefined;

const propOf = (attribute: string) =>
	attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * `<fee-calculator>`: FeeCalculator.svelte in an open shadow root, its props the attributes
 * (strings, or null once removed; `compact` true while present) and the same-named properties.
 * Written out rather than compiled with Svelte's `customElement` option, whose runtime (and the
 * legacy component API it builds on) the element does not need.
 */
export class FeeCalculatorElement extends HTMLElement {
	static observedAttributes = WIDGET_ATTRIBUTES;
	props: Record<string, string | boolean | null | undefined | HTMLElement> = $state({});
	#root = this.attachShadow({ mode: 'open' });
	#app: ReturnType<typeof mount> | null = null;

	connectedCallback(): void {
		if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css);
		this.#root.adoptedStyleSheets = [sheet];
		this.#app ??= mount(FeeCalculator, {
			target: this.#root,
			props: Object.assign(this.props, { host: this })
		});
	}

	disconnectedCallback(): void {
		// Moved rather than removed (taken out and put back in one task): keep it.
		queueMicrotask(() => {
			if (this.isConnected || !this.#app) return;
			void unmount(this.#app);
			this.#app = null;
		});
	}

	attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
		this.props[propOf(name)] = name === 'compact' ? value !== null : value;
	}
}

for (const attribute of WIDGET_ATTRIBUTES) {
	const prop = propOf(attribute);
	Object.defineProperty(FeeCalculatorElement.prototype, prop, {
		get(this: FeeCalculatorElement) {
			return this.props[prop];
		},
		set(this: FeeCalculatorElement, value: string | boolean | null) {
			this.props[prop] = value;
		}
	});
}
