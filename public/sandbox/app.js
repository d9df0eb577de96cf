// The ClaimDesk sandbox page: shows what the app sent to the emulated Slack, and sends what a
// person does (commands, buttons, forms) back to the app as Slack would, through /sandbox/api.
// Plain JavaScript, no build step. Every text from the app is rendered as text: mrkdwn is
// turned into a few safe tags, and anything else is escaped.

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const ui = { as: params.get('as') || '', channel: params.get('channel') || '', state: null, errors: {} };
let names = {};
let zones = {};

async function api(path, body) {
  const res = await fetch(
    `api/${path}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}
const toast = (text) => {
  $('toast').textContent = text || '';
};

// ---- mrkdwn, safely -------------------------------------------------------------------------
const esc = (s) =>
  String(s)
    .replace(/&(?!(amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
function inline(text) {
  // Slack control sequences <…> first; everything between them is escaped text.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/<([^<>\n]+)>/g)) {
    out += emoji(format(esc(text.slice(last, m.index))));
    const [target, label] = m[1].split('|');
    if (target.startsWith('!date^')) out += `<time>${esc(slackDate(target, label))}</time>`;
    else if (target.startsWith('@')) out += `<b>@${esc(names[target.slice(1)] || target.slice(1))}</b>`;
    else if (target.startsWith('!')) out += `<b>@${esc(target.slice(1))}</b>`;
    else if (target.startsWith('#')) out += `<b>#${esc(label || target.slice(1))}</b>`;
    else if (/^(https?|mailto):/.test(target))
      out += `<a href="${esc(target)}" target="_blank" rel="noopener">${esc(label || target)}</a>`;
    else out += esc(m[0]);
    last = m.index + m[0].length;
  }
  return out + emoji(format(esc(text.slice(last))));
}
// <!date^epoch^{date_short_pretty} at {time}|fallback>: as Slack does, in the reader's own zone
// ("today at 14:06"), "today" meaning the sandbox's clock.
function slackDate(target, fallback) {
  const [, epoch, format] = target.split('^');
  const at = new Date(Number(epoch) * 1000);
  if (!format || Number.isNaN(at.getTime())) return fallback || target;
  const timeZone = zones[ui.as] || undefined;
  const day = (d) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const now = new Date(ui.state?.now ?? Date.now());
  const offset = Math.round((Date.parse(day(at)) - Date.parse(day(now))) / 86_400_000);
  const pretty =
    { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' }[offset] ??
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(
      at,
    );
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  return format.replace('{date_short_pretty}', pretty).replace('{time}', time);
}
// The emoji the app uses, so messages read as they would in Slack.
const EMOJI = {
  white_check_mark: '✅',
  no_entry: '⛔',
  pause_button: '⏸️',
  scales: '⚖️',
  warning: '⚠️',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  red_circle: '🔴',
  white_circle: '⚪',
  rotating_light: '🚨',
  palm_tree: '🌴',
  no_bell: '🔕',
  speech_balloon: '💬',
  hourglass: '⏳',
  incoming_envelope: '📨',
  handshake: '🤝',
  x: '❌',
  wave: '👋',
  bell: '🔔',
  eyes: '👀',
  busts_in_silhouette: '👥',
  alarm_clock: '⏰',
  arrow_forward: '▶️',
  arrow_right: '➡️',
  arrow_up: '⬆️',
  calendar: '📆',
  grey_question: '❔',
  hourglass_flowing_sand: '⏳',
  inbox_tray: '📥',
  information_source: 'ℹ️',
  lock: '🔒',
  unlock: '🔓',
  mailbox_with_mail: '📬',
  memo: '📝',
  question: '❓',
  raised_hand: '✋',
  twisted_rightwards_arrows: '🔀',
  white_flag: '🏳️',
};
const emoji = (s) => s.replace(/:([a-z_]+):/g, (m, name) => EMOJI[name] || m);
const format = (s) =>
  s
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1<b>$2</b>')
    .replace(/(^|[\s(])_([^_\n]+)_/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~([^~\n]+)~/g, '$1<s>$2</s>');
function mrkdwn(text) {
  // A quote is a line starting with a raw ">"; escaped user text ("&gt;") never makes one.
  return String(text)
    .split('\n')
    .map((line) =>
      line.startsWith('>')
        ? `<blockquote>${inline(line.replace(/^>\s?/, ''))}</blockquote>`
        : `${inline(line)}<br>`,
    )
    .join('');
}
const textObj = (t) => (!t ? '' : t.type === 'mrkdwn' ? mrkdwn(t.text) : esc(t.text).replace(/\n/g, '<br>'));

// ---- Block Kit ------------------------------------------------------------------------------
function button(el, ctx) {
  const b = document.createElement('button');
  b.className = `btn ${el.style || ''}`;
  b.innerHTML = esc(el.text.text);
  b.onclick = () => press(el, ctx);
  return b;
}
function element(el, ctx) {
  if (el.type === 'button') return button(el, ctx);
  const span = document.createElement('span');
  span.textContent = `[${el.type}]`;
  return span;
}
function renderBlocks(blocks, ctx) {
  const wrap = document.createElement('div');
  for (const b of blocks || []) {
    const div = document.createElement('div');
    div.className = `block ${b.type}`;
    if (b.type === 'header') div.innerHTML = esc(b.text.text);
    else if (b.type === 'section') {
      div.innerHTML = textObj(b.text);
      if (b.fields) {
        const f = document.createElement('div');
        f.className = 'fields';
        f.innerHTML = b.fields.map((x) => `<div>${textObj(x)}</div>`).join('');
        div.append(f);
      }
      if (b.accessory) div.append(element(b.accessory, ctx));
    } else if (b.type === 'context')
      div.innerHTML = b.elements.map((e) => (e.type === 'image' ? '' : textObj(e))).join(' ');
    else if (b.type === 'actions') for (const e of b.elements) div.append(element(e, ctx));
    else if (b.type === 'divider') div.innerHTML = '';
    else if (b.type === 'input') div.append(inputBlock(b));
    wrap.append(div);
  }
  return wrap;
}

// ---- modals ---------------------------------------------------------------------------------
function inputBlock(b) {
  const box = document.createElement('div');
  box.className = 'input';
  const e = b.element;
  const id = `${b.block_id}::${e.action_id}`;
  let field;
  if (e.type === 'plain_text_input') {
    field = document.createElement(e.multiline ? 'textarea' : 'input');
    if (!e.multiline) field.type = 'text';
    if (e.max_length) field.maxLength = e.max_length;
    if (e.initial_value) field.value = e.initial_value;
    if (e.placeholder) field.placeholder = e.placeholder.text;
  } else if (e.type === 'static_select' || e.type === 'users_select' || e.type === 'radio_buttons') {
    field = document.createElement('select');
    const options =
      e.type === 'users_select'
        ? ui.state.members.map((m) => ({ value: m.id, text: { text: m.name } }))
        : e.options;
    field.innerHTML = `<option value="">—</option>${options.map((o) => `<option value="${esc(o.value)}">${esc(o.text.text)}</option>`).join('')}`;
    if (e.initial_option) field.value = e.initial_option.value;
  } else if (e.type === 'datepicker') {
    field = document.createElement('input');
    field.type = 'date';
    if (e.initial_date) field.value = e.initial_date;
  } else {
    field = document.createElement('span');
    field.textContent = `[${e.type}]`;
  }
  field.dataset.id = id;
  field.dataset.type = e.type;
  field.name = b.block_id;
  box.innerHTML = `<label>${esc(b.label.text)}${b.optional ? ' <span class="hint">(optional)</span>' : ''}</label>`;
  box.append(field);
  if (b.hint) box.insertAdjacentHTML('beforeend', `<div class="hint">${esc(b.hint.text)}</div>`);
  if (ui.errors[b.block_id])
    box.insertAdjacentHTML('beforeend', `<div class="error">${esc(ui.errors[b.block_id])}</div>`);
  return box;
}
function stateValues(sheet) {
  const values = {};
  for (const f of sheet.querySelectorAll('[data-id]')) {
    const [block, action] = f.dataset.id.split('::');
    const v = f.value;
    const t = f.dataset.type;
    const state =
      t === 'plain_text_input'
        ? { type: t, value: v }
        : t === 'datepicker'
          ? { type: t, selected_date: v || null }
          : t === 'users_select'
            ? { type: t, selected_user: v || null }
            : { type: t, selected_option: v ? { value: v } : null };
    values[block] = { [action]: state };
  }
  return values;
}
let shownModal = '';
function renderModal(view) {
  const modal = $('modal');
  if (!view) {
    modal.hidden = true;
    shownModal = '';
    return;
  }
  const key = `${view.id}:${JSON.stringify(ui.errors)}`;
  if (key === shownModal) return; // keep what the person typed
  shownModal = key;
  const sheet = document.createElement('form');
  sheet.className = 'sheet';
  sheet.innerHTML = `<h3>${esc(view.title.text)}</h3>`;
  sheet.append(renderBlocks(view.blocks, { viewId: view.id }));
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.innerHTML = `<button type="button" class="btn" id="cancel">${esc(view.close?.text || 'Cancel')}</button>
    <button type="submit" class="btn primary">${esc(view.submit?.text || 'Submit')}</button>`;
  sheet.append(actions);
  sheet.onsubmit = async (ev) => {
    ev.preventDefault();
    try {
      const out = await api('submit', { as: ui.as, viewId: view.id, values: stateValues(sheet) });
      ui.errors = out.errors || {};
      if (!out.errors) modal.hidden = true;
      shownModal = '';
      refresh();
    } catch (e) {
      toast(e.message);
    }
  };
  sheet.querySelector('#cancel').onclick = async () => {
    await api('close', { viewId: view.id });
    ui.errors = {};
    refresh();
  };
  modal.replaceChildren(sheet);
  modal.hidden = false;
}

// ---- actions --------------------------------------------------------------------------------
async function press(el, ctx) {
  toast('');
  try {
    await api('action', { as: ui.as, action_id: el.action_id, value: el.value, ...ctx });
    setTimeout(refresh, 150);
  } catch (e) {
    toast(e.message);
  }
}

// ---- the page -------------------------------------------------------------------------------
function renderNav(s) {
  const nav = $('nav');
  const link = (id, label) =>
    `<a href="#" data-channel="${esc(id)}" class="${id === ui.channel ? 'active' : ''}">${esc(label)}</a>`;
  nav.innerHTML = `${link('home', '🏠 Home')}<div class="group">Channels</div>${s.channels.map((c) => link(c.id, `# ${c.name}`)).join('')}
    <div class="group">Direct messages</div>${s.dms.map((c) => link(c.id, c.name)).join('')}`;
  for (const a of nav.querySelectorAll('a'))
    a.onclick = (ev) => {
      ev.preventDefault();
      go(a.dataset.channel);
    };
}
function renderMessages(s) {
  const box = $('messages');
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren();
  if (ui.channel === 'home') {
    $('title').textContent = 'Home — ClaimDesk';
    if (s.home) box.append(renderBlocks(s.home.blocks, { home: true }));
    else box.textContent = 'Opening Home…';
    return;
  }
  const channel = [...s.channels, ...s.dms].find((c) => c.id === ui.channel);
  $('title').textContent = channel ? channel.name : ui.channel;
  const list = s.messages[ui.channel] || [];
  const top = list.filter((m) => !m.thread_ts || m.thread_ts === m.ts);
  for (const m of top) {
    box.append(messageEl(m));
    const replies = list.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts);
    if (replies.length) {
      const t = document.createElement('div');
      t.className = 'thread';
      for (const r of replies) t.append(messageEl(r));
      box.append(t);
    }
  }
  if (atBottom) box.scrollTop = box.scrollHeight;
}
function messageEl(m) {
  const div = document.createElement('div');
  div.className = `msg${m.visibleTo ? ' ephemeral' : ''}`;
  div.dataset.ts = m.ts;
  const when = new Date(Number(m.ts.split('.')[0]) * 1000).toLocaleTimeString();
  div.innerHTML = `<div class="meta"><b>ClaimDesk</b> ${when}${m.visibleTo ? ' <span class="eph">· Only visible to you</span>' : ''}</div>`;
  const ctx = { channel: m.channel, ts: m.ts, ephemeral: !!m.visibleTo };
  if (m.blocks?.length) div.append(renderBlocks(m.blocks, ctx));
  else div.insertAdjacentHTML('beforeend', mrkdwn(m.text));
  return div;
}

async function refresh() {
  if (!ui.as) return;
  try {
    const s = await api(`state?as=${encodeURIComponent(ui.as)}`);
    ui.state = s;
    names = Object.fromEntries(s.members.map((m) => [m.id, m.name]));
    zones = Object.fromEntries(s.members.map((m) => [m.id, m.tz]));
    $('now').textContent = `Sandbox time: ${new Date(s.now).toLocaleString()}`;
    if ($('sample').options.length !== s.samples.length)
      $('sample').innerHTML = s.samples.map((f) => `<option>${esc(f)}</option>`).join('');
    renderNav(s);
    renderMessages(s);
    renderModal(s.modal);
  } catch (e) {
    toast(e.message);
  }
}
function go(channel) {
  ui.channel = channel;
  history.replaceState(null, '', `?as=${encodeURIComponent(ui.as)}&channel=${encodeURIComponent(channel)}`);
  if (channel === 'home')
    api('home', { as: ui.as }).then(
      () => setTimeout(refresh, 200),
      (e) => toast(e.message),
    );
  refresh();
}

$('composer').onsubmit = async (ev) => {
  ev.preventDefault();
  const text = $('command').value.trim();
  if (!text) return;
  toast('');
  try {
    const channel = ui.channel && ui.channel !== 'home' ? ui.channel : undefined;
    await api('command', { as: ui.as, text, channel });
    $('command').value = '';
    setTimeout(refresh, 200);
  } catch (e) {
    toast(e.message);
  }
};
$('drop').onclick = async () => {
  toast('');
  try {
    const out = await api('reply', { sample: $('sample').value, raw: $('raw').value });
    toast(out.kind === 'stored' ? '' : `Reply: ${out.kind}${out.reason ? ` (${out.reason})` : ''}`);
    $('raw').value = '';
    setTimeout(refresh, 300);
  } catch (e) {
    toast(e.message);
  }
};
for (const b of document.querySelectorAll('[data-minutes]'))
  b.onclick = async () => {
    try {
      await api('clock', { minutes: Number(b.dataset.minutes) });
      refresh();
    } catch (e) {
      toast(e.message);
    }
  };
$('as').onchange = () => {
  ui.as = $('as').value;
  ui.errors = {};
  shownModal = '';
  // Someone else's DM is not visible to the new member: open their own.
  go(!ui.channel || ui.channel.startsWith('D') || ui.channel.startsWith('G') ? `D${ui.as}` : ui.channel);
};

(async () => {
  const res = await fetch('api/members');
  const members = await res.json();
  $('as').innerHTML = members
    .map((m) => `<option value="${esc(m.id)}">${esc(m.name)} (${esc(m.roles.join(', '))})</option>`)
    .join('');
  ui.as = ui.as || members[0].id;
  $('as').value = ui.as;
  go(ui.channel || `D${ui.as}`);
  setInterval(refresh, 1000);
})();
