// The page's one alert line: errors and notices read out by screen readers (role="alert").
const message = document.getElementById('message');
let afterNavigation = '';

export function say(text) {
  message.textContent = text || '';
}

/** A notice for the view the page is about to show (a navigation clears the line otherwise). */
export function sayNext(text) {
  afterNavigation = text;
}

/** Clears the line on navigation, leaving what was said for the new view. */
export function newView() {
  say(afterNavigation);
  afterNavigation = '';
}
