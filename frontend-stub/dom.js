// Small builders of page elements shared by the mentoring and programmes pages: text always
// goes in as text (textContent), never as markup.
(function () {
  'use strict';

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content == null ? '' : content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function cell(content) {
    var td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content == null ? '' : content;
    }
    return td;
  }

  function rowHeader(content) {
    var th = text('th', content);
    th.scope = 'row';
    return th;
  }

  function names(list) {
    return list.map(function (x) { return x.name; }).join(', ');
  }

  function lower(value) {
    return value ? value.toLowerCase().replace(/_/g, ' ') : '';
  }

  window.BoomerangDom = { text: text, cell: cell, rowHeader: rowHeader, names: names, lower: lower };
})();
