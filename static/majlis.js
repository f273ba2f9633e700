/*
 * Majlis — progressive enhancement. Every page works without this file.
 * Loaded as <script src="/static/majlis.js" defer>; no dependencies, no
 * inline code, no eval, so it runs under a strict Content-Security-Policy.
 *
 *   form[data-confirm="Question?"]   asks before submitting; cancels if declined
 *   time[data-local][datetime]       adds span.viewer-time (browser's own zone)
 *                                    unless a sibling span.viewer-time exists
 *   select[data-autosubmit]          submits its form on change (by the keyboard: on
 *                                    Enter, not at each arrow key)
 *   [data-live-url="/…/events"]      EventSource; on any message re-fetches the
 *                                    current URL and swaps #live-region's content
 *   input[type=file][data-fills=id]  reads the chosen text file into the
 *                                    textarea #id (which the form sends)
 *   .field > p.hint|p.help|p.field-error
 *                                    read with the field's control (aria-describedby);
 *                                    an error also marks it aria-invalid
 *   .problem[role=alert]             takes focus when the page opens, so a refused
 *                                    form is corrected from its summary
 */
(function () {
  'use strict';

  // (a) Confirmation. Delegated, so it also covers forms swapped in later and
  // forms submitted via requestSubmit() by (c).
  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm')) return;
    if (!window.confirm(form.dataset.confirm)) ev.preventDefault();
  });

  // (b) Viewer's local time next to the venue time.
  var formatter = null;
  function makeFormatter() {
    if (formatter || typeof Intl === 'undefined') return formatter;
    try {
      formatter = new Intl.DateTimeFormat(undefined,
        { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' });
    } catch (e) {
      // ECMA-402 forbids timeZoneName together with dateStyle/timeStyle in
      // current engines; fall back to the equivalent explicit fields.
      try {
        formatter = new Intl.DateTimeFormat(undefined, {
          year: 'numeric', month: 'short', day: 'numeric',
          hour: 'numeric', minute: '2-digit', timeZoneName: 'short'
        });
      } catch (e2) { formatter = null; }
    }
    return formatter;
  }

  function hasViewerSibling(el) {
    var parent = el.parentNode;
    if (!parent) return true;
    for (var c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== el && c.tagName === 'SPAN' && c.classList.contains('viewer-time')) return true;
    }
    return false;
  }

  function localTimes(root) {
    var fmt = makeFormatter();
    if (!fmt) return;
    var nodes = root.querySelectorAll('time[data-local][datetime]');
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      if (hasViewerSibling(el)) continue;
      var when = new Date(el.getAttribute('datetime'));
      if (isNaN(when.getTime())) continue;
      var span = document.createElement('span');
      span.className = 'viewer-time';
      try { span.textContent = fmt.format(when); } catch (e) { continue; }
      el.parentNode.insertBefore(span, el.nextSibling);
    }
  }

  // (c) Auto-submitting selects. requestSubmit() fires the submit event (so
  // data-confirm applies) and runs constraint validation; submit() does not.
  // On a closed list the arrow keys (and typing) change the choice one step at a
  // time: that is looking, not choosing, so it submits nothing (WCAG 3.2.2); Enter
  // submits, as does the form's own button.
  function autosubmitting(el) {
    return el instanceof HTMLSelectElement && el.hasAttribute('data-autosubmit') && el.form;
  }
  function submitOf(el) {
    if (typeof el.form.requestSubmit === 'function') el.form.requestSubmit();
    else el.form.submit();
  }
  var browsing = null; // the select whose choice the keyboard is moving through
  document.addEventListener('keydown', function (ev) {
    var el = ev.target;
    if (!autosubmitting(el)) return;
    if (ev.key === 'Enter') {
      if (browsing === el) { ev.preventDefault(); browsing = null; submitOf(el); }
    } else if (/^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/.test(ev.key) && !ev.altKey) {
      browsing = el;
    } else if (ev.key.length === 1 && ev.key !== ' ' && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      browsing = el;
    }
  });
  document.addEventListener('focusout', function (ev) {
    if (ev.target === browsing) browsing = null;
  });
  document.addEventListener('mousedown', function (ev) {
    if (ev.target === browsing) browsing = null; // a choice from the opened list is a choice
  });
  document.addEventListener('change', function (ev) {
    var el = ev.target;
    if (!autosubmitting(el) || browsing === el) return;
    submitOf(el);
  });

  // (d) Live updates of #live-region.
  function startLive() {
    var source = document.querySelector('[data-live-url]');
    if (!source || typeof EventSource === 'undefined' || typeof fetch !== 'function') return;
    var url = source.getAttribute('data-live-url');
    var es = null, busy = false, again = false;

    function refresh() {
      if (busy) { again = true; return; }
      busy = true;
      fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-region');
          var here = document.getElementById('live-region');
          if (!fresh || !here) return;
          here.innerHTML = fresh.innerHTML; // parsed inert: no scripts run
          localTimes(here);
        })
        .catch(function () { /* ignore: the next message or a reload will catch up */ })
        .then(function () {
          busy = false;
          if (again) { again = false; refresh(); }
        });
    }

    function open() {
      if (es) return;
      try { es = new EventSource(url); } catch (e) { es = null; return; }
      es.onmessage = refresh;
      es.onerror = function () { /* the browser reconnects on its own */ };
    }

    window.addEventListener('pagehide', function () { if (es) { es.close(); es = null; } });
    window.addEventListener('pageshow', function (ev) { if (ev.persisted) { open(); refresh(); } });
    open();
  }

  // (e) A text file chosen is read into the textarea the form sends, so a form without
  // multipart encoding still takes a file; pasting works with scripts off.
  document.addEventListener('change', function (ev) {
    var input = ev.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.fills) return;
    var target = document.getElementById(input.dataset.fills);
    var file = input.files && input.files[0];
    if (!target || !file || typeof FileReader === 'undefined') return;
    var reader = new FileReader();
    reader.onload = function () { target.value = String(reader.result); };
    reader.readAsText(file);
  });

  // (f) A field's hint and error are read out with its control, not only seen beside it.
  // Without this file the page still reads in order: label, control, hint, error.
  function describeFields(root) {
    var fields = root.querySelectorAll('div.field');
    for (var i = 0; i < fields.length; i++) {
      var controls = fields[i].querySelectorAll('input:not([type=hidden]), select, textarea');
      if (controls.length !== 1) continue;
      var control = controls[0];
      var notes = fields[i].querySelectorAll('p.hint, p.help, p.field-error');
      var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      for (var j = 0; j < notes.length; j++) {
        if (!notes[j].id) notes[j].id = (control.id || 'field-' + i) + '-note-' + j;
        if (ids.indexOf(notes[j].id) < 0) ids.push(notes[j].id);
        if (notes[j].classList.contains('field-error')) control.setAttribute('aria-invalid', 'true');
      }
      if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    }
  }

  // (g) After a refused form the summary of what to correct takes focus: the next Tab
  // reaches its first link, which leads to the field.
  function focusProblem() {
    var summary = document.querySelector('.problem[role=alert]');
    if (!summary || document.activeElement !== document.body) return;
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }

  function init() {
    localTimes(document);
    describeFields(document);
    focusProblem();
    startLive();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
