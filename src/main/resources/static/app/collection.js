// The collection: the collector's currency, totals per currency and per set (and in the chosen
// currency), the value over time, the price alerts, then the cards, newest first, a page at a time
// through the API's cursors, filtered by status and sorted within what is loaded.
import {api} from './api.js';
import {el, money, replace, shownMoney} from './dom.js';
import {alertList} from './alerts.js';
import {currencyPicker} from './settings.js';
import {valueHistory} from './value-history.js';

const PAGE = 20;

function totals(portfolio) {
  const currencies = Object.entries(portfolio.totalFair || {});
  return el('section', {'aria-labelledby': 'totals-title'},
    el('h2', {id: 'totals-title'}, 'Totals'),
    el('p', {class: 'total', id: 'card-count'}, `${portfolio.cardCount} cards, ${portfolio.valuedCount} valued`),
    portfolio.display && el('p', {class: 'total', id: 'display-total'}, `In all: ${money(portfolio.display.fair, portfolio.display.currency)}`,
      portfolio.display.notConverted && ` (without the ${portfolio.display.notConverted.join(', ')} totals, which have no rate)`),
    el('ul', {class: 'totals', id: 'totals'}, currencies.length === 0 ? el('li', {}, 'No value yet.')
      : currencies.map(([currency, amount]) => el('li', {}, money(amount, currency)))),
    (portfolio.bySet || []).length > 0 && el('table', {},
      el('caption', {}, 'By set'),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Set'), el('th', {scope: 'col'}, 'Cards'),
        el('th', {scope: 'col'}, 'Fair value'))),
      el('tbody', {}, portfolio.bySet.map(set => el('tr', {},
        el('td', {}, set.set ?? 'unknown'), el('td', {}, set.cardCount),
        el('td', {}, Object.entries(set.totalFair || {}).map(([c, a]) => money(a, c)).join(', ')))))));
}

function fair(card) {
  return card.valuation ? Number(card.valuation.fair) : -1;
}

const SORTS = {
  newest: () => 0, // the API's order
  value: (a, b) => fair(b) - fair(a),
  name: (a, b) => (a.identity?.name ?? '').localeCompare(b.identity?.name ?? ''),
};

/** Every alert of the caller's, each named by its card where that card is loaded. */
async function allAlerts(cards) {
  const section = el('section', {'aria-labelledby': 'all-alerts-title'});
  const draw = async () => {
    const alerts = await api('GET', '/alerts');
    const name = alert => {
      const card = cards.find(c => c.id === alert.cardId);
      return [el('a', {href: `#/card/${alert.cardId}`}, card?.identity?.name || card?.hints?.name || 'A card'), ': '];
    };
    replace(section, el('h2', {id: 'all-alerts-title'}, 'Price alerts'), alertList(alerts.items, 'alerts', name, draw));
  };
  await draw();
  return section;
}

export async function showCollection(view, current) {
  const [portfolio, history, picker] = await Promise.all([api('GET', '/portfolio'), valueHistory(),
    currencyPicker(() => showCollection(view, current).then(() => document.getElementById('currency')?.focus()))]);
  if (!current()) return;
  const cards = [];
  let cursor = null;
  const status = el('select', {id: 'status-filter'},
    ['', 'PENDING', 'PROCESSING', 'VALUED', 'FAILED'].map(s => el('option', {value: s}, s || 'all')));
  const sort = el('select', {id: 'sort'}, Object.keys(SORTS).map(s => el('option', {value: s}, s)));
  const list = el('ul', {class: 'cards', id: 'cards', 'aria-label': 'Cards'});
  const more = el('button', {type: 'button', hidden: true}, 'More cards');

  const draw = () => replace(list, [...cards].sort(SORTS[sort.value]).map(card => el('li', {},
    el('a', {href: `#/card/${card.id}`}, card.identity?.name || card.hints?.name || 'Unread card'),
    ' ', el('span', {class: 'status', 'data-status': card.status}, card.status),
    card.valuation && ` ${shownMoney(card.valuation, 'fair')}`)));
  const load = async () => {
    const query = new URLSearchParams({limit: PAGE});
    if (status.value) query.set('status', status.value);
    if (cursor) query.set('cursor', cursor);
    const page = await api('GET', `/cards?${query}`);
    cards.push(...page.items);
    cursor = page.nextCursor;
    more.hidden = !cursor;
    draw();
  };
  status.addEventListener('change', () => { cards.length = 0; cursor = null; load(); });
  sort.addEventListener('change', draw);
  more.addEventListener('click', load);

  const alerts = el('div');
  replace(view,
    el('h1', {}, 'Collection'),
    picker,
    totals(portfolio),
    history,
    alerts,
    el('h2', {}, 'Cards'),
    el('div', {class: 'filters'},
      el('div', {class: 'field'}, el('label', {for: 'status-filter'}, 'Status'), status),
      el('div', {class: 'field'}, el('label', {for: 'sort'}, 'Sort'), sort)),
    list, more);
  await load();
  // after the first page, so that alerts on its cards carry their names
  if (current()) alerts.replaceWith(await allAlerts(cards));
}
