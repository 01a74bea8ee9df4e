// The page: asks the server for a presigned upload, sends the file straight to S3 with progress, follows the
// pipeline's status over Server-Sent Events, and plays the private HLS rendition through signed playlists.
'use strict';

const $ = (id) => document.getElementById(id);
const MEGABYTE = 1000 * 1000;
const PART_ATTEMPTS = 3;

const state = { config: {}, videos: new Map(), selected: null, upload: null };
// Timings for scripts and tests: upload click to first frame, in milliseconds since the page loaded.
window.vodTimings = {};

function formatBytes(bytes) {
  return bytes >= MEGABYTE ? (bytes / MEGABYTE).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1000)) + ' kB';
}

function setStatus(status, message) {
  const box = $('status');
  box.dataset.status = status;
  box.querySelector('.badge').textContent = status;
  box.querySelector('.message').textContent = message;
}

function setProgress(loaded, total) {
  const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
  $('progress').value = percent;
  $('progress-text').textContent = formatBytes(loaded) + ' of ' + formatBytes(total) + ' · ' + percent + '%';
}

async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}),
  });
  const text = await response.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch (e) { json = { error: text }; }
  if (!response.ok) {
    throw new Error(json.error || ('HTTP ' + response.status));
  }
  return json;
}

// One PUT of a body to a presigned URL; resolves with the ETag S3 returned.
function put(url, headers, body, onProgress, requests) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    requests.add(xhr);
    xhr.open('PUT', url);
    Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      requests.delete(xhr);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(body.size);
        resolve(xhr.getResponseHeader('ETag'));
      } else {
        reject(new Error('S3 answered HTTP ' + xhr.status));
      }
    };
    xhr.onerror = () => { requests.delete(xhr); reject(new Error('the connection to S3 failed')); };
    xhr.onabort = () => { requests.delete(xhr); reject(new DOMException('cancelled', 'AbortError')); };
    xhr.send(body);
  });
}

async function uploadParts(file, plan, upload) {
  const loaded = new Map();
  const report = () => setProgress([...loaded.values()].reduce((a, b) => a + b, 0), file.size);
  const queue = [...plan.parts];
  const done = [];
  async function worker() {
    while (queue.length && !upload.cancelled) {
      const part = queue.shift();
      for (let attempt = 1; ; attempt++) {
        try {
          const blob = file.slice(part.offset, part.offset + part.size);
          const eTag = await put(part.url, part.headers, blob, (bytes) => { loaded.set(part.partNumber, bytes); report(); },
            upload.requests);
          if (!eTag) {
            throw new Error('S3 did not expose the ETag header (bucket CORS must expose ETag)');
          }
          done.push({ partNumber: part.partNumber, eTag });
          break;
        } catch (error) {
          loaded.set(part.partNumber, 0);
          if (error.name === 'AbortError' || attempt >= PART_ATTEMPTS) {
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1))); // then retry the part
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(plan.parallelParts, plan.parts.length) }, worker));
  await postJson('/api/uploads/' + encodeURIComponent(plan.videoId) + '/complete', { parts: done });
}

async function startUpload(event) {
  event.preventDefault();
  const file = $('file').files[0];
  if (!file) {
    setStatus('READY', 'Choose a video file first.');
    return;
  }
  window.vodTimings = { uploadStart: performance.now() };
  $('upload').disabled = true;
  setProgress(0, file.size);
  setStatus('CHECKING', 'Checking ' + file.name + '…');
  let plan;
  try {
    plan = await postJson('/api/uploads', { fileName: file.name, size: file.size, contentType: file.type });
  } catch (error) {
    $('upload').disabled = false;
    $('progress-text').textContent = 'Nothing was uploaded';
    setStatus('REFUSED', 'Not uploaded: ' + error.message);
    return;
  }
  const upload = { videoId: plan.videoId, requests: new Set(), cancelled: false, sent: false };
  state.upload = upload;
  select(plan.videoId);
  setStatus('UPLOADING', 'Uploading ' + file.name + (plan.mode === 'multipart'
    ? ' in ' + plan.parts.length + ' parts, ' + plan.parallelParts + ' at a time' : '') + '…');
  $('cancel').hidden = false;
  try {
    if (plan.mode === 'multipart') {
      await uploadParts(file, plan, upload);
    } else {
      await put(plan.url, plan.headers, file, (bytes) => setProgress(bytes, file.size), upload.requests);
    }
    upload.sent = true;
    window.vodTimings.uploaded = performance.now();
    setProgress(file.size, file.size);
    show(state.videos.get(plan.videoId));
  } catch (error) {
    if (!upload.cancelled) {
      setStatus('ERROR', 'The upload failed: ' + error.message);
      postJson('/api/uploads/' + encodeURIComponent(plan.videoId) + '/abort').catch(() => {});
    }
  } finally {
    $('cancel').hidden = true;
    $('upload').disabled = false;
  }
}

async function cancelUpload() {
  const upload = state.upload;
  if (!upload || upload.sent) {
    return;
  }
  upload.cancelled = true;
  upload.requests.forEach((xhr) => xhr.abort());
  setStatus('CANCELLED', 'Upload cancelled; the parts already sent were discarded.');
  try {
    await postJson('/api/uploads/' + encodeURIComponent(upload.videoId) + '/abort');
  } catch (error) {
    setStatus('ERROR', 'Cancelling failed: ' + error.message);
  }
}

function describe(video) {
  switch (video.status) {
    case 'NEW': return 'Uploaded; waiting for the pipeline to pick the file up.';
    case 'INGEST': return 'The pipeline is transcoding ' + video.title + '…';
    case 'COMPLETE': return video.playlist ? video.title + ' is ready.'
      : video.title + ' completed, but no rendition was produced (ffmpeg is not installed on the server).';
    case 'ERROR': return video.errorMessage || 'The pipeline reported an error without a message.';
    case 'CANCELLED': return 'The upload was cancelled.';
    default: return video.status;
  }
}

