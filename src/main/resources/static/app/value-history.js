// The collection's value over time (GET /portfolio/history, the last 90 days, in the collector's
// currency): the fair value per day as a line over its low–high band, drawn as inline SVG, with the
// same figures in a table for whoever cannot see the chart.
import {api} from './api.js';
import {el, money, svg} from './dom.js';

const WIDTH = 300;
const HEIGHT = 100;
const DAY_MS = 86_400_000;

function chart(points) {
  const days = points.map(p => Date.parse(p.date) / DAY_MS);
  const first = days[0];
  const length = days.at(-1) - first;
  // the days where they fall in time (a gap shows as one); a single day sits in the middle
  const x = i => (length > 0 ? ((days[i] - first) / length) * (WIDTH - 10) + 5 : WIDTH / 2).toFixed(1);
  const bottom = Math.min(...points.map(p => Number(p.low)));
  const spread = Math.max(...points.map(p => Number(p.high))) - bottom;
  const y = v => (spread > 0 ? HEIGHT - 10 - ((Number(v) - bottom) / spread) * (HEIGHT - 20) : HEIGHT / 2).toFixed(1);
  // a single day's band is a narrow bar, so that its range shows
  const edges = points.length > 1 ? points.map((p, i) => [x(i), p]) : [[WIDTH / 2 - 4, points[0]], [WIDTH / 2 + 4, points[0]]];
  const band = [...edges.map(([at, p]) => `${at},${y(p.high)}`), ...edges.map(([at, p]) => `${at},${y(p.low)}`).reverse()];
  return svg('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', id: 'value-chart', role: 'img',
    'aria-labelledby': 'value-chart-caption'},
  svg('polygon', {class: 'band', points: band.join(' ')}),
  svg('polyline', {class: 'line', points: points.map((p, i) => `${x(i)},${y(p.fair)}`).join(' ')}),
  points.map((p, i) => svg('circle', {class: 'point', cx: x(i), cy: y(p.fair), r: 3})));
}

function summary(points, currency) {
  const [first, last] = [points[0], points.at(-1)];
  const range = points.length === 1 ? `${money(first.fair, currency)} on ${first.date}`
    : `from ${money(first.fair, currency)} on ${first.date} to ${money(last.fair, currency)} on ${last.date}`;
  return `Fair value of the collection ${range}, with its low–high range, in ${currency}.`;
}

function table(points, currency) {
  return el('details', {},
    el('summary', {}, 'The figures'),
    el('table', {},
      el('caption', {}, `Collection value per day (${currency})`),
      el('thead', {}, el('tr', {}, ['Day', 'Cards', 'Low', 'Fair', 'High'].map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, points.map(p => el('tr', {}, el('td', {}, p.date), el('td', {}, p.cardCount),
        [p.low, p.fair, p.high].map(amount => el('td', {}, money(amount, currency))))))));
}

export async function valueHistory() {
  const history = await api('GET', '/portfolio/history');
  const points = history.points;
  const empty = points.every(p => p.cardCount === 0);
  return el('section', {'aria-labelledby': 'value-history-title', id: 'value-history'},
    el('h2', {id: 'value-history-title'}, 'Value over time'),
    empty ? el('p', {id: 'value-history-empty'}, 'No history yet: the collection’s value is recorded each day once it holds a card.')
      : [chart(points),
        el('p', {class: 'hint', id: 'value-chart-caption'}, summary(points, history.currency)),
        table(points, history.currency)]);
}
