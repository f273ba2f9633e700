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
 *   main[data-live="procedure:12 CGA *"]
 *                                    EventSource('/api/v1/events'); an event about
 *                                    one of these re-fetches the page and swaps
 *                                    <main> (not over a form being filled in),
 *                                    announced through #live-status
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

  // (d) Live updates. A page that opts in (main[data-live]) listens to the journal
  // entries its reader may read (GET /api/v1/events, already trimmed by the server) and,
  // when one is about what the page shows (an object such as procedure:12, a group code,
  // or * for anything), fetches the page again and swaps the content of <main>. It does
  // not swap while a form in <main> holds something typed or chosen, or while focus is on
  // a control there without an id to return to: it says that the page changed instead,
  // and swaps once focus leaves <main>. #live-status (role=status) reads either out.
  function startLive(served) {
    var main = document.querySelector('main[data-live]');
    var status = document.getElementById('live-status');
    if (!main || typeof EventSource === 'undefined' || typeof fetch !== 'function' ||
        typeof DOMParser === 'undefined') return;
    var wanted = main.getAttribute('data-live').split(/\s+/).filter(Boolean);
    // What <main> held as served (before this script added to it), to tell a change.
    var shown = served, source = null, busy = false, again = false, waiting = null;

    function concerns(data) {
      for (var i = 0; i < wanted.length; i++) {
        var w = wanted[i];
        if (w === '*' || w === data.object || (data.group && w === data.group)) return true;
      }
      return false;
    }

    function say(text) {
      if (!status || !text) return;
      status.textContent = '';
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    // Something the person typed or chose in <main> that a swap would wipe out.
    function edited() {
      var fields = main.querySelectorAll('input, textarea, select');
      for (var i = 0; i < fields.length; i++) {
        var f = fields[i];
        if (f.type === 'hidden' || f.type === 'submit' || f.type === 'button') continue;
        if (f.type === 'checkbox' || f.type === 'radio') {
          if (f.checked !== f.defaultChecked) return true;
        } else if (f instanceof HTMLSelectElement) {
          for (var j = 0; j < f.options.length; j++) {
            if (f.options[j].selected !== f.options[j].defaultSelected) return true;
          }
        } else if (f.value !== f.defaultValue) return true;
      }
      return false;
    }

    function focusInside() {
      var active = document.activeElement;
      return active && active !== main && main.contains(active) ? active : null;
    }

    function swap(fresh) {
      var active = focusInside();
      var x = window.scrollX, y = window.scrollY;
      main.innerHTML = fresh.innerHTML; // parsed inert: no script in it runs
      localTimes(main);
      describeFields(main);
      if (active && active.id) {
        var back = document.getElementById(active.id);
        if (back) back.focus({ preventScroll: true });
      }
      window.scrollTo(x, y);
      say(status && status.getAttribute('data-updated'));
    }

    function offer(fresh) {
      var active = focusInside();
      if (edited() || (active && !active.id)) {
        if (!waiting) say(status && status.getAttribute('data-changed'));
        waiting = fresh;
        return;
      }
      waiting = null;
      swap(fresh);
    }

    main.addEventListener('focusout', function (ev) {
      if (!waiting || (ev.relatedTarget && main.contains(ev.relatedTarget)) || edited()) return;
      var fresh = waiting;
      waiting = null;
      swap(fresh);
    });

    function refresh() {
      if (busy) { again = true; return; }
      busy = true;
      fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('main');
          if (fresh && fresh.innerHTML !== shown) { shown = fresh.innerHTML; offer(fresh); }
        })
        .catch(function () { /* the next event, or a reload, catches up */ })
        .then(function () {
          busy = false;
          if (again) { again = false; refresh(); }
        });
    }

    function open() {
      if (source) return;
      try { source = new EventSource('/api/v1/events'); } catch (e) { source = null; return; }
      source.onmessage = function (ev) {
        var data;
        try { data = JSON.parse(ev.data); } catch (e) { return; }
        if (concerns(data)) refresh();
      };
      // EventSource reconnects by itself, resuming after the last id it received.
    }

    window.addEventListener('pagehide', function () { if (source) { source.close(); source = null; } });
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
    var live = document.querySelector('main[data-live]');
    var served = live ? live.innerHTML : null;
    localTimes(document);
    describeFields(document);
    focusProblem();
    startLive(served);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
