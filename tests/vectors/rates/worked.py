#!/usr/bin/env python3
"""Works out, independently of the engine (Python's decimal module, 34 significant digits,
half-even, as schedule-format.md's Arithmetic says), the expected results of the rate-source
vectors in this folder, and writes cases.json and decodes.json. The schedules and snapshots in
rules/ are the input; run `python3 tests/vectors/rates/worked.py` after changing them and read
the diff: the JSON is the contract the engine and the command line are tested against."""
import json, os
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext

getcontext().prec = 34
getcontext().rounding = ROUND_HALF_EVEN
HERE = os.path.dirname(os.path.abspath(__file__))
EXP = {'USD': 2, 'GTQ': 2, 'NGN': 2, 'PKR': 2, 'VND': 0, 'HTG': 2, 'GHS': 2, 'MXN': 2, 'EUR': 2, 'PLN': 2}

def load(source):
    folder = os.path.join(HERE, 'rules/rates', source)
    return [json.load(open(os.path.join(folder, f))) for f in sorted(os.listdir(folder))]

def iso_time(s):
    from datetime import datetime
    return datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp()

def in_force(source, at):
    """Each currency's latest rate published at or before `at` (partial snapshots), with its asOf and table."""
    snaps = sorted((s for s in load(source) if iso_time(s['asOf']) <= iso_time(at)), key=lambda s: -iso_time(s['asOf']))
    out = {}
    for s in snaps:
        for c, r in s['rates'].items():
            out.setdefault(c, (D(r), s['asOf'], s.get('table')))
        if not s.get('partial'):
            break
    base = snaps[0]['base'] if snaps else None
    return base, snaps[0].get('quotation') if snaps else None, out

def mid(source, at, x, y):
    base, quotation, rates = in_force(source, at)
    rate = lambda c: D(1) if c == base else rates[c][0]
    m = rate(x) / rate(y) if quotation == 'direct' else rate(y) / rate(x)
    pubs = sorted([rates[c][1:] for c in (x, y) if c != base], key=lambda p: iso_time(p[0]))
    return m, pubs

def holds(source, at, c):
    base, _, rates = in_force(source, at)
    return c == base or c in rates

def rnd(v, cur, mode=ROUND_HALF_UP):
    return v.quantize(D(1).scaleb(-EXP[cur]), rounding=mode)

def pct(v):
    r = v.quantize(D('0.01'), rounding=ROUND_HALF_UP)
    return str(r + 0) if r != 0 else '0.00'

def s34(v):
    t = format(v.normalize(), 'f')
    return t

def quote_case(name, schedule, sources, max_age_h, margin, fixed_usd, at, send, target, dest, amount):
    source = next(s for s in sources if holds(s, at, send) and holds(s, at, target))
    m, pubs = mid(source, at, send, target)
    rate = m * (1 - D(margin) / 100)
    S = D(amount)
    fee_raw = D(fixed_usd) if send == 'USD' else D(fixed_usd) * mid(source, at, 'USD', send)[0]
    fee = rnd(fee_raw, send)
    converted = rnd(S * rate, target)
    total = S + fee
    cost = fee + S * D(margin) / 100
    older = pubs[0][0]
    stale = max_age_h is not None and iso_time(at) - iso_time(older) > max_age_h * 3600
    tables = [{'asOf': a, 'table': t} for a, t in dict.fromkeys(pubs) if t]
    rates = {'asOf': older, 'source': source}
    if tables:
        rates['tables'] = tables
    return {
        'name': name,
        'request': {'schedule': schedule, 'at': at, 'type': 'transfer', 'funding': 'bank_account',
                    'destination': dest, 'currency': send, 'targetCurrency': target, 'mode': 'send', 'amount': amount},
        'expect': {
            'allowed': True,
            'noticeCodes': ['rate_stale'] if stale else [],
            'principal': str(S), 'senderLines': {'transfer': str(fee)}, 'transferFees': str(fee),
            'total': str(total),
            'exchangeRate': {'mid': s34(m), 'rate': s34(rate)},
            'converted': str(converted), 'received': str(converted),
            'cost': {'total': str(rnd(cost, send)), 'percent': pct(cost / S * 100),
                     'allInMarkupPercent': pct((total * m / converted - 1) * 100)},
            'rates': rates,
        },
    }

