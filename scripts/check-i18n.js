// Fails when a message in src/ has no Japanese translation in xliff/ja.xlf, or when the generated
// src/i18n/locales/ja.ts is out of date. Works on copies: the committed files are never touched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const work = 'node_modules/.cache/i18n-check';
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync('xliff', `${work}/xliff`, { recursive: true });

// lit-localize resolves paths from the config file's folder.
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const up = '../../../';
config.tsConfig = up + config.tsConfig;
config.inputFiles = config.inputFiles.map((glob) => up + glob);
config.interchange.xliffDir = './xliff/';
config.output.outputDir = './locales';
// Unlike the other paths, this one is resolved from the working directory.
config.output.localeCodesModule = `${work}/locale-codes.ts`;
const configPath = `${work}/lit-localize.json`;
writeFileSync(configPath, JSON.stringify(config));

const run = (command) => execFileSync('npx', ['lit-localize', command, '--config', configPath], { stdio: 'pipe' });
run('extract');

const xliff = readFileSync(`${work}/xliff/ja.xlf`, 'utf8');
const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
const untranslated = units.filter((unit) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit));
const problems = untranslated.map((unit) => `untranslated: ${unit.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? unit}`);

run('build');
const generated = readFileSync(`${work}/locales/ja.ts`, 'utf8');
if (generated !== readFileSync('src/i18n/locales/ja.ts', 'utf8')) {
  problems.push('src/i18n/locales/ja.ts is stale: run `npm run i18n` and commit the result.');
}
if (xliff !== readFileSync('xliff/ja.xlf', 'utf8')) {
  problems.push('xliff/ja.xlf lacks messages now in src/: run `npm run i18n`, translate, and commit.');
}

rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${untranslated.length} of ${units.length} messages untranslated.`);
  process.exit(1);
}
console.log(`All ${units.length} messages have Japanese translations.`);
