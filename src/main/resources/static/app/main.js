// The page's shell: sign-in, navigation between the three views (scan, card, collection) by the
// URL's fragment, and the one place errors are shown.
import {api, session, whenUnauthorized} from './api.js';
import {finishHostedSignIn, signInMethod, signOutUrl, startHostedSignIn} from './signin.js';
import {showScan} from './scan.js';
import {showCard} from './card.js';
import {showCollection} from './collection.js';
import {newView, say, sayNext} from './message.js';

const view = document.getElementById('view');
const signIn = document.getElementById('sign-in');
const nav = document.getElementById('nav');
const userForm = document.getElementById('sign-in-form');
const hostedSignIn = document.getElementById('hosted-sign-in');
let method = {mode: 'local'};

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
    if (method.mode === 'local') document.getElementById('user-name').focus();
    else if (method.mode === 'cognito') document.getElementById('hosted-sign-in-button').focus();
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

document.getElementById('hosted-sign-in-button').addEventListener('click', () =>
  startHostedSignIn(method).catch(error => say(error.message)));

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  const hostedSignOut = signOutUrl(method);
  if (hostedSignOut) {
    location.assign(hostedSignOut);
    return;
  }
  location.hash = '';
  route();
});

/** Shows the sign-in this service has, and completes a return from the hosted UI. */
async function prepareSignIn() {
  method = await signInMethod();
  userForm.hidden = method.mode !== 'local';
  hostedSignIn.hidden = method.mode !== 'cognito';
  if (method.mode === 'none') sayNext('Sign-in is not configured on this service (collectiq.page.cognito.domain).');
  if (method.mode === 'cognito') await finishHostedSignIn(method);
}

whenUnauthorized(() => {
  route();
  say('Your session ended: sign in again.');
});
window.addEventListener('hashchange', route);
// a sign-in that failed is said once the first view is drawn (drawing clears the line); data-ready
// marks the page interactive (its handlers are attached) for people's tools and the browser test
prepareSignIn().catch(error => sayNext(error.message))
  .then(route)
  .finally(() => document.documentElement.setAttribute('data-ready', 'true'));
