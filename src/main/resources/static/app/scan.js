// Scan: choose, drop or take photos; each is presigned, uploaded with its own progress bar, made a
// card, and its status followed (PENDING → PROCESSING → VALUED/FAILED) until it settles. A photo of
// several cards (a binder page, cards on a table) makes a card per card found, each on a row of its own.
import {api, put} from './api.js';
import {el, replace} from './dom.js';

const POLL_MS = 1500;
const SETTLED = new Set(['VALUED', 'FAILED']);
const TYPES = {jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic'};

function contentType(file) {
  return file.type || TYPES[file.name.split('.').pop().toLowerCase()] || 'application/octet-stream';
}

async function presignAndPut(file, side, onProgress) {
  const signed = await api('POST', '/upload/presign',
    {body: {filename: file.name, contentType: contentType(file), sizeBytes: file.size, side}});
  await put(signed.uploadUrl, signed.headers, file, onProgress);
  return signed.key;
}

function uploadRow(label, list) {
  const progress = el('progress', {max: 1, value: 0, 'aria-label': `Upload of ${label}`});
  const status = el('span', {class: 'status'}, 'uploading');
  const name = el('span', {class: 'file'}, label);
  const row = el('li', {class: 'upload'}, name, progress, status);
  list.append(row);
  return {
    progress: fraction => { progress.value = fraction; },
    status(text, kind) {
      status.textContent = text;
      status.dataset.status = kind || '';
    },
    link(id) {
      name.replaceWith(el('a', {href: `#/card/${id}`, class: 'file'}, label));
    },
  };
}

async function follow(id, row, current) {
  while (current()) {
    const card = await api('GET', `/cards/${id}`);
    row.status(card.status, card.status);
    if (SETTLED.has(card.status)) return;
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

async function followCard(card, row, current) {
  row.link(card.id);
  row.status(card.status, card.status);
  await follow(card.id, row, current);
}

async function scanOne(file, back, hints, list, current) {
  const row = uploadRow(file.name, list);
  try {
    // the back first: the front's arrival starts the valuation
    const backKey = back ? await presignAndPut(back, 'back', () => {}) : undefined;
    const key = await presignAndPut(file, undefined, row.progress);
    row.progress(1);
    const made = await api('POST', '/cards', {body: {key, backKey, ...hints}});
    if (!made.items) {
      await followCard(made, row, current);
      return;
    }
    row.status(`${made.items.length} cards found`, 'PAGE');
    await Promise.all(made.items.map(card => {
      const cardRow = uploadRow(`${file.name}, card ${card.slot + 1}`, list);
      cardRow.progress(1);
      return followCard(card, cardRow, current);
    }));
  } catch (error) {
    row.status(`not sent: ${error.message}`, 'FAILED');
  }
}

export function showScan(view, current) {
  const photos = el('input', {id: 'photos', type: 'file', accept: 'image/*', multiple: true});
  const camera = el('input', {id: 'camera', type: 'file', accept: 'image/*', capture: 'environment'});
  const back = el('input', {id: 'back', type: 'file', accept: 'image/*', capture: 'environment'});
  const name = el('input', {id: 'name-hint', maxlength: 120, autocomplete: 'off'});
  const list = el('ul', {class: 'uploads', 'aria-label': 'Uploads'});

  const start = files => {
    const chosen = [...files].filter(file => file.size > 0);
    if (chosen.length === 0) return;
    const hints = name.value.trim() ? {name: name.value.trim()} : {};
    const backFile = chosen.length === 1 ? back.files[0] : undefined;
    chosen.forEach(file => scanOne(file, backFile, hints, list, current));
    photos.value = '';
    camera.value = '';
    back.value = '';
  };
  photos.addEventListener('change', () => start(photos.files));
  camera.addEventListener('change', () => start(camera.files));

  const drop = el('div', {class: 'drop', on: {
    dragover: event => { event.preventDefault(); drop.classList.add('over'); },
    dragleave: () => drop.classList.remove('over'),
    drop: event => { event.preventDefault(); drop.classList.remove('over'); start(event.dataTransfer.files); },
  }},
  el('p', {}, 'Drop photos here, or:'),
  el('div', {class: 'field'}, el('label', {for: 'photos'}, 'Choose photos'), photos),
  el('div', {class: 'field'}, el('label', {for: 'camera'}, 'Take a photo'), camera));

  replace(view,
    el('h1', {}, 'Scan cards'),
    el('div', {class: 'field'}, el('label', {for: 'name-hint'}, 'Card name (optional hint)'), name),
    el('div', {class: 'field'}, el('label', {for: 'back'}, 'Back of the card (optional, with a single photo)'), back),
    drop,
    el('h2', {}, 'Uploads'),
    list);
}
