// The "who can teach me" page: type-ahead over suggestSkills, then whoCanTeach asked as the
// signed-in person (sign-in.js) with filters, paged with cursors. Plain DOM, no framework, no
// network but /graphql.
(function () {
  'use strict';

  var PAGE = 10;
  var form = document.getElementById('search');
  var topic = document.getElementById('topic');
  var list = document.getElementById('topic-suggestions');
  var statusLine = document.getElementById('status');
  var resolvedLine = document.getElementById('resolved');
  var results = document.getElementById('results');
  var more = document.getElementById('more');
  var active = -1;
  var suggestTimer = null;
  var suggestSeq = 0;
  var lastRequest = null;
  var endCursor = null;
  var shown = 0;

  var SUGGEST = 'query($prefix: String!) { suggestSkills(prefix: $prefix, first: 8) { id name aliases } }';
  var WHO = 'query($topic: String!, $filter: TeacherFilter, $first: Int, $after: String) {' +
    ' whoCanTeach(topic: $topic, filter: $filter, first: $first, after: $after) {' +
    '  totalCount pageInfo { hasNextPage endCursor } resolvedSkills { skill { name } via }' +
    '  edges { node { person { id name careerStage } score direction available activeMentorships' +
    '   mentoringCapacity professionNames institutionNames skills { skill { name } level via } reasons } } } }';

  function graphql(query, variables) {
    return window.BoomerangSession.graphql(query, variables);
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  // ----- type-ahead (ARIA combobox with a listbox) -----

  function closeSuggestions() {
    list.hidden = true;
    list.textContent = '';
    topic.setAttribute('aria-expanded', 'false');
    topic.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) {
      return;
    }
    active = (index + options.length) % options.length;
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === active ? 'true' : 'false');
    });
    topic.setAttribute('aria-activedescendant', options[active].id);
  }

  function choose(option) {
    topic.value = option.dataset.name;
    closeSuggestions();
    topic.focus();
  }

  function suggest() {
    var prefix = topic.value;
    var seq = ++suggestSeq;
    if (!prefix.trim() || prefix.length > 200) {
      closeSuggestions();
      return;
    }
    graphql(SUGGEST, { prefix: prefix }).then(function (data) {
      if (seq !== suggestSeq) {
        return; // a later keystroke already asked again
      }
      list.textContent = '';
      data.suggestSkills.forEach(function (skill, i) {
        var option = text('li', skill.name);
        option.id = 'suggestion-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.name = skill.name;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(option);
        });
        list.appendChild(option);
      });
      var any = data.suggestSkills.length > 0;
      list.hidden = !any;
      topic.setAttribute('aria-expanded', any ? 'true' : 'false');
      active = -1;
    }).catch(closeSuggestions);
  }

  topic.addEventListener('input', function () {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 120);
  });

  topic.addEventListener('keydown', function (event) {
    var open = !list.hidden;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight(active + 1);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(list.querySelectorAll('[role=option]')[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeSuggestions();
    }
  });

  topic.addEventListener('blur', function () {
    setTimeout(closeSuggestions, 100);
  });

  // ----- search -----

  function value(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : v;
  }

  function checked(id) {
    return document.getElementById(id).checked ? true : null;
  }

  function request() {
    var filter = {
      institution: value('institution'),
      profession: value('profession'),
      minLevel: value('minLevel') ? Number(value('minLevel')) : null,
      otherProfessionsOnly: checked('otherProfessionsOnly'),
      reverseOnly: checked('reverseOnly'),
      includeFull: checked('includeFull')
    };
    // No asker: the service asks as the signed-in person.
    return { topic: topic.value.trim(), filter: filter, first: PAGE };
  }

  function stage(name) {
    return name ? name.toLowerCase().replace('_', ' ') : '';
  }

  function render(match) {
    var item = document.createElement('li');
    item.className = 'match';
    item.appendChild(text('h3', match.person.name));
    var facts = document.createElement('ul');
    facts.className = 'facts';
    facts.setAttribute('aria-label', 'About ' + match.person.name);
    if (match.professionNames.length) {
      facts.appendChild(text('li', match.professionNames.join(', '), 'profession'));
    }
    if (match.institutionNames.length) {
      facts.appendChild(text('li', match.institutionNames.join(', '), 'institution'));
    }
    facts.appendChild(text('li', 'Career stage: ' + stage(match.person.careerStage), 'stage'));
    if (match.direction) {
      facts.appendChild(text('li', 'Direction: ' + match.direction.toLowerCase(), 'direction'));
    }
    facts.appendChild(match.available
      ? text('li', 'Available (' + (match.mentoringCapacity - match.activeMentorships) + ' of ' + match.mentoringCapacity + ' places free)', 'available')
      : text('li', 'No free mentoring place', 'unavailable'));
    item.appendChild(facts);
    var reasons = document.createElement('ul');
    reasons.className = 'reasons';
    reasons.setAttribute('aria-label', 'Why ' + match.person.name);
    match.reasons.forEach(function (reason) {
      reasons.appendChild(text('li', reason));
    });
    item.appendChild(reasons);
    return item;
  }

  function run(after) {
    var variables = Object.assign({}, lastRequest, { after: after });
    statusLine.className = '';
    statusLine.textContent = 'Searching…';
    graphql(WHO, variables).then(function (data) {
      var answer = data.whoCanTeach;
      if (!after) {
        results.textContent = '';
        shown = 0;
        var skills = answer.resolvedSkills.slice(0, 5).map(function (hit) { return hit.skill.name; });
        resolvedLine.textContent = skills.length ? 'Read as: ' + skills.join(', ') : '';
      }
      answer.edges.forEach(function (edge) {
        results.appendChild(render(edge.node));
      });
      shown += answer.edges.length;
      endCursor = answer.pageInfo.endCursor;
      more.hidden = !answer.pageInfo.hasNextPage;
      statusLine.textContent = answer.totalCount === 0
        ? 'Nobody matches yet: try other words, or fewer filters.'
        : answer.totalCount + (answer.totalCount === 1 ? ' teacher' : ' teachers') + ' found; showing ' + shown + '.';
    }).catch(function (error) {
      statusLine.className = 'error';
      statusLine.textContent = error.message;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    closeSuggestions();
    if (!topic.value.trim()) {
      statusLine.className = 'error';
      statusLine.textContent = 'Say what you want to learn first.';
      topic.focus();
      return;
    }
    lastRequest = request();
    run(null);
  });

  // Another person's answers never stay on the page after they sign out.
  document.addEventListener('boomerang-session', function () {
    lastRequest = null;
    endCursor = null;
    results.textContent = '';
    resolvedLine.textContent = '';
    statusLine.textContent = '';
    statusLine.className = '';
    more.hidden = true;
  });

  more.addEventListener('click', function () {
    if (lastRequest && endCursor) {
      run(endCursor);
    }
  });
}());
