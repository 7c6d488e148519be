import type { Locale } from '../locales';

/** How people know a rate source, and the time zone its publication days are counted in. */
interface RateSource {
	zone: string;
	/** As a rates line names it. */
	name: Record<Locale, string>;
	/** As a sentence names its reference rate ("…than at the ECB reference rate"). */
	reference: Record<Locale, string>;
}

const SOURCES: Record<string, RateSource> = {
	ecb: {
		zone: 'Europe/Berlin',
		name: { en: 'ECB', 'zh-CN': 'ECB' },
		reference: { en: 'the ECB reference rate', 'zh-CN': '欧洲央行参考汇率' }
	},
	nbp: {
		zone: 'Europe/Warsaw',
		name: { en: 'National Bank of Poland (NBP)', 'zh-CN': '波兰国家银行' },
		reference: { en: 'the National Bank of Poland’s average rate', 'zh-CN': '波兰国家银行平均汇率' }
	}
};

/** A rate source (a folder under rules/rates/) for people; another one by its code in capitals, dated in UTC. */
export function rateSource(
	code: string,
	locale: Locale
): { zone: string; name: string; reference: string } {
	const known = SOURCES[code];
	if (known)
		return { zone: known.zone, name: known.name[locale], reference: known.reference[locale] };
	const name = code.toUpperCase();
	return {
		zone: 'UTC',
		name,
		reference: locale === 'zh-CN' ? `${name} 参考汇率` : `the ${name} reference rate`
	};
}
