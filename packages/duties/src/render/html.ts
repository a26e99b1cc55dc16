import type { FirstAidCard } from '../card.js';
import type { CardContact } from '../contacts.js';
import type { Locale } from '../types.js';
import { html } from './escape.js';
import { REGIME_LABEL, t, CARD_WORDS as W } from './words.js';

// One A4 page: 9 mm margins, two columns, small but legible type. The tests print every sample
// organisation's card in Chromium in both languages and count the pages.
const STYLE = `@page{size:A4;margin:9mm}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:7.6pt;line-height:1.28;color:#111}
main{width:192mm}
h1{font-size:13pt;margin:0 0 1mm}
h2{font-size:8.6pt;margin:0 0 .8mm;padding:.5mm 1.5mm;background:#1d3557;color:#fff}
h3{font-size:7.8pt;margin:.8mm 0 .3mm}
ul,ol{margin:0 0 .6mm;padding-left:4mm}
li{margin:0}
p{margin:0 0 .6mm}
.applies{font-size:7.4pt;margin-bottom:1.2mm}
.first{border:.6mm solid #c1121f;padding:1mm 2mm;margin-bottom:1.5mm;font-weight:600}
.cols{display:flex;gap:3mm}
.col{flex:1 1 0;min-width:0}
section{margin-bottom:1.4mm;break-inside:avoid}
.bob{display:flex;gap:1.5mm}
.bob>div{flex:1;border:.3mm solid #999;padding:.8mm 1.2mm}
.sc{border:.3mm solid #999;padding:.8mm 1.2mm;margin-bottom:1mm}
.dont{color:#8a0b13}
table{border-collapse:collapse;width:100%}
td,th{border:.25mm solid #aaa;padding:.4mm .8mm;vertical-align:top;text-align:left}
th{background:#eef}
.muted{color:#444;font-size:6.5pt}
.blank{display:inline-block;min-width:30mm;border-bottom:.3mm solid #333}
footer{font-size:6.6pt;color:#333;margin-top:1mm}
@media screen{main{margin:8mm auto}}`;

const list = (items: string[], ordered = false) => {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
};

function contactRow(c: CardContact, locale: Locale): string {
  const blank = '<span class="blank"></span>';
  const name = c.name ? `<strong>${html(c.name)}</strong>` : `${blank} <span class="muted">(${html(t(W.fillIn, locale))})</span>`;
  const phone = c.phone ? ` ${html(c.phone)}` : c.source === 'own' && c.name ? ` ${blank}` : '';
  const url = c.url ? ` <span class="muted">${html(c.url.replace(/^https?:\/\//, ''))}</span>` : '';
  if (c.source === 'own') {
    const when = c.when[locale] ? ` <span class="muted">${html(c.when[locale])}</span>` : '';
    return `<tr><td>${name}${when}${phone}${url}</td></tr>`;
  }
  const checked = c.checkedOn ? ` <span class="muted">(${html(c.source)}; ${html(t(W.checked, locale))} ${html(c.checkedOn)})</span>` : '';
  return `<tr><td>${name}${phone}${url}<br/><span class="muted">${html(c.when[locale])}</span>${checked}</td></tr>`;
}

/** The card as a print-ready, standalone HTML page that fits one A4 sheet; every text is escaped. */
export function cardToHtml(card: FirstAidCard, locale: Locale): string {
  const L = (x: { nl: string; en: string }) => html(x[locale]);
  const scenarios = card.scenarios
    .map(
      (s) =>
        `<div class="sc"><h3>${L(s.title)}</h3>${list(s.do.map((d) => `${html(t(W.do, locale))}: ${L(d)}`))}${list(
          s.dont.map((d) => `<span class="dont">${html(t(W.dont, locale))}: ${L(d)}</span>`),
        )}</div>`,
    )
    .join('');
  const scale = card.scaleUp
    .map((l) => `<tr><th>${html(t(W.level, locale))} ${l.level}</th><td>${L(l.when)}</td><td>${L(l.who)}</td></tr>`)
    .join('');
  // One row per law and recipient keeps fourteen clocks of a device maker within a few lines.
  const groups = new Map<string, FirstAidCard['clocks']>();
  for (const c of card.clocks) {
    const key = `${c.regime}|${c.to[locale]}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const clocks = card.clocks.length
    ? `<table><tbody>${[...groups.values()]
        .map(
          (cs) =>
            `<tr><th>${html(REGIME_LABEL[cs[0]!.regime][locale])}</th><td>&#8594; ${L(cs[0]!.to)}: ${cs
              .map((c) => `${L(c.title)} <strong>${L(c.within)}</strong> <span class="muted">(${html(c.basis)})</span>`)
              .join('; ')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${L(W.noClocks)}</p>`;
  const national = card.contacts.national.map((c) => contactRow(c, locale)).join('');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${L(card.title)}</title><style>${STYLE}</style></head>
<body><main data-card="${html(card.organisation.id)}">
<h1>${L(card.title)}</h1>
<p class="applies">${card.applies.map(L).join(' · ')}</p>
<div class="first">${list(card.firstMoves.map(L), true)}</div>
<section><h2>${L(W.bob)}</h2><div class="bob">
<div><h3>${L(W.picture)}</h3>${list(card.bob.picture.map(L))}</div>
<div><h3>${L(W.judge)}</h3>${list(card.bob.judge.map(L))}</div>
<div><h3>${L(W.decide)}</h3>${list(card.bob.decide.map(L))}</div>
</div></section>
<div class="cols">
<div class="col">
<section><h2>${L(W.scenarios)}</h2>${scenarios}</section>
</div>
<div class="col">
<section><h2>${L(W.contacts)}</h2>
<h3>${L(W.own)}</h3><table><tbody>${card.contacts.own.map((c) => contactRow(c, locale)).join('')}</tbody></table>
<h3>${L(W.national)}</h3><table><tbody>${national}</tbody></table>
</section>
<section><h2>${L(W.scaleUp)}</h2><table><tbody>${scale}</tbody></table></section>
</div>
</div>
<section><h2>${L(W.clocks)}</h2>${clocks}</section>
<footer>${L(card.footer)}</footer>
</main></body>
</html>
`;
}
