/**
 * The GitHub-flavoured markdown the job summary uses, rendered to HTML as GitHub renders it:
 * headings, paragraphs, pipe tables, fenced code, alerts (`> [!NOTE]`), lists, raw
 * `<details>`/`<summary>`, code spans of any fence length, bold, italics, links and
 * backslash escapes. Enough to see the summary as people read it; not a general renderer.
 */

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function inline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]<>|~&#!()]/.test(text[i + 1]!)) {
      out += esc(text[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      const fence = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(fence, i + fence.length);
      if (end > 0 && text[end + fence.length] !== '`') {
        let body = text.slice(i + fence.length, end);
        if (body.startsWith(' ') && body.endsWith(' ') && body.trim()) body = body.slice(1, -1);
        out += `<code>${esc(body)}</code>`;
        i = end + fence.length;
        continue;
      }
      out += esc(fence);
      i += fence.length;
      continue;
    }
    const link = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(text.slice(i));
    if (link) {
      out += `<a href="${esc(link[2]!)}">${inline(link[1]!)}</a>`;
      i += link[0].length;
      continue;
    }
    const bold = /^\*\*(.+?)\*\*/.exec(text.slice(i));
    if (bold) {
      out += `<strong>${inline(bold[1]!)}</strong>`;
      i += bold[0].length;
      continue;
    }
    const italic = /^_(.+?)_(?![A-Za-z0-9])/.exec(text.slice(i));
    if (italic && (i === 0 || /\s|\(/.test(text[i - 1]!))) {
      out += `<em>${inline(italic[1]!)}</em>`;
      i += italic[0].length;
      continue;
    }
    out += esc(c);
    i++;
  }
  return out;
}

function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (row[i] === '|') {
      parts.push(current);
      current = '';
    } else current += row[i];
  }
  parts.push(current);
  return parts.slice(1, -1).map((c) => c.trim());
}

export function renderMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const html: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (/^```/.test(line)) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      i++;
      html.push(`<pre><code>${esc(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = /^#+/.exec(line)![0].length;
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (/^<\/?details>$/.test(line) || /^<summary>.*<\/summary>$/.test(line)) {
      html.push(line.startsWith('<summary>') ? `<summary>${inline(line.slice(9, -10))}</summary>` : line);
      i++;
    } else if (line.startsWith('|') && lines[i + 1]?.startsWith('|') && /^\|[:\- |]+\|$/.test(lines[i + 1]!)) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
      html.push(
        `<table><thead><tr>${head.map((h) => `<th>${inline(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
      );
    } else if (line.startsWith('>')) {
      const body: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('>'); i++) body.push(lines[i]!.replace(/^> ?/, ''));
      const alert = /^\[!(NOTE|WARNING)\]$/.exec(body[0] ?? '');
      if (alert)
        html.push(
          `<div class="alert ${alert[1]!.toLowerCase()}"><p class="alert-title">${alert[1] === 'NOTE' ? 'Note' : 'Warning'}</p><p>${inline(body.slice(1).join(' '))}</p></div>`,
        );
      else html.push(`<blockquote><p>${inline(body.join(' '))}</p></blockquote>`);
    } else if (/^- /.test(line)) {
      const items: string[][] = [];
      for (; i < lines.length && /^(- |  )/.test(lines[i]!); i++) {
        if (lines[i]!.startsWith('- ')) items.push([lines[i]!.slice(2).trim()]);
        else items[items.length - 1]!.push(lines[i]!.trim());
      }
      html.push(`<ul>${items.map((parts) => `<li>${parts.map(inline).join('<br>')}</li>`).join('')}</ul>`);
    } else if (line.trim() === '') {
      i++;
    } else {
      const body: string[] = [];
      for (
        ;
        i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||```|>|<details|<\/details|<summary|- )/.test(lines[i]!);
        i++
      )
        body.push(lines[i]!);
      html.push(`<p>${inline(body.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

/** A page styled like GitHub's job summary. */
export function summaryPage(markdown: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Job summary</title><style>
body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;margin:0;padding:24px 32px;max-width:1180px}
h2{font-size:1.5em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin:0 0 16px}h3{font-size:1.25em;margin:24px 0 12px}
table{border-collapse:collapse;margin:0 0 16px;display:block;overflow:auto}th,td{border:1px solid #d1d9e0;padding:6px 13px;text-align:left;vertical-align:top}th{font-weight:600}tr:nth-child(2n){background:#f6f8fa}
code{font:85% ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;border-radius:6px;padding:.2em .4em}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0;font-size:85%}
.alert{border-left:.25em solid #0969da;padding:8px 16px;margin:0 0 16px}.alert.warning{border-color:#9a6700}.alert-title{font-weight:600;margin:0 0 4px;color:#0969da}.warning .alert-title{color:#9a6700}.alert p{margin:0}
details{margin:0 0 16px}summary{cursor:pointer;font-weight:600}a{color:#0969da;text-decoration:none}
</style></head><body>${renderMarkdown(markdown)}</body></html>`;
}