function select(id) {
  state.selected = id;
  renderList();
  const video = state.videos.get(id);
  if (video) {
    show(video);
  }
}

// The selected video's status, thumbnail and player.
function show(video) {
  if (!video || video.id !== state.selected) {
    return;
  }
  const uploading = state.upload && state.upload.videoId === video.id && !state.upload.sent && !state.upload.cancelled;
  if (!(uploading && video.status === 'NEW')) {
    setStatus(video.status, describe(video));
  }
  const facts = $('facts');
  facts.replaceChildren();
  [['Video', video.title], ['Size', video.size], ['Duration', video.durationSeconds && video.durationSeconds.toFixed(1) + ' s']]
    .filter(([, value]) => value)
    .forEach(([name, value]) => {
      const dt = document.createElement('dt'); dt.textContent = name;
      const dd = document.createElement('dd'); dd.textContent = value;
      facts.append(dt, dd);
    });
  const thumbnail = $('thumbnail');
  thumbnail.hidden = !video.thumbnail;
  if (video.thumbnail && thumbnail.getAttribute('src') !== video.thumbnail) {
    thumbnail.src = video.thumbnail;
    thumbnail.alt = 'Thumbnail of ' + video.title;
  }
  play(video);
}

// Shows the placeholder instead of the player, with a word on why there is nothing to play.
function showEmpty(text) {
  const player = $('player');
  if (player.dataset.videoId) {
    player.removeAttribute('src');
    player.load();
    delete player.dataset.videoId;
  }
  player.hidden = true;
  $('player-empty').hidden = false;
  $('player-empty-text').textContent = text;
  $('player-note').textContent = '';
}

function play(video) {
  const player = $('player');
  const note = $('player-note');
  if (!video.playlist) {
    showEmpty({
      COMPLETE: describe(video),
      ERROR: 'Nothing to play: the pipeline could not process this file.',
      CANCELLED: 'Nothing to play: the upload was cancelled.',
    }[video.status] || 'Your video plays here once the pipeline has finished.');
    return;
  }
  if (player.dataset.videoId === video.id) {
    return;
  }
  if (!player.canPlayType('application/vnd.apple.mpegurl')) {
    showEmpty('This browser cannot play HLS by itself (Safari and Chromium can); open the page in one of them.');
    return;
  }
  $('player-empty').hidden = true;
  player.hidden = false;
  player.dataset.videoId = video.id;
  if (video.thumbnail) {
    player.poster = video.thumbnail;
  }
  player.src = video.playlist;
  note.textContent = 'Playing ' + video.title + ' privately: every playlist and segment URL is signed.';
  player.play().catch(() => { note.textContent = 'Press play to watch ' + video.title + '.'; });
}

function renderList() {
  const list = $('videos');
  const videos = [...state.videos.values()].reverse();
  $('videos-empty').hidden = videos.length > 0;
  list.replaceChildren(...videos.map((video) => {
    const item = document.createElement('li');
    item.dataset.videoId = video.id;
    item.dataset.status = video.status;
    item.classList.toggle('selected', video.id === state.selected);
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', video.title + ', ' + video.status);
    button.addEventListener('click', () => select(video.id));
    const thumb = document.createElement('span');
    thumb.className = 'thumb';
    if (video.thumbnail) {
      thumb.style.backgroundImage = 'url("' + video.thumbnail.replace(/"/g, '%22') + '")';
    }
    const text = document.createElement('span');
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = video.title;
    const line = document.createElement('div');
    line.className = 'line';
    const badge = document.createElement('span');
    badge.className = 'badge ' + video.status;
    badge.textContent = video.status;
    const when = document.createElement('span');
    when.className = 'muted small';
    when.textContent = new Date(video.updatedAt).toLocaleTimeString();
    line.append(badge, when);
    text.append(name, line);
    if (video.errorMessage) {
      const error = document.createElement('div');
      error.className = 'error';
      error.textContent = video.errorMessage;
      text.append(error);
    }
    button.append(thumb, text);
    item.append(button);
    return item;
  }));
}

function followStatus() {
  const events = new EventSource('/api/events');
  events.addEventListener('video', (event) => {
    const video = JSON.parse(event.data);
    state.videos.set(video.id, video);
    renderList();
    show(video);
  });
}

async function init() {
  $('upload-form').addEventListener('submit', startUpload);
  $('cancel').addEventListener('click', cancelUpload);
  const player = $('player');
  player.addEventListener('playing', () => {
    if (window.vodTimings.uploadStart && !window.vodTimings.firstFrame) {
      window.vodTimings.firstFrame = performance.now();
    }
  });
  player.addEventListener('error', () => {
    $('player-note').textContent = 'Playback failed (' + (player.error ? 'media error ' + player.error.code : 'unknown') + ').';
  });
  try {
    state.config = await (await fetch('/api/config')).json();
  } catch (error) {
    state.config = {};
  }
  const notes = [];
  if (state.config.renditions === false) {
    notes.push('ffmpeg is not installed on the server: uploads go through the whole pipeline and reach COMPLETE, '
      + 'but nothing is transcoded, so there is nothing to play.');
  }
  if (!player.canPlayType('application/vnd.apple.mpegurl')) {
    notes.push('This browser has no native HLS playback (Safari and Chromium have it): videos will not play here.');
  }
  $('notice').textContent = notes.join(' ');
  $('notice').hidden = notes.length === 0;
  followStatus();
}

init();
