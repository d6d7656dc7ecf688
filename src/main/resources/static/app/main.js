// The page's shell: sign-in, navigation between the three views (scan, card, collection) by the
// URL's fragment, and the one place errors are shown.
import {api, session, whenUnauthorized} from './api.js';
import {showScan} from './scan.js';
import {showCard} from './card.js';
import {showCollection} from './collection.js';
import {newView, say} from './message.js';

const view = document.getElementById('view');
const signIn = document.getElementById('sign-in');
const nav = document.getElementById('nav');

function showSignedIn() {
  const signedIn = Boolean(session.token());
  signIn.hidden = signedIn;
  nav.hidden = !signedIn;
  view.hidden = !signedIn;
  document.getElementById('who').textContent = signedIn ? `Signed in as ${session.user()}` : '';
  return signedIn;
}

let shown = 0; // a later navigation wins over a slower earlier one

async function route() {
  newView();
  if (!showSignedIn()) {
    document.getElementById('user-name').focus();
    return;
  }
  const turn = ++shown;
  const current = () => turn === shown;
  const [, page, id] = location.hash.split('/');
  for (const link of nav.querySelectorAll('a')) {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${page}`);
  }
  try {
    if (page === 'card' && id) await showCard(view, id, current);
    else if (page === 'collection') await showCollection(view, current);
    else showScan(view, current);
  } catch (error) {
    if (current()) say(error.message);
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async event => {
  event.preventDefault();
  const user = document.getElementById('user-name').value.trim();
  try {
    const token = await api('POST', '/local/token', {body: {sub: user}});
    session.save(token.access_token, user);
    location.hash = '#/scan';
    route();
  } catch (error) {
    say(error.status === 404 ? 'This service signs in through its identity provider, not by user name.'
      : error.message);
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  location.hash = '';
  route();
});

whenUnauthorized(() => {
  route();
  say('Your session ended: sign in again.');
});
window.addEventListener('hashchange', route);
// marks the page interactive (its handlers are attached) for people's tools and the browser test
route().finally(() => document.documentElement.setAttribute('data-ready', 'true'));
