// parseVCards: a .vcf file (text or bytes) → readable cards and located problems.

import { decodeQuotedPrintable, decodeText } from './charset.js';
import { CardBuilder } from './card.js';
import { type ContentLine, param, parseContentLine } from './content-line.js';
import { type LogicalLines, logicalLines, toUtf8Bytes } from './lines.js';
import {
  type ParsedVCard,
  type VCardIssue,
  type VCardParseOptions,
  type VCardParseResult,
  type VCardReadVersion,
  VCARD_READ_VERSIONS,
} from './types.js';

const isVersion = (v: string): v is VCardReadVersion => (VCARD_READ_VERSIONS as readonly string[]).includes(v);

/** Offset of the value in the line's bytes: after the first colon outside double quotes. */
function valueOffset(bytes: Uint8Array, start: number, end: number): number {
  let quoted = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x3a && !quoted) return i + 1;
  }
  return end;
}

/**
 * The value as text. Lines that declare QUOTED-PRINTABLE or a CHARSET other than UTF-8, or are not valid UTF-8,
 * are decoded again from their bytes; everything else is the UTF-8 text already at hand.
 */
function valueText(p: ContentLine, index: number, ll: LogicalLines, fallback: string, builder: CardBuilder, lineNo: number): string {
  const encoding = param(p.params, 'ENCODING')?.toUpperCase();
  const charset = param(p.params, 'CHARSET');
  const qp = encoding === 'QUOTED-PRINTABLE';
  const utf8 = !charset || /^utf-?8$/i.test(charset);
  if (!qp && utf8 && !(ll.replaced && p.value.includes('\uFFFD'))) return p.value;
  const start = ll.starts[index]!;
  const end = index + 1 < ll.starts.length ? ll.starts[index + 1]! - 1 : ll.bytes.length;
  let bytes = ll.bytes.subarray(valueOffset(ll.bytes, start, end), end);
  if (qp) bytes = decodeQuotedPrintable(bytes);
  const { text, known } = decodeText(bytes, charset, fallback);
  if (!known) builder.warn('unknown-charset', lineNo, `CHARSET "${charset}" is unknown here; read as ${fallback}.`);
  // QUOTED-PRINTABLE carries real line breaks (=0D=0A): the value's own, as LF.
  return qp ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Reads every card of a vCard file: 4.0, 3.0 and 2.1; CRLF, LF or CR; folded lines (also folds inside a UTF-8
 * sequence); QUOTED-PRINTABLE with soft line breaks; CHARSET parameters (Shift_JIS, ISO-2022-JP, anything the
 * platform's TextDecoder knows); UTF-16 files with or without a byte-order mark. Cards map to the model's Person
 * fields (phonetic names from X-PHONETIC-*, SORT-AS or SOUND;X-IRMC-N; Apple's item1.X-ABLabel as the kind of its
 * grouped property; PHOTO inline or as an http(s) URL, never fetched). A card that cannot be read is reported in
 * `errors` with its number and line and never stops the others; skipped lines are the card's `warnings`.
 * Pure and synchronous: no DOM, runs in workers and Node.
 */
export function parseVCards(input: string | Uint8Array | ArrayBuffer, options: VCardParseOptions = {}): VCardParseResult {
  const fallback = options.fallbackCharset ?? 'windows-1252';
  const ll = logicalLines(toUtf8Bytes(input));
  const cards: ParsedVCard[] = [];
  const errors: VCardIssue[] = [];
  let builder: CardBuilder | undefined;
  let count = 0;
  let nested = 0;
  let strayAt = 0;

  const finish = (b: CardBuilder): void => {
    const version = b.version || '3.0';
    if (!isVersion(version)) {
      errors.push({ code: 'unsupported-version', card: b.card, line: b.line, message: `VERSION ${version} is not 2.1, 3.0 or 4.0.` });
      return;
    }
    const person = b.build();
    if (!person) {
      errors.push({ code: 'no-name', card: b.card, line: b.line, message: 'The card has no FN, N, ORG, EMAIL or TEL.' });
      return;
    }
    const parsed: ParsedVCard = { card: b.card, line: b.line, version, person, warnings: b.warnings };
    if (b.uid) parsed.uid = b.uid;
    if (b.revision !== undefined) parsed.revision = b.revision;
    cards.push(parsed);
  };

  const lines = ll.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (!text || !text.trim()) continue;
    const lineNo = ll.numbers[i]!;
    const p = parseContentLine(text);
    const marker = p && (p.name === 'BEGIN' || p.name === 'END') && p.value.trim().toUpperCase() === 'VCARD' ? p.name : undefined;
    if (!builder) {
      if (marker === 'BEGIN') {
        builder = new CardBuilder(++count, lineNo);
        strayAt = 0;
      } else if (!strayAt) {
        strayAt = lineNo;
        errors.push({ code: 'outside-card', card: count + 1, line: lineNo, message: 'Text outside BEGIN:VCARD … END:VCARD; skipped.' });
      }
      continue;
    }
    if (nested > 0) {
      // An embedded card (2.1 AGENT): its lines are not this card's.
      if (marker === 'BEGIN') nested++;
      else if (marker === 'END') nested--;
      continue;
    }
    if (marker === 'BEGIN') {
      if (builder.agentPending) {
        nested = 1;
        builder.agentPending = false;
        continue;
      }
      errors.push({
        code: 'unterminated-card',
        card: builder.card,
        line: builder.line,
        message: `The card has no END:VCARD before the next card (line ${lineNo}).`,
      });
      builder = new CardBuilder(++count, lineNo);
      continue;
    }
    if (marker === 'END') {
      finish(builder);
      builder = undefined;
      continue;
    }
    if (!p) {
      builder.warn('malformed-line', lineNo, `Line "${text.slice(0, 60)}" is not name:value; skipped.`);
      continue;
    }
    builder.add(p, valueText(p, i, ll, fallback, builder, lineNo), lineNo);
  }
  if (builder) {
    errors.push({ code: 'unterminated-card', card: builder.card, line: builder.line, message: 'The file ends before END:VCARD.' });
  }
  return { cards, errors };
}
