// One card: its photo, what was read (with evidence and candidates to pick from), the value range
// with its comparables and sources, the authenticity signals, the history chart, and delete.
import {api} from './api.js';
import {el, facts, money, percent, replace, shownMoney, svg, when} from './dom.js';
import {say, sayNext} from './message.js';
import {cardAlerts} from './alerts.js';

const SETTLED = new Set(['VALUED', 'FAILED']);
const POLL_MS = 1500;
let poll; // the one pending refresh of an unsettled card

/** A catalog id is the set's id, a dash, and the number in the set ("base1-4", "sv3pt5-TG01"). */
function setAndNumber(catalogId) {
  const dash = catalogId.lastIndexOf('-');
  return dash > 0 ? {set: catalogId.slice(0, dash), number: catalogId.slice(dash + 1)} : {name: catalogId};
}

function photo(id) {
  const image = el('img', {alt: 'Photo of the card', class: 'photo'});
  api('GET', `/cards/${id}/image`).then(link => { image.src = link.url; })
    .catch(() => image.replaceWith(el('p', {}, 'The photo is not available.')));
  return el('figure', {}, image);
}

function identity(card, pick) {
  const id = card.identity;
  if (!id) return el('section', {'aria-labelledby': 'identity-title'}, el('h2', {id: 'identity-title'}, 'Identity'),
    el('p', {}, 'Not read yet.'));
  const evidence = Object.entries(id.evidence || {});
  const candidates = (id.candidates || []).filter(candidate => candidate.catalogId !== id.catalogId);
  return el('section', {'aria-labelledby': 'identity-title'},
    el('h2', {id: 'identity-title'}, 'Identity'),
    facts([['Name', id.name], ['Set', id.set], ['Number', id.printedTotal ? `${id.number}/${id.printedTotal}` : id.number],
      ['Rarity', id.rarity], ['Variant', id.variant], ['Catalog id', id.catalogId], ['Confidence', percent(id.confidence)]]),
    evidence.length > 0 && el('details', {},
      el('summary', {}, 'Evidence'),
      el('ul', {}, evidence.map(([field, reading]) =>
        el('li', {}, `${field}: ${reading.value ?? '–'} (${percent(reading.confidence)}) — ${reading.rationale ?? ''}`)))),
    candidates.length > 0 && el('div', {class: 'candidates'},
      el('h3', {}, 'Not this card? Pick another'),
      el('ul', {}, candidates.map(candidate => el('li', {},
        el('button', {type: 'button', class: 'candidate', on: {click: () => pick(candidate)}},
          `${candidate.catalogId} (${percent(candidate.score)})`))))));
}

function marker(at) {
  const fair = el('span', {class: 'fair'});
  fair.style.left = `${Math.round(at)}%`; // through the CSSOM: the policy forbids style attributes
  return fair;
}

/** The range in the collector's currency where the service converted it, else in its own. */
function rangeBar(valuation) {
  const shown = valuation.display || valuation;
  const {low, fair, high, currency} = shown;
  const span = Number(high) - Number(low);
  const at = span > 0 ? ((Number(fair) - Number(low)) / span) * 100 : 50;
  return el('div', {class: 'range', role: 'img',
    'aria-label': `Value from ${money(low, currency)} to ${money(high, currency)}, fair ${money(fair, currency)}`},
  el('span', {class: 'low'}, money(low, currency)),
  el('span', {class: 'track'}, marker(at)),
  el('span', {class: 'high'}, money(high, currency)));
}

/** "1 USD = 0.92 EUR (ECB, 2026-12-04)" when the value is shown converted. */
function rate(valuation) {
  const display = valuation.display;
  if (!display || display.currency === valuation.currency) return null;
  return `1 ${valuation.currency} = ${display.rate} ${display.currency} (${display.rateSource}, ${display.rateDate})`;
}

