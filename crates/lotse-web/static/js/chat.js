// Live chat on top of the server-rendered page: sends over the WebSocket with an id of its own (so a resend after
// a reconnect is stored once), shows messages as they arrive, reconnects with backoff and catches up from the last
// seq it has, and sends read receipts while the page is visible. Without this script the forms still work.
(function () {
  'use strict';
  // The chat is installable: its service worker keeps the last copy of each page for when the phone is offline.
  if ('serviceWorker' in navigator && location.pathname.indexOf('/chat') === 0) {
    navigator.serviceWorker.register('/chat/sw.js', { scope: '/chat' }).catch(function () { /* not essential */ });
  }
  // On the inbox list: a live notice when a client writes anywhere in the tenant.
  var live = document.getElementById('inbox-live');
  if (live && 'WebSocket' in window) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var watch = function () {
      var socket = new WebSocket(scheme + location.host + '/api/v1/chat/ws');
      socket.onmessage = function (event) {
        var data = JSON.parse(event.data);
        if (data.type === 'message' && data.sender === 'client') {
          live.hidden = false;
          document.title = '(' + (parseInt(live.dataset.count || '0', 10) + 1) + ') ' + document.title.replace(/^\(\d+\) /, '');
          live.dataset.count = String(parseInt(live.dataset.count || '0', 10) + 1);
        }
      };
      socket.onclose = function () { setTimeout(watch, 5000); };
    };
    watch();
    return;
  }
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  if (!log || !form || !('WebSocket' in window)) { return; }
  var conversation = log.dataset.conversation;
  var mine = log.dataset.mine;
  var lastSeq = parseInt(log.dataset.lastSeq || '0', 10);
  var status = document.getElementById('chat-status');
  var textarea = form.querySelector('textarea');
  var internal = form.querySelector('input[name="internal"]');
  var pending = {};
  var socket = null;
  var delay = 500;

  function newId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return 'w-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function line(seq, sender, body, sentAt, isInternal) {
    if (seq && log.querySelector('li[data-seq="' + seq + '"]')) { return; }
    var empty = document.getElementById('chat-empty');
    if (empty) { empty.remove(); }
    var li = document.createElement('li');
    li.className = (sender === mine ? 'mine' : 'theirs') + (isInternal ? ' internal' : '');
    if (seq) { li.dataset.seq = String(seq); }
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = isInternal ? (log.dataset.internalLabel || '')
      : sender === mine ? (log.dataset.meLabel || '') : (log.dataset.themLabel || '');
    var text = document.createElement('bdi');
    text.className = 'body';
    text.textContent = body;
    var time = document.createElement('time');
    time.dir = 'ltr';
    // Times are German time, as on the server-rendered lines.
    time.textContent = new Date(sentAt || Date.now())
      .toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
    li.appendChild(who); li.appendChild(document.createTextNode(' ')); li.appendChild(text);
    li.appendChild(document.createTextNode(' ')); li.appendChild(time);
    log.appendChild(li);
    return li;
  }

  function send(frame) {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify(frame)); return true; }
    return false;
  }

  function markRead() {
    if (document.visibilityState === 'visible' && lastSeq > 0) {
      send({ type: 'read', conversation_id: conversation, seq: lastSeq });
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var url = scheme + location.host + '/api/v1/chat/ws?after_seq=' + lastSeq;
    if (mine === 'staff') { url += '&conversation_id=' + encodeURIComponent(conversation); }
    socket = new WebSocket(url);
    socket.onopen = function () {
      delay = 500;
      status.textContent = '';
      // Whatever was not acknowledged before the connection broke goes again, with the same id.
      Object.keys(pending).forEach(function (id) { send(pending[id].frame); });
      markRead();
    };
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === 'ack') {
        var p = pending[data.client_msg_id];
        if (p) { p.li.dataset.seq = String(data.seq); p.li.classList.remove('sending'); delete pending[data.client_msg_id]; }
      } else if (data.type === 'message' && data.conversation_id === conversation) {
        if (data.seq > lastSeq) { lastSeq = data.seq; }
        var own = Object.keys(pending).some(function (id) { return pending[id].body === data.body && data.sender === mine; });
        if (!own) { line(data.seq, data.sender, data.body, data.sent_at, data.internal); }
        markRead();
      } else if (data.type === 'read' && data.conversation_id === conversation && data.by !== mine) {
        status.textContent = log.dataset.readLabel || '';
      }
    };
    socket.onclose = function () {
      socket = null;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }

  form.addEventListener('submit', function (event) {
    var body = textarea.value.trim();
    if (!body) { return; }
    event.preventDefault();
    var id = newId();
    var frame = { type: 'send', conversation_id: conversation, client_msg_id: id, body: body };
    if (internal && internal.checked) { frame.internal = true; }
    var li = line(0, mine, body, Date.now(), frame.internal);
    li.classList.add('sending');
    pending[id] = { frame: frame, li: li, body: body };
    send(frame);
    textarea.value = '';
    if (internal) { internal.checked = false; }
  });
  document.addEventListener('visibilitychange', markRead);
  connect();
}());
