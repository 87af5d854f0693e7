import type { Digest, DigestClaim } from './collect.js';

/** The message of one digest, as plain text and HTML with the same content. */
export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The one-click link of a claim: its page, where a reviewer resolves it. */
export const claimLink = (publicUrl: string, id: string) => `${publicUrl.replace(/\/+$/, '')}/claims/${id}`;

function section(title: string, claims: DigestClaim[], publicUrl: string, showAssignee: boolean) {
  const line = (c: DigestClaim) => {
    const who = c.sources.length ? ` (${c.sources.map((h) => `@${h}`).join(', ')})` : '';
    const assignee = showAssignee ? ` — ${c.assignee ? `assigned to ${c.assignee}` : 'unassigned'}` : '';
    return { c, label: `[${c.kind}] ${c.statement}${who}`, meta: `window ends ${c.windowEnd}${assignee}` };
  };
  const lines = claims.map(line);
  const text = [
    `${title} (${claims.length})`,
    ...lines.map((l) => `- ${l.label}\n  ${l.meta}\n  ${claimLink(publicUrl, l.c.id)}`),
  ].join('\n');
  const html =
    `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(title)} (${claims.length})</h2><ul>` +
    lines
      .map(
        (l) =>
          `<li style="margin-bottom:8px"><a href="${escapeHtml(claimLink(publicUrl, l.c.id))}">${escapeHtml(l.label)}</a>` +
          `<br><small>${escapeHtml(l.meta)}</small></li>`,
      )
      .join('') +
    '</ul>';
  return { text, html };
}

export function renderDigest(d: Digest, publicUrl: string, today: string): DigestMessage {
  const parts: { text: string; html: string }[] = [];
  if (d.overdue.length) parts.push(section('Overdue — the window has ended', d.overdue, publicUrl, false));
  if (d.due.length) parts.push(section('Due soon', d.due, publicUrl, false));
  if (d.escalated.length) {
    const s = section('Escalated — overdue for too long', d.escalated, publicUrl, true);
    const more = d.escalatedMore ? `\n…and ${d.escalatedMore} more: ${publicUrl}/review` : '';
    parts.push({ text: s.text + more, html: s.html + (d.escalatedMore ? `<p>…and ${d.escalatedMore} more.</p>` : '') });
  }
  const counts = [
    d.overdue.length && `${d.overdue.length} overdue`,
    d.due.length && `${d.due.length} due`,
    d.escalated.length && `${d.escalated.length + d.escalatedMore} escalated`,
  ].filter(Boolean);
  const settings = `${publicUrl.replace(/\/+$/, '')}/review`;
  const footer = `You get this because you opted in to the daily digest. Opt out on the review page: ${settings}`;
  return {
    subject: `Track Record review digest ${today}: ${counts.join(', ')}`,
    text: `Claims waiting for your ruling, ${today}.\n\n${parts.map((p) => p.text).join('\n\n')}\n\n${footer}\n`,
    html:
      `<!doctype html><html><body style="font-family:sans-serif;max-width:640px">` +
      `<p>Claims waiting for your ruling, ${escapeHtml(today)}.</p>${parts.map((p) => p.html).join('')}` +
      `<p style="color:#666;font-size:12px">You get this because you opted in to the daily digest. ` +
      `<a href="${escapeHtml(settings)}">Opt out on the review page</a>.</p></body></html>`,
  };
}