def decode_case(name, sent, frm, received, to, fee, date):
    at = date + 'T23:59:59Z'
    source = next(s for s in ('ecb', 'nbp') if holds(s, at, frm) and holds(s, at, to))
    m, pubs = mid(source, at, frm, to)
    S, R, F = D(sent), D(received), D(fee)
    eff = R / S
    fx = S - R / m
    total = F + fx
    older = pubs[0][0]
    ref = {'source': source, 'asOf': older}
    tables = [{'asOf': a, 'table': t} for a, t in dict.fromkeys(pubs) if t]
    if tables:
        ref['tables'] = tables
    ref['mid'] = s34(m)
    old = iso_time(at) - iso_time(older) > 96 * 3600
    return {
        'name': name,
        'request': {'sent': sent, 'sentCurrency': frm, 'received': received, 'receivedCurrency': to, 'fee': fee, 'date': date},
        'expect': {
            'reference': ref, 'effectiveRate': s34(eff),
            'marginPercent': pct((1 - eff / m) * 100),
            'allInMarkupPercent': pct(((S + F) * m / R - 1) * 100),
            'cost': {'fx': str(rnd(fx, frm)), 'fee': str(rnd(F, frm)), 'total': str(rnd(total, frm)), 'percent': pct(total / S * 100)},
            'noticeCodes': ['reference_rate_old'] if old else [],
        },
    }

NBP = ['nbp']
LIST = ['ecb', 'nbp']
FRI = '2022-05-13T18:00:00Z'
cases = [
    quote_case('A×B: 100.00 USD to Guatemala in quetzales, table A of 13 May and table B of 11 May 2022', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'GTQ', 'GT', '100.00'),
    quote_case('A×B: 200.00 USD to Nigeria in naira', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'NGN', 'NG', '200.00'),
    quote_case('A×B: 250.00 USD to Pakistan in rupees', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'PKR', 'PK', '250.00'),
    quote_case('A×B: 300.00 USD to Vietnam in dong (no minor unit)', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'VND', 'VN', '300.00'),
    quote_case('A×B: 75.50 USD to Haiti in gourdes', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'HTG', 'HT', '75.50'),
    quote_case('B×B: 50000.00 NGN to Ghana in cedis, the fee read in naira through table A', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'NGN', 'GHS', 'GH', '50000.00'),
    quote_case('A×A from the bank: 100.00 USD to Mexico in pesos, both from table A of 13 May 2022', 'vector-nbp', NBP, 120, '1.5', '2.99', FRI, 'USD', 'MXN', 'MX', '100.00'),
    quote_case('Two weeks: USD from a later table A, GTQ from the table B of the week before: stale on the older', 'vector-nbp', NBP, 120, '1.5', '2.99', '2022-05-16T12:00:00Z', 'USD', 'GTQ', 'GT', '100.00'),
    quote_case('A second before that table A: both rates of the week of 11 May, not yet stale', 'vector-nbp', NBP, 120, '1.5', '2.99', '2022-05-16T10:14:59Z', 'USD', 'GTQ', 'GT', '100.00'),
    quote_case('A list rateSource: USD to MXN priced from its first source, the ECB', 'vector-list', LIST, None, '1', '2.99', '2026-03-16T12:00:00Z', 'USD', 'MXN', 'MX', '100.00'),
    quote_case('A list rateSource falling through: the ECB has no GTQ, so the NBP tables price it', 'vector-list', LIST, None, '1', '2.99', '2026-03-16T12:00:00Z', 'USD', 'GTQ', 'GT', '100.00'),
]
decodes = [
    decode_case('100.00 USD arrived as 770.00 GTQ, a 2.99 USD fee, 13 May 2022', '100.00', 'USD', '770.00', 'GTQ', '2.99', '2022-05-13'),
    decode_case('200.00 USD arrived as 81000.00 NGN, a 3.50 USD fee', '200.00', 'USD', '81000.00', 'NGN', '3.50', '2022-05-13'),
    decode_case('250.00 USD arrived as 47500.00 PKR, no fee', '250.00', 'USD', '47500.00', 'PKR', '0', '2022-05-13'),
    decode_case('300.00 USD arrived as 6850000 VND, a 4.99 USD fee', '300.00', 'USD', '6850000', 'VND', '4.99', '2022-05-13'),
    decode_case('75.00 USD arrived as 8200.00 HTG, a 2.00 USD fee', '75.00', 'USD', '8200.00', 'HTG', '2.00', '2022-05-13'),
    decode_case('A week later the table B of 11 May is still the latest: an old reference', '100.00', 'USD', '770.00', 'GTQ', '2.99', '2022-05-16'),
]
json.dump(cases, open(os.path.join(HERE, 'cases.json'), 'w'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'cases.json'), 'a').write('\n')
json.dump(decodes, open(os.path.join(HERE, 'decodes.json'), 'w'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'decodes.json'), 'a').write('\n')
print(f'wrote {len(cases)} quote cases and {len(decodes)} decodes')
