// Every call to the API: the bearer token from this tab's session storage (never a cookie the API
// would trust), problems (RFC 9457) turned into errors with the problem's own words.

const TOKEN = 'collectiq.token';
const USER = 'collectiq.user';

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  user: () => sessionStorage.getItem(USER),
  save(token, user) {
    sessionStorage.setItem(TOKEN, token);
    sessionStorage.setItem(USER, user);
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(USER);
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** Called when the token is refused, so the page can ask for a sign-in again. */
let onUnauthorized = () => {};
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

export async function api(method, path, {body, accept = 'application/json'} = {}) {
  const headers = {Accept: accept};
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401 && token) {
    session.clear();
    onUnauthorized();
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** PUTs a file to a signed upload URL, reporting progress (fetch cannot report an upload's progress). */
export function put(url, headers, file, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers || {})) {
      // the browser sets Content-Length itself and refuses to be told
      if (name.toLowerCase() !== 'content-length') request.setRequestHeader(name, value);
    }
    request.upload.addEventListener('progress', event => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => request.status < 300 ? resolve()
      : reject(new ApiError(request.status, safeJson(request.responseText))));
    request.addEventListener('error', () => reject(new ApiError(0,
      {detail: `The upload could not reach the photo store at ${new URL(url).origin}.`})));
    request.send(file);
  });
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
