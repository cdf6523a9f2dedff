// A letter as an e-mail message file (.eml, RFC 5322 + MIME), ready to open in a mail client and send:
// UTF-8 headers as RFC 2047 encoded words, a multipart/alternative text + HTML body, and the PDF
// attached when there is one. Nothing is sent by the tool.

export interface Mailbox {
  name: string | null;
  email: string;
}

export interface EmlInput {
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** YYYY-MM-DD: the letter's date (the one clock); the time is fixed at 09:00 UTC. */
  date: string;
  /** A unique id part (the letter's reference). */
  id: string;
  text: string;
  html: string;
  attachment: { name: string; type: string; data: Buffer } | null;
}

const ASCII_SAFE = /^[\x20-\x7e]*$/;

/** RFC 2047 B-encoded words for non-ASCII text, each ≤ 75 characters, never splitting a character. */
export function encodeWords(text: string): string {
  if (ASCII_SAFE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    const next = chunk + ch;
    // "=?UTF-8?B?" + base64 + "?=" ≤ 75 → at most 45 bytes of text per word.
    if (Buffer.byteLength(next) > 45) {
      words.push(chunk);
      chunk = ch;
    } else chunk = next;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

function mailbox(m: Mailbox): string {
  if (!m.name) return `<${m.email}>`;
  const name = ASCII_SAFE.test(m.name) ? `"${m.name.replace(/["\\]/g, '\\$&')}"` : encodeWords(m.name);
  return `${name} <${m.email}>`;
}

function base64Lines(data: Buffer): string {
  return (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function rfcDate(iso: string): string {
  const d = new Date(`${iso}T09:00:00Z`);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 09:00:00 +0000`;
}

/** An attachment's file name: plain when ASCII, else RFC 2231 (filename*=UTF-8''…). */
function fileParam(key: string, name: string): string {
  if (ASCII_SAFE.test(name) && !/["\\]/.test(name)) return `${key}="${name}"`;
  return `${key}*=UTF-8''${encodeURIComponent(name)}`;
}

/** The whole message, CRLF line ends. */
export function buildEml(m: EmlInput): string {
  const boundary = (kind: string) => `=_${kind}_${m.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const alt = boundary('alt');
  const mixed = boundary('mixed');
  const domain = m.from.email.split('@')[1] || 'localhost';
  const head = [
    `From: ${mailbox(m.from)}`,
    `To: ${m.to.map(mailbox).join(',\r\n ')}`,
    ...(m.cc.length ? [`Cc: ${m.cc.map(mailbox).join(',\r\n ')}`] : []),
    `Subject: ${encodeWords(m.subject)}`,
    `Date: ${rfcDate(m.date)}`,
    `Message-ID: <${m.id.replace(/[^A-Za-z0-9.-]/g, '')}@${domain}>`,
    'MIME-Version: 1.0',
  ];
  const part = (type: string, body: string) =>
    [`Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(body, 'utf8'))].join('\r\n');
  const alternative = [
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    part('text/plain', m.text),
    `--${alt}`,
    part('text/html', m.html),
    `--${alt}--`,
  ].join('\r\n');
  if (!m.attachment) return `${[...head, alternative].join('\r\n')}\r\n`;
  const a = m.attachment;
  const attached = [
    `Content-Type: ${a.type}; ${fileParam('name', a.name)}`,
    `Content-Disposition: attachment; ${fileParam('filename', a.name)}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(a.data),
  ].join('\r\n');
  return `${[...head, `Content-Type: multipart/mixed; boundary="${mixed}"`, '', `--${mixed}`, alternative, `--${mixed}`, attached, `--${mixed}--`].join('\r\n')}\r\n`;
}