function value(card) {
  const valuation = card.valuation;
  if (!valuation) return null;
  const comparables = valuation.comparables || [];
  return el('section', {'aria-labelledby': 'value-title'},
    el('h2', {id: 'value-title'}, 'Value'),
    el('p', {class: 'fair-value'}, shownMoney(valuation, 'fair')),
    rangeBar(valuation),
    facts([['Confidence', percent(valuation.confidence)], ['As of', when(valuation.asOf)], ['Rate', rate(valuation)],
      ['Summary', valuation.summary]]),
    el('details', {},
      el('summary', {}, `Comparables (${comparables.length})`),
      el('table', {},
        el('caption', {}, 'Prices considered'),
        el('thead', {}, el('tr', {}, ['Source', 'Description', 'Price', 'Used'].map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, comparables.map(c => el('tr', {},
          el('td', {}, c.source), el('td', {}, c.description), el('td', {}, money(c.price, valuation.currency)),
          el('td', {}, c.used ? 'yes' : `no: ${c.reason ?? ''}`)))))),
    el('details', {},
      el('summary', {}, 'Sources'),
      el('ul', {}, (valuation.sources || []).map(s =>
        el('li', {}, `${s.name}: ${s.outcome}${s.sample ? ' (sample data, not market prices)' : ''}${s.detail ? ` — ${s.detail}` : ''}`)))));
}

function authenticity(card) {
  const a = card.authenticity;
  if (!a) return null;
  return el('section', {'aria-labelledby': 'authenticity-title'},
    el('h2', {id: 'authenticity-title'}, 'Authenticity'),
    facts([['Verdict', a.verdict], ['Score', percent(a.score)], ['Why', a.rationale]]),
    el('ul', {}, (a.signals || []).map(s =>
      el('li', {}, `${s.name}: ${s.value === null || s.value === undefined ? 'not measured' : percent(s.value)}`
        + ` (weight ${s.weight})${s.reason ? ` — ${s.reason}` : ''}`))));
}

function chart(entries) {
  const points = entries.filter(e => e.fair !== null && e.fair !== undefined);
  if (points.length < 2) return el('p', {}, points.length === 1 ? 'One valuation so far.' : 'No valuation yet.');
  const values = points.map(e => Number(e.fair));
  const min = Math.min(...values);
  const spread = Math.max(...values) - min || 1;
  const x = i => (i / (points.length - 1)) * 300;
  const y = v => 90 - ((v - min) / spread) * 80;
  const line = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return svg('svg', {viewBox: '0 0 300 100', class: 'chart', role: 'img',
    'aria-label': `Fair value over ${points.length} valuations, from ${money(values[0], points[0].currency)} to ${money(values.at(-1), points.at(-1).currency)}`},
  svg('polyline', {points: line, fill: 'none', stroke: 'currentColor', 'stroke-width': 2}));
}

async function history(id) {
  const h = await api('GET', `/cards/${id}/history`);
  return el('section', {'aria-labelledby': 'history-title'},
    el('h2', {id: 'history-title'}, 'History'),
    chart(h.entries),
    el('p', {}, `Trend: ${h.trend?.direction ?? 'unknown'}`));
}

function corrections(card, correct) {
  const hints = card.hints || {};
  const fields = [['name', 'Name'], ['set', 'Set'], ['number', 'Number']];
  const inputs = Object.fromEntries(fields.map(([field]) =>
    [field, el('input', {id: `hint-${field}`, value: hints[field] ?? '', autocomplete: 'off'})]));
  return el('form', {class: 'corrections', on: {submit: event => {
    event.preventDefault();
    correct(Object.fromEntries(fields.map(([field]) => [field, inputs[field].value])));
  }}},
  el('h2', {}, 'Correct the reading'),
  fields.map(([field, label]) => el('div', {class: 'field'}, el('label', {for: `hint-${field}`}, label), inputs[field])),
  el('button', {type: 'submit'}, 'Save and revalue'));
}

export async function showCard(view, id, current) {
  const [card, historySection, alertsSection] = await Promise.all([api('GET', `/cards/${id}`), history(id), cardAlerts(id)]);
  if (!current()) return;
  const again = () => showCard(view, id, current).catch(error => say(error.message));
  const correct = async hints => {
    await api('PATCH', `/cards/${id}`, {body: hints});
    say('Saved: the card is being valued again.');
    again();
  };
  const remove = async () => {
    await api('DELETE', `/cards/${id}`);
    sayNext('Card deleted.');
    location.hash = '#/collection';
  };
  // deleting asks twice: the first press shows the button that really deletes
  const reallyDelete = el('button', {type: 'button', class: 'danger', hidden: true,
    on: {click: () => remove().catch(error => say(error.message))}}, 'Yes, delete this card and its photo');
  replace(view,
    el('h1', {}, card.identity?.name || card.hints?.name || 'Card'),
    el('p', {class: 'status', 'data-status': card.status}, `Status: ${card.status}`),
    card.failure && el('p', {class: 'failure'}, `Failed: ${card.failure.reason}`),
    card.hints && el('section', {'aria-labelledby': 'hints-title'}, el('h2', {id: 'hints-title'}, 'Your hints'),
      facts([['Name', card.hints.name], ['Set', card.hints.set], ['Number', card.hints.number]])),
    el('div', {class: 'card-layout'},
      photo(id),
      el('div', {},
        // the pick itself is the hint that decides; its set and number show the owner what was picked
        identity(card, candidate => correct({catalogId: candidate.catalogId, ...setAndNumber(candidate.catalogId)})
          .catch(error => say(error.message))),
        value(card),
        authenticity(card))),
    historySection,
    alertsSection,
    // a reading corrected by hand replaces an earlier pick, which would otherwise still decide
    corrections(card, hints => correct({...hints, catalogId: ''}).catch(error => say(error.message))),
    el('div', {class: 'actions'},
      el('button', {type: 'button', on: {click: () => api('POST', `/cards/${id}/revalue`).then(() => again(), e => say(e.message))}}, 'Revalue'),
      el('button', {type: 'button', on: {click: () => { reallyDelete.hidden = false; reallyDelete.focus(); }}}, 'Delete card'),
      reallyDelete));
  clearTimeout(poll);
  if (!SETTLED.has(card.status)) poll = setTimeout(() => { if (current()) again(); }, POLL_MS);
}
