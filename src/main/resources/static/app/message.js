// The page's one alert line: errors and notices read out by screen readers (role="alert").
const message = document.getElementById('message');

export function say(text) {
  message.textContent = text || '';
}
