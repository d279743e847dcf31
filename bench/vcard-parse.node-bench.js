// vCard reading: a 10,000-card file (written by our generator from the generation bench's people) parsed by ours
// (bytes → people) and by well-known parsers (string → their own objects), CPU time, in Node. Also prints what
// each parser makes of a few hard cases to stderr, for the record.
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import { cpuTime, loadOurs, makePeople } from './vcard.node-bench.js';

const require = createRequire(import.meta.url);
const VCF = require('vcf');

const COUNT = 10_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median CPU times, runs interleaved after a warm-up of each; 5 to 9 rounds within about 15 s. */
function measurePair(ours, peer) {
  ours();
  peer();
  const a = [];
  const b = [];
  const started = performance.now();
  while (a.length < 9 && (a.length < 5 || performance.now() - started < 15_000)) {
    a.push(cpuTime(ours));
    b.push(cpuTime(peer));
  }
  return { ours: median(a), peer: median(b), rounds: a.length };
}

const utf8 = new TextDecoder();
const enc = new TextEncoder();

/** Hard cases as bytes, and what a correct reader finds in each. */
const HARD = [
  {
    name: 'fold inside a UTF-8 sequence',
    bytes: new Uint8Array([
      ...enc.encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:'),
      0xe4,
      0xba,
      0x95,
      0xe4,
      13,
      10,
      32,
      0xb8,
      0x8a,
      ...enc.encode('\r\nEND:VCARD\r\n'),
    ]),
    want: '井上',
  },
  {
    name: 'Shift_JIS',
    bytes: new Uint8Array([
      ...enc.encode('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:'),
      0x83,
      0x5c,
      0x83,
      0x6a,
      0x81,
      0x5b,
      ...enc.encode('\r\nEND:VCARD\r\n'),
    ]),
    want: 'ソニー',
  },
  {
    name: 'QUOTED-PRINTABLE with a soft break',
    bytes: enc.encode('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=\r\n=E7=94=B0\r\nEND:VCARD\r\n'),
    want: '山田',
  },
  {
    name: '3.0 escaped semicolon',
    bytes: enc.encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme\\; Inc.\r\nEND:VCARD\r\n'),
    want: 'Acme; Inc.',
  },
];

function peerFn(peer, bytes) {
  try {
    return String(peer(utf8.decode(bytes)));
  } catch (error) {
    return `throws: ${error.message}`;
  }
}

export default async function vcardParseBench() {
  const ours = await loadOurs();
  const people = makePeople(COUNT);
  const peers = [
    {
      name: 'ical.js 2.2.1',
      parse: (text) => ICAL.parse(text),
      fn: (text) => new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('fn'),
    },
    { name: 'vcf 2.1.2', parse: (text) => VCF.parse(text), fn: (text) => VCF.parse(text)[0].get('fn').valueOf() },
  ];
  const report = [];
  for (const hard of HARD) {
    const mine = ours.parseVCards(hard.bytes).cards[0]?.person.displayName;
    const others = peers.map((p) => `${p.name} ${JSON.stringify(peerFn(p.fn, hard.bytes))}`);
    report.push(
      `${hard.name} (want ${hard.want}): ours ${JSON.stringify(mine)}${mine === hard.want ? '' : ' WRONG'}; ${others.join('; ')}`,
    );
  }
  const rows = [];
  for (const version of ['3.0', '4.0']) {
    const text = ours.toVCard(people, { version, now: new Date(Date.UTC(2025, 0, 1)) });
    const bytes = enc.encode(text);
    const check = ours.parseVCards(bytes);
    if (check.cards.length !== COUNT || check.errors.length)
      throw new Error(`ours read ${check.cards.length} cards, ${check.errors.length} errors`);
    const mb = (bytes.length / 1e6).toFixed(1);
    for (const peer of peers) {
      const time = measurePair(
        () => ours.parseVCards(bytes),
        () => peer.parse(text),
      );
      const rate = (ms) => `${(COUNT / ms).toFixed(1)}k cards/s`;
      rows.push({
        group: 'vcard read',
        name: `${COUNT.toLocaleString('en')} cards ${version}, ${mb} MB, bytes → people (CPU ms), ours ${rate(time.ours)}`,
        value: time.ours,
        reference: { name: `${peer.name}, string → its objects, ${rate(time.peer)}, ${time.rounds} runs`, value: time.peer },
        target: 'fastest',
        holds: time.ours < time.peer,
      });
    }
  }
  process.stderr.write(`vcard reading, hard cases:\n${report.map((l) => `  ${l}`).join('\n')}\n`);
  return rows;
}
