// Generates the entry-port (口岸) code table from files in this directory; needs no package.
// Run: cd reference-data && node entry-port.mjs (or npm run generate:entry-port). The output is committed.
//
// - unlocode-cn-2014-1.txt: the Chinese rows of the UN/LOCODE code list (UNECE, edition 2014-1) with a port,
//   rail, road, airport or border-crossing function, as packaged in the public dataset datasets/un-locode (PDDL).
//   Every row becomes an entry coded by its UN/LOCODE (CN + location, e.g. CNSHA).
// - entry-port-names.csv: the 50 entries the table had before (41 airports by IATA code, 9 seaports by UN/LOCODE),
//   hand-written with Chinese names. The IATA-coded airports stay as entries of their own (scheme IATA) so data
//   already sent with them keeps resolving; each points at its UN/LOCODE in attributes.locode where the list has
//   one. Their Chinese names are kept, and given to the UN/LOCODE airport entry of the same code
//   (CNPEK 北京首都国际机场); the nine seaports keep their Chinese names. Every other entry is named by its
//   romanised UN/LOCODE name: no Chinese name comes from a source we could cite.
//
// attributes: kind (the main mode: AIR, SEA, RIVER, LAND or RAIL), kinds (all of them), border (UN/LOCODE function
// B), province (GB/T 2260 province code from the UN/LOCODE subdivision), functions and status as the list has them,
// iata where it differs from the location code. Water ports are SEA in the coastal provinces and RIVER inland
// (UN/LOCODE does not tell them apart). A location is an entry here because UN/LOCODE lists a transport function
// for it, not because it is a port open to foreigners (国家对外开放口岸): the list does not say which are.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'server', 'src', 'main', 'resources', 'reference', 'tables');

const HEADER = ['code', 'name', 'name_en', 'parent_code', 'valid_from', 'valid_to', 'attributes'];
function csvField(value) {
	const s = value == null ? '' : String(value);
	return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}
function parseCsvLine(line) {
	const fields = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') {
				quoted = false;
			} else {
				field += c;
			}
		} else if (c === '"') {
			quoted = true;
		} else if (c === ',') {
			fields.push(field);
			field = '';
		} else {
			field += c;
		}
	}
	fields.push(field);
	return fields;
}

// Coastal province-level divisions (GB/T 2260 prefix); a water port elsewhere is a river port.
const COASTAL = new Set(['12', '13', '21', '31', '32', '33', '35', '37', '44', '45', '46', '71', '81', '82']);
// UN/LOCODE subdivision (ISO 3166-2:CN numeric, as in the 2014 edition) -> GB/T 2260 province code.
function province(subdivision) {
	if (!/^\d\d$/.test(subdivision)) return null;
	if (subdivision === '91') return '810000'; // Hong Kong
	if (subdivision === '92') return '820000'; // Macao
	return `${subdivision}0000`;
}
function kinds(functions, prefix) {
	const water = functions[0] === '1' ? (COASTAL.has(prefix) ? 'SEA' : 'RIVER') : null;
	const all = [];
	if (functions[3] === '4') all.push('AIR');
	if (water) all.push(water);
	if (functions[2] === '3') all.push('LAND');
	if (functions[1] === '2') all.push('RAIL');
	const border = functions[7] === 'B';
	// A border crossing is first of all the crossing; elsewhere an airport, then a port.
	const kind = border ? (water ?? (all.includes('LAND') ? 'LAND' : all.includes('RAIL') ? 'RAIL' : all[0])) : all[0];
	return { kind, kinds: all, border };
}

const legacy = readFileSync(join(here, 'entry-port-names.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => {
	const [code, name, nameEn, scheme, kind, prov] = parseCsvLine(line);
	return { code, name, nameEn, scheme, kind, province: prov };
});
const legacyByCode = new Map(legacy.map((l) => [l.code, l]));

const rows = readFileSync(join(here, 'unlocode-cn-2014-1.txt'), 'utf8').split(/\r?\n/)
	.filter((line) => line && !line.startsWith('#'))
	.map((line) => {
		const [location, name, subdivision, functions, status, date, iata] = line.split('|');
		return { code: `CN${location}`, location, name, subdivision, functions, status, date, iata };
	});
const seen = new Set();
for (const r of rows) {
	if (seen.has(r.code) || !/^[A-Z2-9]{3}$/.test(r.location) || r.functions.length !== 8) {
		throw new Error(`bad or duplicate row ${r.code}`);
	}
	seen.add(r.code);
}

const entries = [];
for (const r of rows) {
	const prov = province(r.subdivision);
	const k = kinds(r.functions, r.subdivision);
	const known = legacyByCode.get(r.code);
	// An airport whose location code is its IATA code takes the Chinese name of the IATA entry.
	const airport = !known && r.functions[3] === '4' ? legacyByCode.get(r.location) : null;
	const attributes = { kind: known?.kind ?? k.kind, kinds: k.kinds, border: k.border, scheme: 'UN/LOCODE' };
	if (prov) attributes.province = prov;
	attributes.functions = r.functions;
	attributes.status = r.status;
	if (r.iata) attributes.iata = r.iata;
	if (known || airport) attributes.locodeName = r.name;
	entries.push({
		code: r.code,
		name: known?.name ?? airport?.name ?? r.name,
		nameEn: known?.nameEn ?? airport?.nameEn ?? r.name,
		attributes,
	});
}
const byCode = new Map(entries.map((e) => [e.code, e]));
let legacyLinked = 0;
for (const l of legacy) {
	if (l.scheme !== 'IATA') {
		if (!byCode.has(l.code)) throw new Error(`${l.code} is no longer in UN/LOCODE`);
		continue;
	}
	const attributes = { kind: l.kind, scheme: 'IATA', province: l.province };
	const locode = `CN${l.code}`;
	const viaIata = rows.find((r) => r.iata === l.code);
	if (byCode.has(locode) && byCode.get(locode).attributes.kinds.includes('AIR')) {
		attributes.locode = locode;
	} else if (viaIata) {
		attributes.locode = viaIata.code;
	}
	if (attributes.locode) legacyLinked++;
	entries.push({ code: l.code, name: l.name, nameEn: l.nameEn, attributes });
}
entries.sort((a, b) => a.code.localeCompare(b.code));

const lines = [HEADER.join(',')];
for (const e of entries) {
	lines.push([e.code, e.name, e.nameEn, null, null, null, JSON.stringify(e.attributes)].map(csvField).join(','));
}
writeFileSync(join(out, 'entry-port.csv'), lines.join('\n') + '\n', 'utf8');

const count = (f) => entries.filter(f).length;
const locodes = entries.filter((e) => e.attributes.scheme === 'UN/LOCODE');
console.log(`entry-port.csv: ${entries.length} entries: ${locodes.length} UN/LOCODE, ${entries.length - locodes.length} IATA `
	+ `(${legacyLinked} linked to a UN/LOCODE); by kind ${['AIR', 'SEA', 'RIVER', 'LAND', 'RAIL']
		.map((k) => `${k} ${count((e) => e.attributes.scheme === 'UN/LOCODE' && e.attributes.kind === k)}`).join(', ')}; `
	+ `border crossings ${count((e) => e.attributes.border)}; with a Chinese name ${count((e) => /\p{Script=Han}/u.test(e.name))}`);
