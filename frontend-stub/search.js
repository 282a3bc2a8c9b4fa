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
  var lastRequest = null;
  var endCursor = null;
  var shown = 0;

  var WHO = 'query($topic: String!, $filter: TeacherFilter, $first: Int, $after: String) {' +
    ' whoCanTeach(topic: $topic, filter: $filter, first: $first, after: $after) {' +
    '  totalCount pageInfo { hasNextPage endCursor } resolvedSkills { skill { name } via }' +
    '  edges { node { person { id name careerStage } score direction available activeMentorships' +
    '   mentoringCapacity professionNames institutionNames skills { skill { id name } level canTeach via } reasons } } } }';

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

  // ----- type-ahead: the shared combobox (combobox.js); a pick fills the topic -----

  var suggestions = window.BoomerangCombobox(topic, list, function (skill) {
    topic.value = skill.name;
    topic.focus();
  }, { enterSubmits: true });

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
    // The teacher's profile and "ask for mentoring" (teacher.js).
    item.appendChild(window.BoomerangTeacher.card(match));
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
    suggestions.close();
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
