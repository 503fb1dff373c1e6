/*
 * The book's client-side behaviour, no library: copy buttons on code listings, callout badges,
 * code that scrolls sideways reachable by keyboard, the contents opened and closed on phones, the
 * current section marked in the sidebar as the reader scrolls, arrow keys that turn pages, and a
 * search over window.BOOK_SEARCH (written by the renderer into assets/search-index.js, loaded on first use).
 * The markup (sidebar, search box, legends) comes with the page: nothing here moves what is shown.
 */
(function () {
  'use strict';

  var SMALL_SCREEN = window.matchMedia('(max-width: 767px)');

  /* The search index sits beside this script and loads when the reader first turns to the search box. */
  var INDEX_URL = ((document.currentScript && document.currentScript.src) || 'assets/book.js')
    .replace(/book\.js(\?.*)?$/, 'search-index.js');

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* Callouts: <b class="conum">(1)</b> becomes a round badge showing 1. */
  function tidyCallouts() {
    document.querySelectorAll('b.conum').forEach(function (conum) {
      var number = conum.textContent.replace(/[^0-9]/g, '');
      if (number) {
        conum.setAttribute('data-value', number);
        conum.textContent = number;
      }
    });
  }

  /* Code, tables and timelines wider than their box scroll sideways: a keyboard reaches them, and a screen reader hears what they are. */
  function focusableScrollingBlocks() {
    var count = 0;
    /* All widths are read first, then attributes written: reads between writes would lay the long page out again each time. */
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.listingblock pre, .literalblock pre, table.tableblock, .timeline-scroll'));
    var scrolls = boxes.map(function (box) {
      return box.scrollWidth > box.clientWidth + 1;
    });
    boxes.forEach(function (box, i) {
      if (scrolls[i]) {
        var block = box.closest('.listingblock, .literalblock, .tableblock, .timeline-panel');
        var title = block && block.querySelector(':scope > .title, :scope > caption');
        var what = box.tagName === 'TABLE' ? 'table' : box.tagName === 'PRE' ? 'code' : 'timeline';
        count++;
        box.setAttribute('tabindex', '0');
        if (what !== 'table') {
          box.setAttribute('role', 'group');
        }
        box.setAttribute('aria-label', (title ? title.textContent.trim() : what + ' ' + count) + ', scrolls sideways');
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  /* The text a reader wants on the clipboard: the code without callout markers and their comment. */
  function codeText(pre) {
    var clone = pre.cloneNode(true);
    clone.querySelectorAll('.conum').forEach(function (conum) {
      conum.replaceWith('\u0000');
    });
    return clone.textContent.split('\n').map(function (line) {
      return line.indexOf('\u0000') < 0 ? line
        : line.replace(/\s*(\/\/|#|--|;;)?\s*\u0000/g, '').replace(/\s+$/, '');
    }).join('\n').replace(/\s+$/, '') + '\n';
  }

  function copyWithTextarea(text) {
    var area = element('textarea', { readonly: '', 'aria-hidden': 'true' });
    area.value = text;
    area.style.position = 'fixed';
    area.style.top = '-1000px';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (ignored) {
      copied = false;
    }
    area.remove();
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return copyWithTextarea(text);
      });
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  function selectContents(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function addCopyButtons() {
    document.querySelectorAll('.listingblock').forEach(function (block) {
      var pre = block.querySelector(':scope > .content > pre');
      if (!pre || block.querySelector('.copy-button')) {
        return;
      }
      var button = element('button', { type: 'button', 'class': 'copy-button', title: 'Copy to the clipboard' }, 'Copy');
      var reset;
      button.addEventListener('click', function () {
        copy(codeText(pre)).then(function (copied) {
          button.textContent = copied ? 'Copied' : 'Press Ctrl+C';
          button.setAttribute('data-state', copied ? 'copied' : 'failed');
          if (!copied) {
            selectContents(pre);
          }
          clearTimeout(reset);
          reset = setTimeout(function () {
            button.textContent = 'Copy';
            button.removeAttribute('data-state');
          }, 2000);
        });
      });
      block.appendChild(button);
    });
  }

  /* Phones: the contents sit folded above the text (folded by the stylesheet, so nothing moves). */
  function contentsToggle() {
    var toc = document.getElementById('toc');
    var button = toc && toc.querySelector('.toc-toggle');
    if (!button) {
      return;
    }
    function show(open) {
      toc.classList.toggle('open', open);
      button.setAttribute('aria-expanded', String(open));
    }
    button.addEventListener('click', function () {
      show(!toc.classList.contains('open'));
    });
    toc.addEventListener('click', function (event) {
      if (SMALL_SCREEN.matches && event.target.closest('#toc-body a')) {
        show(false);
      }
    });
  }

  /* The sidebar marks the section being read: the last heading above the top fifth of the window. */
  function currentSection() {
    var links = {};
    document.querySelectorAll('#toc-body ul a[href^="#"]').forEach(function (link) {
      links[decodeURIComponent(link.getAttribute('href').slice(1))] = link;
    });
    var headings = Array.prototype.filter.call(
      document.querySelectorAll('#content h2[id], #content h3[id], #content .sect1 > h2, #content .sect2 > h3'),
      function (heading) {
        return heading.id && links[heading.id];
      });
    if (!headings.length) {
      return;
    }
    var marked = null;
    var pending = false;
    function update() {
      pending = false;
      var line = window.innerHeight / 5;
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) {
          current = headings[i];
        } else {
          break;
        }
      }
      var link = current ? links[current.id] : null;
      if (link === marked) {
        return;
      }
      if (marked) {
        marked.classList.remove('current');
        marked.removeAttribute('aria-current');
      }
      if (link) {
        link.classList.add('current');
        link.setAttribute('aria-current', 'location');
      }
      marked = link;
    }
    window.addEventListener('scroll', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }

  /* Left and right arrow keys turn to the previous and next chapter, unless the reader is typing or scrolling code. */
  function arrowKeysTurnPages() {
    document.addEventListener('keydown', function (event) {
      if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || event.altKey || event.ctrlKey
        || event.metaKey || event.shiftKey || event.defaultPrevented) {
        return;
      }
      var active = document.activeElement;
      if (active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable
        || active.closest('pre, table, .search-results'))) {
        return;
      }
      var link = document.querySelector(event.key === 'ArrowLeft' ? 'nav.book-nav a[rel=prev]' : 'nav.book-nav a[rel=next]');
      if (link) {
        event.preventDefault();
        location.href = link.href;
      }
    });
  }

  /*
   * Search: every word of the query must occur in a section's title, its page's title or its text.
   * A title that has the word as a word ("Mutex" for "mutex") ranks above one that only contains it
   * ("RWMutex"), a title above the text, and a page's own entry above its sections.
   */
  function fold(text) {
    return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  }

  function prepare(index) {
    return index.entries.map(function (entry, order) {
      return {
        entry: entry,
        order: order,
        top: entry.section === entry.page,
        page: fold(entry.page || ''),
        section: fold(entry.section || ''),
        text: fold(entry.text || '')
      };
    });
  }

  function occurrences(haystack, needle) {
    var count = 0;
    var at = haystack.indexOf(needle);
    while (at >= 0 && count < 20) {
      count++;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return count;
  }

  /* 3 when the title has the word as a whole word, 2 at the start of a word, 1 inside one, 0 not at all. */
  function titleMatch(title, word) {
    var best = 0;
    var at = title.indexOf(word);
    while (at >= 0 && best < 3) {
      var before = at === 0 || !/[a-z0-9]/.test(title.charAt(at - 1));
      var after = at + word.length >= title.length || !/[a-z0-9]/.test(title.charAt(at + word.length));
      best = Math.max(best, before ? (after ? 3 : 2) : 1);
      at = title.indexOf(word, at + 1);
    }
    return best;
  }

  var TITLE_SCORES = [0, 10, 40, 60];

  function find(prepared, query) {
    var words = fold(query).split(/\s+/).filter(function (word) {
      return word.length > 0;
    });
    if (!words.length) {
      return [];
    }
    var phrase = words.join(' ');
    var hits = [];
    prepared.forEach(function (candidate) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var inSection = titleMatch(candidate.section, word);
        var inPage = titleMatch(candidate.page, word);
        var inText = occurrences(candidate.text, word);
        if (!inSection && !inPage && !inText) {
          return;
        }
        score += TITLE_SCORES[inSection] + TITLE_SCORES[inPage] / 4 + Math.min(inText, 10);
      }
      if (words.length > 1 && candidate.section.indexOf(phrase) >= 0) {
        score += 50;
      }
      if (candidate.top && titleMatch(candidate.page, words[0])) {
        score += 15;
      }
      hits.push({ candidate: candidate, score: score });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.candidate.order - b.candidate.order;
    });
    return hits.slice(0, 25).map(function (hit) {
      return { entry: hit.candidate.entry, words: words };
    });
  }

  function highlight(text, words) {
    var pattern = new RegExp('(' + words.map(function (word) {
      return escapeRegExp(word).replace(/'/g, "['\u2018\u2019\u02bc]");
    }).join('|') + ')', 'gi');
    return text.split(pattern).map(function (part, i) {
      return i % 2 === 1 ? '<mark>' + escapeHtml(part) + '</mark>' : escapeHtml(part);
    }).join('');
  }

  function snippet(text, words) {
    var lower = fold(text);
    var at = -1;
    words.forEach(function (word) {
      var found = lower.indexOf(word);
      if (found >= 0 && (at < 0 || found < at)) {
        at = found;
      }
    });
    if (at < 0) {
      return text.slice(0, 140) + (text.length > 140 ? '…' : '');
    }
    var start = Math.max(0, at - 50);
    var end = Math.min(text.length, at + 110);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  function searchBox() {
    var input = document.getElementById('book-search-input');
    var status = document.getElementById('book-search-status');
    var results = document.getElementById('book-search-results');
    if (!input || !status || !results) {
      return;
    }
    var box = input.closest('.book-search');
    var prepared = null;
    var waiting = [];

    /* Runs then() once window.BOOK_SEARCH (assets/search-index.js) is loaded and prepared. */
    function withIndex(then) {
      if (prepared) {
        then();
        return;
      }
      waiting.push(then);
      if (waiting.length > 1) {
        return;
      }
      function ready() {
        prepared = prepare(window.BOOK_SEARCH && window.BOOK_SEARCH.entries ? window.BOOK_SEARCH : { entries: [] });
        waiting.splice(0).forEach(function (next) {
          next();
        });
      }
      if (window.BOOK_SEARCH) {
        ready();
        return;
      }
      var script = element('script', { src: INDEX_URL });
      script.addEventListener('load', ready);
      script.addEventListener('error', function () {
        status.hidden = false;
        status.textContent = 'The search index did not load.';
      });
      document.head.appendChild(script);
    }

    function render() {
      var query = input.value.trim();
      results.textContent = '';
      if (!query) {
        results.hidden = true;
        status.hidden = true;
        box.classList.remove('searching');
        return;
      }
      var hits = find(prepared, query);
      box.classList.add('searching');
      status.hidden = false;
      status.textContent = hits.length ? hits.length + (hits.length === 25 ? '+' : '') + ' result'
        + (hits.length === 1 ? '' : 's') : 'Nothing in the book matches “' + query + '”.';
      results.hidden = hits.length === 0;
      hits.forEach(function (hit) {
        var entry = hit.entry;
        var item = element('li');
        var link = element('a', { href: entry.href });
        var where = entry.section && entry.section !== entry.page
          ? highlight(entry.page, hit.words) + ' <span class="sep" aria-hidden="true">›</span> '
            + highlight(entry.section, hit.words)
          : highlight(entry.page, hit.words);
        link.innerHTML = '<span class="result-where">' + where + '</span>'
          + '<span class="result-text">' + highlight(snippet(entry.text || '', hit.words), hit.words) + '</span>';
        item.appendChild(link);
        results.appendChild(item);
      });
    }

    input.addEventListener('focus', function () {
      withIndex(function () {});
    });
    input.addEventListener('input', function () {
      withIndex(render);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        input.value = '';
        render();
      } else if (event.key === 'Enter') {
        var first = results.querySelector('a');
        if (first) {
          event.preventDefault();
          first.click();
        }
      } else if (event.key === 'ArrowDown') {
        var top = results.querySelector('a');
        if (top) {
          event.preventDefault();
          top.focus();
        }
      }
    });
    results.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(results.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at >= 0 && at < links.length - 1) {
        event.preventDefault();
        links[at + 1].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (event.key === 'Escape') {
        input.focus();
      }
    });
    document.addEventListener('keydown', function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  function start() {
    if (document.documentElement.classList.contains('js')) {
      return;
    }
    tidyCallouts();
    addCopyButtons();
    searchBox();
    contentsToggle();
    arrowKeysTurnPages();
    /* What measures the page waits for the first paint, in a task of its own, so the long chapters show sooner. */
    window.requestAnimationFrame(function () {
      setTimeout(function () {
        focusableScrollingBlocks();
        SMALL_SCREEN.addEventListener('change', focusableScrollingBlocks);
        currentSection();
        document.documentElement.classList.add('js');
      }, 0);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
