import { describe, expect, it } from 'vitest';
import {
	elementSnippet,
	embedQuery,
	flagOf,
	formQuery,
	iframeSnippet,
	parentOriginOf,
	readWidgetOptions,
	themeOf
} from '$lib/widget';

describe('readWidgetOptions', () => {
	it('reads the attributes, with target-currency or targetCurrency', () => {
		const q = new URLSearchParams(
			'schedule=wallet-standard&destination=MX&target-currency=MXN&locale=zh-CN&theme=dark&compact'
		);
		const { request, look } = readWidgetOptions((n) => q.get(n));
		expect(request).toMatchObject({
			schedule: 'wallet-standard',
			destination: 'MX',
			targetCurrency: 'MXN'
		});
		expect(request.amount).toBe('');
		expect(look).toEqual({ locale: 'zh-CN', theme: 'dark', compact: true });
		expect(request).toMatchObject({ speed: '', sentThisPeriod: '', transfersThisPeriod: '' });
		const other = new URLSearchParams('targetCurrency=EUR&locale=fr&theme=neon');
		const read = readWidgetOptions((n) => other.get(n));
		expect(read.request.targetCurrency).toBe('EUR');
		expect(read.look).toEqual({ locale: 'en', theme: 'light', compact: false });
	});

	it('reads the speed and the usage, as attributes or as the API names them', () => {
		const read = (query: string) =>
			readWidgetOptions((n) => new URLSearchParams(query).get(n)).request;
		expect(read('speed=express&sent-this-period=800.00&transfers-this-period=2')).toMatchObject({
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: '2'
		});
		expect(read('sentThisPeriod=12.5&transfersThisPeriod=0')).toMatchObject({
			sentThisPeriod: '12.5',
			transfersThisPeriod: '0'
		});
	});

	it('treats a boolean attribute as set unless it is absent or "false"', () => {
		expect([
			flagOf(''),
			flagOf('compact'),
			flagOf(null),
			flagOf(undefined),
			flagOf('false')
		]).toEqual([true, true, false, false, false]);
		expect(themeOf('auto')).toBe('auto');
		expect(themeOf(null)).toBe('light');
	});

	it('passes only the given fields to formFor (a removed attribute reads as null)', () => {
		const none = { schedule: '', type: null, funding: undefined, payout: '', destination: 'MX' };
		const rest = { currency: '', targetCurrency: '', mode: 'pay', amount: '' };
		const usage = { speed: 'express', sentThisPeriod: '800.00', transfersThisPeriod: '' };
		expect(formQuery({ ...none, ...rest, ...usage })).toEqual({
			type: undefined,
			funding: undefined,
			payout: undefined,
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: undefined,
			destination: 'MX',
			currency: undefined,
			targetCurrency: undefined,
			mode: 'pay',
			amount: undefined
		});
	});
});

describe('parentOriginOf', () => {
	it.each([
		['https://shop.example', 'https://shop.example'],
		['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
		['https://shop.example/', null],
		['https://shop.example/cart', null],
		['*', null],
		['javascript:alert(1)', null],
		['', null],
		[null, null]
	])('%s → %s', (value, origin) => {
		expect(parentOriginOf(value)).toBe(origin);
	});
});

describe('snippets', () => {
	const options = {
		schedule: 'wallet-standard',
		type: 'transfer',
		funding: '',
		payout: '',
		speed: '',
		destination: 'MX',
		currency: 'USD',
		targetCurrency: 'MXN',
		mode: 'send',
		amount: '100.00',
		sentThisPeriod: '',
		transfersThisPeriod: '',
		locale: 'zh-CN' as const,
		theme: 'dark' as const,
		compact: true
	};

	it('writes the element with the attributes given, escaped', () => {
		const s = elementSnippet('https://fees.example', { ...options, amount: '"><script>' });
		expect(s.split('\n')[0]).toBe(
			'<script type="module" src="https://fees.example/widget/fee-calculator.js"></script>'
		);
		expect(s).toContain('\tapi="https://fees.example"\n\tschedule="wallet-standard"');
		expect(s).toContain('\ttarget-currency="MXN"');
		expect(s).toContain('amount="&quot;&gt;&lt;script&gt;"');
		expect(s).toContain('\tcompact\n></fee-calculator>');
		expect(s).not.toContain('funding=');
	});

	it('writes the iframe with the same options as parameters and the parent origin', () => {
		const s = iframeSnippet('https://fees.example', options, {
			parentOrigin: 'https://shop.example',
			title: 'Fee calculator'
		});
		const src = /src="([^"]+)"/.exec(s)![1].replace(/&amp;/g, '&');
		const url = new URL(src);
		expect(url.origin + url.pathname).toBe('https://fees.example/embed');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			schedule: 'wallet-standard',
			type: 'transfer',
			destination: 'MX',
			currency: 'USD',
			'target-currency': 'MXN',
			mode: 'send',
			amount: '100.00',
			locale: 'zh-CN',
			theme: 'dark',
			compact: '',
			parentOrigin: 'https://shop.example'
		});
		expect(s).toContain('title="Fee calculator"');
		expect(embedQuery({ ...options, compact: false, theme: 'light' }, null)).not.toMatch(
			/compact|theme|parentOrigin/
		);
	});

	it('writes the speed and the usage: as attributes in kebab case, in the address as the API names them', () => {
		const usage = {
			...options,
			speed: 'express',
			sentThisPeriod: '800.00',
			transfersThisPeriod: '2'
		};
		const element = elementSnippet('https://fees.example', usage);
		expect(element).toContain('\tspeed="express"\n');
		expect(element).toContain('\tsent-this-period="800.00"\n\ttransfers-this-period="2"\n');
		const query = new URLSearchParams(embedQuery(usage, null));
		expect(query.get('speed')).toBe('express');
		expect(query.get('sentThisPeriod')).toBe('800.00');
		expect(query.get('transfersThisPeriod')).toBe('2');
		expect(embedQuery(options, null)).not.toMatch(/speed|Period/);
	});
});
