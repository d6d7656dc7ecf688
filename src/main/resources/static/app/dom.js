// Builds elements. Text is always a text node: nothing read from a photo or typed by a user is ever
// parsed as markup: no string is ever assigned as HTML anywhere in this page.

const SVG = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** el('p', {class: 'x'}, 'text', otherElement) */
export function el(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG, tag), attributes, children);
}

export function replace(parent, ...children) {
  parent.replaceChildren();
  return build(parent, {}, children);
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  try {
    return new Intl.NumberFormat(undefined, {style: 'currency', currency}).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * A valuation's amount shown in the collector's currency ({@code valuation.display}) with the stored
 * amount beside it when the currencies differ; the stored amount alone when there is no display.
 */
export function shownMoney(valuation, field) {
  const own = money(valuation[field], valuation.currency);
  const display = valuation.display;
  if (!display || display.currency === valuation.currency) return own;
  return `${money(display[field], display.currency)} (${own})`;
}

export function percent(ratio) {
  return ratio === null || ratio === undefined ? '–' : `${Math.round(ratio * 100)} %`;
}

export function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '–';
}

/** A definition list from [label, value] pairs, skipping empty values. */
export function facts(pairs) {
  return el('dl', {class: 'facts'}, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}
