import type { RecentResolution } from './queries.js';

/** XML 1.0 text: escape markup characters and drop the control characters XML forbids. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these characters, so they are dropped
  const xmlSafe = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return xmlSafe
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Our extension namespace: the ledger head and each resolution's machine-readable facts. */
export const TR_NAMESPACE = 'https://track-record.dev/ns/ledger/1';

const LABEL: Record<string, string> = { true: 'TRUE', false: 'FALSE', partial: 'PARTIAL', void: 'VOID' };

function statusOf(r: RecentResolution): 'counts' | 'superseded' | 'awaiting-confirmation' {
  if (r.supersededBy) return 'superseded';
  return r.currentResolutionId === r.id ? 'counts' : 'awaiting-confirmation';
}

function entry(r: RecentResolution, base: string): string {
  const status = statusOf(r);
  const verdict =
    r.outcome === 'partial'
      ? `PARTIAL (${r.credit})`
      : r.outcome === 'void'
        ? `VOID (${r.voidReason})`
        : Object.hasOwn(LABEL, r.outcome)
          ? LABEL[r.outcome]
          : r.outcome;
  const evidence = JSON.parse(r.evidence) as string[];
  const summary = [
    `${r.supersedes ? 'Correction' : 'Resolution'}: ${verdict}.`,
    status === 'awaiting-confirmation' ? 'Awaiting a second reviewer; it does not count yet.' : '',
    r.reason ? `Reason: ${r.reason}` : '',
    r.note ? `Note: ${r.note}` : '',
    evidence.length ? `Evidence: ${evidence.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const link = `${base}/claims/${r.claimId}`;
  return [
    '  <entry>',
    `    <id>urn:uuid:${xmlText(r.id)}</id>`,
    `    <title>${xmlText(`${verdict}: ${r.statement}`)}</title>`,
    `    <published>${xmlText(r.createdAt)}</published>`,
    `    <updated>${xmlText(r.confirmedAt ?? r.createdAt)}</updated>`,
    `    <author><name>${xmlText(r.reviewer)}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
    `    <category term="${xmlText(r.outcome)}"/>`,
    `    <summary type="text">${xmlText(summary)}</summary>`,
    `    <tr:resolution id="${xmlText(r.id)}" claimId="${xmlText(r.claimId)}" outcome="${xmlText(r.outcome)}"${r.credit === null ? '' : ` credit="${r.credit}"`} status="${status}"${r.supersedes ? ` supersedes="${xmlText(r.supersedes)}"` : ''}/>`,
    '  </entry>',
  ].join('\n');
}

/** The latest signed checkpoint (docs/checkpoints.md), so every copy of the feed pins the chain. */
function checkpointElement(
  c: { seq: number; hash: string; at: string; keyId: string; signature: string },
  base: string,
): string {
  const attrs = `seq="${c.seq}" at="${xmlText(c.at)}" keyId="${xmlText(c.keyId)}" signature="${c.signature}" verify="${xmlText(`${base}/ledger`)}"`;
  return `  <tr:checkpoint ${attrs}>${c.hash}</tr:checkpoint>`;
}

/** Atom (RFC 4287) of the newest resolutions; the ledger head travels with every copy of the feed. */
export function renderResolutionsAtom(
  data: {
    rows: RecentResolution[];
    head: { seq: number; hash: string };
    headAt: string | null;
    checkpoint?: { seq: number; hash: string; at: string; keyId: string; signature: string } | null;
  },
  publicUrl: string,
): string {
  const base = publicUrl.replace(/\/$/, '');
  const self = `${base}/api/feeds/resolutions.atom`;
  const newest = data.rows
    .map((r) => r.confirmedAt ?? r.createdAt)
    .sort()
    .pop();
  const updated =
    [newest, data.headAt]
      .filter((x): x is string => Boolean(x))
      .sort()
      .pop() ?? '1970-01-01T00:00:00.000Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tr="${TR_NAMESPACE}">`,
    `  <id>${xmlText(self)}</id>`,
    '  <title>Track Record: resolutions</title>',
    `  <subtitle>Ledger head: event ${data.head.seq}, sha256 ${data.head.hash}</subtitle>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${base}/`)}"/>`,
    '  <author><name>Track Record</name></author>',
    '  <generator>Track Record</generator>',
    `  <tr:ledgerHead seq="${data.head.seq}">${data.head.hash}</tr:ledgerHead>`,
    ...(data.checkpoint ? [checkpointElement(data.checkpoint, base)] : []),
    ...data.rows.map((r) => entry(r, base)),
    '</feed>',
    '',
  ].join('\n');
}
