// The collector's currency: values are shown in it beside their own (valuation.display, the
// portfolio's display, the value history). The choices are the currencies of the ECB's reference
// rates, which the service's bundled fallback rates cover too; should the rates in use cover fewer,
// the service's 422 names the ones they do and the page says so.
import {api} from './api.js';
import {el} from './dom.js';
import {say} from './message.js';

const CURRENCIES = ['AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'IDR', 'ILS', 'INR',
  'ISK', 'JPY', 'KRW', 'MXN', 'MYR', 'NOK', 'NZD', 'PHP', 'PLN', 'RON', 'SEK', 'SGD', 'THB', 'TRY', 'USD', 'ZAR'];

/** A labelled selector of the caller's currency; {@code changed} runs once a new one is saved. */
export async function currencyPicker(changed) {
  const settings = await api('GET', '/me/settings');
  const choices = CURRENCIES.includes(settings.currency) ? CURRENCIES : [settings.currency, ...CURRENCIES];
  const select = el('select', {id: 'currency'},
    choices.map(currency => el('option', {value: currency, selected: currency === settings.currency}, currency)));
  select.addEventListener('change', async () => {
    try {
      // PUT replaces the settings: the others go back as they were read
      const saved = await api('PUT', '/me/settings', {body: {...settings, currency: select.value}});
      settings.currency = saved.currency;
      say(`Values are now shown in ${saved.currency}.`);
      await changed();
    } catch (error) {
      select.value = settings.currency;
      say(error.message);
    }
  });
  return el('div', {class: 'field narrow'}, el('label', {for: 'currency'}, 'Show values in'), select);
}
