// Price alerts (POST/GET/DELETE /alerts): set one on a card — its fair value above or below an
// amount in the collector's currency, or moved by a share from its value now — list them with
// whether each waits for a crossing or has fired, and delete one. The service's problems are said
// in its own words.
import {api} from './api.js';
import {el, money, replace, when} from './dom.js';
import {say} from './message.js';

function condition(alert) {
  if (alert.above !== null && alert.above !== undefined) return `Above ${money(alert.above, alert.currency)}`;
  if (alert.below !== null && alert.below !== undefined) return `Below ${money(alert.below, alert.currency)}`;
  return `A move of ${alert.changePercent} % from ${money(alert.baseFair, alert.currency)}`;
}

/** Armed: waits for a crossing; not armed: fired (or held when set) and waits for the value to cross back. */
function state(alert) {
  if (alert.armed) return alert.lastTriggeredAt ? `armed, last fired ${when(alert.lastTriggeredAt)}` : 'armed';
  return alert.lastTriggeredAt ? `fired ${when(alert.lastTriggeredAt)}, waits for the value to cross back`
    : 'held when set, waits for the value to cross back';
}

/**
 * The alerts as a list, each with its delete button; {@code label} names an alert's card (or
 * nothing), {@code changed} runs after a delete.
 */
export function alertList(alerts, id, label, changed) {
  if (alerts.length === 0) return el('p', {id, tabindex: -1}, 'No price alerts.');
  const remove = async alert => {
    await api('DELETE', `/alerts/${alert.id}`);
    say('Alert deleted.');
    await changed();
    document.getElementById(id)?.focus(); // the pressed button is gone: keep the keyboard's place nearby
  };
  return el('ul', {class: 'alerts', id, tabindex: -1, 'aria-label': 'Price alerts'},
    alerts.map(alert => el('li', {class: 'alert', 'data-armed': String(alert.armed)},
      label(alert), `${condition(alert)}: `, el('span', {class: 'state'}, state(alert)), ' ',
      el('button', {type: 'button', 'aria-label': `Delete alert: ${condition(alert)}`,
        on: {click: () => remove(alert).catch(error => say(error.message))}}, 'Delete'))));
}

const KINDS = [['above', 'rises above'], ['below', 'falls below'], ['changePercent', 'moves by at least']];

function alertForm(cardId, currency, changed) {
  const kind = el('select', {id: 'alert-kind'}, KINDS.map(([value, text]) => el('option', {value}, text)));
  const unit = el('span', {}, currency);
  const amount = el('input', {id: 'alert-amount', type: 'number', step: 'any', required: true, inputmode: 'decimal'});
  kind.addEventListener('change', () => { unit.textContent = kind.value === 'changePercent' ? '%' : currency; });
  return el('form', {class: 'alert-form', on: {submit: event => {
    event.preventDefault();
    api('POST', '/alerts', {body: {cardId, [kind.value]: Number(amount.value)}})
      .then(() => { say('Alert set.'); return changed(); })
      .then(() => document.getElementById('alert-amount').focus())
      .catch(error => say(error.message));
  }}},
  el('div', {class: 'field'}, el('label', {for: 'alert-kind'}, 'Tell me when the fair value'), kind),
  el('div', {class: 'field'}, el('label', {for: 'alert-amount'}, 'Amount (', unit, ')'), amount),
  el('button', {type: 'submit'}, 'Set alert'));
}

/** The card's alerts and a form for a new one, in the caller's currency. */
export async function cardAlerts(cardId) {
  const section = el('section', {'aria-labelledby': 'alerts-title'});
  const draw = async () => {
    const [alerts, settings] = await Promise.all([api('GET', '/alerts'), api('GET', '/me/settings')]);
    replace(section,
      el('h2', {id: 'alerts-title'}, 'Price alerts'),
      alertList(alerts.items.filter(alert => alert.cardId === cardId), 'card-alerts', () => null, draw),
      alertForm(cardId, settings.currency, draw));
  };
  await draw();
  return section;
}
