// How this service signs people in (GET /app/sign-in.json): local mode's user name, or aws mode's
// Cognito hosted UI with the authorization-code flow and PKCE (RFC 7636) run by the page itself. The
// app client is a public one (no secret); the verifier stays in this tab's session storage until the
// code is exchanged, and the state ties the answer to the sign-in this tab started.
import {session} from './api.js';

const PENDING = 'collectiq.pkce';

export async function signInMethod() {
  const response = await fetch('/app/sign-in.json', {headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`The sign-in settings could not be read (${response.status}).`);
  return response.json();
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

// the page itself is the callback: the app client lists it among its callback and sign-out URLs
function pageUrl() {
  return `${location.origin}/`;
}

export async function startHostedSignIn(method) {
  const verifier = random(32);
  const state = random(16);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state}));
  const authorize = new URL(method.authorizeUrl);
  authorize.search = new URLSearchParams({response_type: 'code', client_id: method.clientId, redirect_uri: pageUrl(),
    scope: method.scope, state, code_challenge: challenge, code_challenge_method: 'S256'});
  location.assign(authorize);
}

/**
 * Back from the hosted UI with ?code&state (or ?error): exchanges the code once for tokens and takes
 * both out of the address. Returns whether this load was such a return.
 */
export async function finishHostedSignIn(method) {
  const answer = new URLSearchParams(location.search);
  if (!answer.has('code') && !answer.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}#/scan`);
  if (answer.has('error')) throw new Error(`Sign-in failed: ${answer.get('error_description') || answer.get('error')}.`);
  if (!pending || pending.state !== answer.get('state')) throw new Error('This sign-in was not started here: sign in again.');
  const response = await fetch(method.tokenUrl, {method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({grant_type: 'authorization_code', client_id: method.clientId, code: answer.get('code'),
      redirect_uri: pageUrl(), code_verifier: pending.verifier})});
  if (!response.ok) throw new Error(`Sign-in could not be completed: the identity provider answered ${response.status}.`);
  const tokens = await response.json();
  session.save(tokens.access_token, userName(tokens));
  return true;
}

/** Where signing out ends the hosted UI's session too, then comes back to this page. */
export function signOutUrl(method) {
  if (method.mode !== 'cognito') return null;
  const logout = new URL(method.logoutUrl);
  logout.search = new URLSearchParams({client_id: method.clientId, logout_uri: pageUrl()});
  return logout;
}

// only shown to the user: the service verifies the access token itself
function userName(tokens) {
  const id = tokens.id_token ? claims(tokens.id_token) : {};
  const access = claims(tokens.access_token);
  return id.email || id['cognito:username'] || access.username || access.sub;
}

function claims(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), c => c.charCodeAt(0))));
}
