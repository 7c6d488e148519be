import { describe, expect, it } from 'vitest';
import { readParentOrigin, type OriginReading } from '$lib/widget';

describe('readParentOrigin', () => {
	it.each<[string, OriginReading]>([
		['', { ok: true, origin: null, added: false }],
		['shop.example', { ok: true, origin: 'https://shop.example', added: true }],
		[' shop.example/ ', { ok: true, origin: 'https://shop.example', added: true }],
		['shop.example:8443', { ok: true, origin: 'https://shop.example:8443', added: true }],
		['localhost:5173', { ok: true, origin: 'https://localhost:5173', added: true }],
		['https://shop.example', { ok: true, origin: 'https://shop.example', added: false }],
		['https://shop.example/', { ok: true, origin: 'https://shop.example', added: false }],
		['http://localhost:5173', { ok: true, origin: 'http://localhost:5173', added: false }],
		['HTTPS://Shop.Example', { ok: true, origin: 'https://shop.example', added: false }],
		['https://shop.example/cart', { ok: false, code: 'has_path' }],
		['shop.example/cart?x=1', { ok: false, code: 'has_path' }],
		['ftp://shop.example', { ok: false, code: 'not_http' }],
		['javascript:alert(1)', { ok: false, code: 'not_http' }],
		['https://', { ok: false, code: 'not_an_address' }],
		['shop example', { ok: false, code: 'not_an_address' }],
		['https://user:pw@shop.example', { ok: false, code: 'not_an_address' }]
	])('reads %j', (text, expected) => {
		expect(readParentOrigin(text)).toEqual(expected);
	});
});
