/*
 * The book's client-side behaviour, no library: copy buttons on code listings, callout badges,
 * marks on output lines that vary between runs, a collapsible table of contents on phones, and a
 * search over window.BOOK_SEARCH (written by the renderer into assets/search-index.js).
 */
(function () {
  'use strict';

  var SMALL_SCREEN = window.matchMedia('(max-width: 767px)');

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
        conum.setAttribute('aria-label', 'callout ' + number);
        conum.textContent = '';
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
    document.querySelectorAll('.listingblock > .content').forEach(function (content) {
      var pre = content.querySelector('pre');
      if (!pre || content.querySelector('.copy-button')) {
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
      content.appendChild(button);
    });
  }

  /* Output panels: lines that vary between runs get a tooltip, and the panel a legend. */
  function markVaryingLines() {
    document.querySelectorAll('.verified-output').forEach(function (panel) {
      var varying = panel.querySelectorAll('.line.varies');
      if (!varying.length) {
        return;
      }
      varying.forEach(function (line) {
        line.setAttribute('title', 'varies between runs');
      });
      var legend = element('p', { 'class': 'varies-legend' });
      legend.appendChild(element('span', { 'class': 'varies-marker', 'aria-hidden': 'true' }));
      legend.appendChild(document.createTextNode(
        varying.length === 1 ? 'The marked line varies between runs.' : 'Marked lines vary between runs.'));
      (panel.querySelector('.content') || panel).appendChild(legend);
    });
  }

  /* Phones: the table of contents sits above the text, folded until asked for. */
  function foldableToc() {
    var toc = document.getElementById('toc');
    var title = document.getElementById('toctitle');
    if (!toc || !title) {
      return;
    }
    var list = toc.querySelector('ul');
    if (!list) {
      return;
    }
    if (!list.id) {
      list.id = 'toc-list';
    }
    var button = element('button', { type: 'button', 'class': 'toc-toggle', 'aria-controls': list.id }, 'On this page');
    title.textContent = '';
    title.appendChild(button);
    function show(open) {
      toc.classList.toggle('folded', !open);
      button.setAttribute('aria-expanded', String(open));
    }
    show(!SMALL_SCREEN.matches);
    button.addEventListener('click', function () {
      if (SMALL_SCREEN.matches) {
        show(toc.classList.contains('folded'));
      }
    });
    list.addEventListener('click', function (event) {
      if (SMALL_SCREEN.matches && event.target.closest('a')) {
        show(false);
      }
    });
    SMALL_SCREEN.addEventListener('change', function () {
      show(!SMALL_SCREEN.matches);
    });
  }

  /* The book's title, linking home, above the table of contents of every page but the home page. */
  function homeLink(index) {
    var toc = document.getElementById('toc');
    var page = location.pathname.split('/').pop() || 'index.html';
    if (!toc || !index || page === 'index.html') {
      return;
    }
    var home = index.pages.filter(function (entry) {
      return entry.href === 'index.html';
    })[0];
    if (home) {
      toc.insertBefore(element('a', { 'class': 'book-home', href: 'index.html' }, home.title), toc.firstChild);
    }
  }

  /* Search: every word of the query must occur in a section's title, page title or text. */
  function prepare(index) {
    return index.entries.map(function (entry, order) {
      return {
        entry: entry,
        order: order,
        page: (entry.page || '').toLowerCase(),
        section: (entry.section || '').toLowerCase(),
        text: (entry.text || '').toLowerCase()
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

  function find(prepared, query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (word) {
      return word.length > 0;
    });
    if (!words.length) {
      return [];
    }
    var hits = [];
    prepared.forEach(function (candidate) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var inSection = candidate.section.indexOf(word) >= 0;
        var inPage = candidate.page.indexOf(word) >= 0;
        var inText = occurrences(candidate.text, word);
        if (!inSection && !inPage && !inText) {
          return;
        }
        score += (inSection ? 12 : 0) + (inPage ? 3 : 0) + inText;
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
    var pattern = new RegExp('(' + words.map(escapeRegExp).join('|') + ')', 'gi');
    return text.split(pattern).map(function (part, i) {
      return i % 2 === 1 ? '<mark>' + escapeHtml(part) + '</mark>' : escapeHtml(part);
    }).join('');
  }

  function snippet(text, words) {
    var lower = text.toLowerCase();
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

  function searchBox(index) {
    if (!index || !index.entries) {
      return;
    }
    var prepared = prepare(index);
    var box = element('div', { 'class': 'book-search', role: 'search' });
    var label = element('label', { 'for': 'book-search-input', 'class': 'visually-hidden' }, 'Search the book');
    var input = element('input', {
      id: 'book-search-input', type: 'search', placeholder: 'Search the book', autocomplete: 'off',
      spellcheck: 'false', 'aria-controls': 'book-search-results', 'aria-describedby': 'book-search-status'
    });
    var status = element('p', { id: 'book-search-status', 'class': 'search-status', 'aria-live': 'polite' });
    var results = element('ol', { id: 'book-search-results', 'class': 'search-results' });
    status.hidden = true;
    results.hidden = true;
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    box.appendChild(results);

    var toc = document.getElementById('toc');
    var header = document.getElementById('header');
    if (toc) {
      var title = document.getElementById('toctitle');
      toc.insertBefore(box, title || toc.firstChild);
    } else if (header) {
      var heading = header.querySelector('h1');
      header.insertBefore(box, heading ? heading.nextSibling : header.firstChild);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
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

    input.addEventListener('input', render);
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
    var index = window.BOOK_SEARCH;
    tidyCallouts();
    addCopyButtons();
    markVaryingLines();
    homeLink(index);
    searchBox(index);
    foldableToc();
    document.documentElement.classList.add('js');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
