// The coordinators' programmes page: the programmes list, creating and editing a programme
// (upsertProgramme: institutions, coordinators, rules), enrolment of the mentor pool and mentee
// cohort with person pickers (enrol, unenrol), the proposed pairs with scores, reasons and the
// unmatched mentees' reasons (proposeAssignment with locks and exclusions), publishing
// (publishAssignment: ASSIGNED mentorships) and the outcomes per origin (mentoringOutcomes).
// Plain DOM, no framework.
(function () {
  'use strict';

  var PLAN = 'id totalScore optimal pairs { mentor { id name } mentee { id name } skills { name } score direction reasons locked }'
    + ' unmatched { mentee { id name } reason }';
  // Pages of 20: the pools are long lists, and the service caps a query's cost.
  var LIST = 'query($after: String) { programmes(first: 20, after: $after) { edges { node { id name kind'
    + ' institutions { name } mentors { id } mentees { id } mentorships { id } } } pageInfo { hasNextPage endCursor } } }';
  var ONE = 'query($id: ID!) { programme(id: $id) { id name kind institutions { id name } coordinators { id name }'
    + ' mentors { id name } mentees { id name } rules { crossProfession crossInstitution maxMenteesPerMentor }'
    + ' mentorships { id origin startedOn mentor { name } mentee { name } skills { name } } pendingPlan { ' + PLAN + ' } } }';
  var INSTITUTIONS = 'query($after: String) { institutions(first: 100, after: $after) { edges { node { id name } }'
    + ' pageInfo { hasNextPage endCursor } } }';
  var PEOPLE = 'query($search: String) { people(search: $search, first: 8) { edges { node { id name } } } }';
  var SAVE = 'mutation($input: ProgrammeInput!) { upsertProgramme(input: $input) { id } }';
  var ENROL = 'mutation($programme: ID!, $person: ID!, $as: ProgrammeRole!) { enrol(programme: $programme, person: $person, as: $as) { id } }';
  var UNENROL = 'mutation($programme: ID!, $person: ID!, $as: ProgrammeRole!) { unenrol(programme: $programme, person: $person, as: $as) { id } }';
  var PROPOSE = 'mutation($programme: ID!, $lock: [PairInput!], $exclude: [PairInput!]) {'
    + ' proposeAssignment(programme: $programme, lock: $lock, exclude: $exclude) { ' + PLAN + ' } }';
  var PUBLISH = 'mutation($plan: ID!) { publishAssignment(plan: $plan) { id } }';
  var OUTCOMES = '{ mentoringOutcomes { programme programmeName origin mentorships transfersPerMentorship'
    + ' reciprocalShare confirmedShare meanRating } }';

  var statusLine = document.getElementById('programmes-status');
  var editor = document.getElementById('programme-editor');
  var idField = document.getElementById('programme-id');
  var nameField = document.getElementById('programme-name');
  var kindField = document.getElementById('programme-kind');
  var maxField = document.getElementById('programme-max');
  var crossProfession = document.getElementById('programme-cross-profession');
  var crossInstitution = document.getElementById('programme-cross-institution');
  var institutionBox = document.getElementById('programme-institutions');
  var enrolment = document.getElementById('enrolment');
  var planSection = document.getElementById('plan');
  var proposeButton = document.getElementById('propose');
  var publishButton = document.getElementById('publish');

  var me = null;
  var generation = 0;
  var current = null; // the programme open in the editor, null for a new one
  var coordinators = [];
  var plan = null;
  var excluded = [];

  function graphql(query, variables) {
    return window.BoomerangSession.graphql(query, variables);
  }

  var dom = window.BoomerangDom;
  var text = dom.text;
  var cell = dom.cell;
  var rowHeader = dom.rowHeader;
  var names = dom.names;
  var lower = dom.lower;

  function say(message, error) {
    statusLine.textContent = message || '';
    statusLine.className = error ? 'error' : '';
  }

  function button(label, describedAs, onClick, secondary) {
    var element = text('button', label, secondary ? 'secondary' : '');
    element.type = 'button';
    if (describedAs) {
      element.setAttribute('aria-label', describedAs);
    }
    element.addEventListener('click', onClick);
    return element;
  }

  function percent(share) {
    return Math.round(share * 100) + ' %';
  }

  function fill(tableId, rows, emptyId) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.textContent = '';
    rows.forEach(function (row) { body.appendChild(row); });
    if (emptyId) {
      document.getElementById(emptyId).hidden = rows.length !== 0;
      document.getElementById(tableId).hidden = rows.length === 0;
    }
  }

  // Every page of a paged list, in order.
  function all(query, field, after, found) {
    return graphql(query, { after: after }).then(function (data) {
      var page = data[field];
      var so = (found || []).concat(page.edges.map(function (e) { return e.node; }));
      return page.pageInfo.hasNextPage ? all(query, field, page.pageInfo.endCursor, so) : so;
    });
  }

  function failed(error) {
    say(error.message, true);
  }

  function isCoordinator() {
    return me && me.roles.some(function (r) { return r === 'COORDINATOR' || r === 'ADMIN'; });
  }

  // ----- the list -----

  function loadList() {
    var mine = generation;
    return all(LIST, 'programmes').then(function (programmes) {
      if (mine !== generation) {
        return;
      }
      fill('programmes-table', programmes.map(function (p) {
        var row = document.createElement('tr');
        row.dataset.programme = p.id;
        row.appendChild(rowHeader(p.name));
        row.appendChild(cell(lower(p.kind)));
        row.appendChild(cell(names(p.institutions)));
        row.appendChild(cell(String(p.mentors.length)));
        row.appendChild(cell(String(p.mentees.length)));
        row.appendChild(cell(String(p.mentorships.length)));
        row.appendChild(cell(button('Open', 'Open ' + p.name, function () {
          open(p.id).catch(failed);
        }, true)));
        return row;
      }), 'programmes-empty');
    });
  }

  // ----- the editor -----

  function renderInstitutions(chosen) {
    var mine = generation;
    return all(INSTITUTIONS, 'institutions').then(function (institutions) {
      if (mine !== generation) {
        return;
      }
      institutionBox.querySelectorAll('label').forEach(function (l) { l.remove(); });
      institutions.sort(function (a, b) { return a.name.localeCompare(b.name); });
      institutions.forEach(function (institution) {
        var label = document.createElement('label');
        label.className = 'check';
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = institution.id;
        box.checked = chosen.indexOf(institution.id) >= 0;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + institution.name));
        institutionBox.appendChild(label);
      });
    });
  }

  function renderCoordinators() {
    fill('programme-coordinators', coordinators.map(function (person) {
      var row = document.createElement('tr');
      row.appendChild(rowHeader(person.name));
      row.appendChild(cell(button('Remove', 'Remove ' + person.name + ' as coordinator', function () {
        coordinators = coordinators.filter(function (c) { return c.id !== person.id; });
        renderCoordinators();
      }, true)));
      return row;
    }));
  }

  function edit(programme) {
    current = programme;
    idField.value = programme ? programme.id : '';
    idField.readOnly = !!programme;
    nameField.value = programme ? programme.name : '';
    kindField.value = programme ? programme.kind : 'REVERSE';
    maxField.value = programme ? String(programme.rules.maxMenteesPerMentor) : '1';
    crossProfession.checked = programme ? programme.rules.crossProfession : false;
    crossInstitution.checked = programme ? programme.rules.crossInstitution : false;
    coordinators = programme ? programme.coordinators.slice()
      : (me.person ? [{ id: me.person.id, name: me.person.name }] : []);
    renderCoordinators();
    editor.hidden = false;
    document.getElementById('programme-editor-heading').textContent = programme ? programme.name : 'New programme';
    return renderInstitutions(programme ? programme.institutions.map(function (i) { return i.id; }) : []);
  }

  function open(id) {
    var mine = generation;
    return graphql(ONE, { id: id }).then(function (data) {
      if (mine !== generation) {
        return null;
      }
      if (!data.programme) {
        say('There is no programme ' + id + '.', true);
        return null;
      }
      var programme = data.programme;
      showEnrolment(programme);
      showMentorships(programme);
      excluded = [];
      showPlan(programme.pendingPlan);
      enrolment.hidden = false;
      planSection.hidden = false;
      // Others may look; only those who run programmes get the controls (the API refuses the rest).
      document.querySelectorAll('.runs-only').forEach(function (element) {
        element.hidden = !isCoordinator();
      });
      return edit(programme);
    });
  }

  document.getElementById('new-programme').addEventListener('click', function () {
    document.querySelectorAll('.runs-only').forEach(function (element) {
      element.hidden = false;
    });
    enrolment.hidden = true;
    planSection.hidden = true;
    edit(null).then(function () {
      editor.focus();
    }).catch(failed);
  });

  document.getElementById('programme-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var max = Number(maxField.value);
    var institutions = Array.prototype.map.call(institutionBox.querySelectorAll('input:checked'),
      function (box) { return box.value; });
    var problem = !idField.value.trim() ? ['Id: give the programme an id.', idField]
      : !nameField.value.trim() ? ['Name: give the programme a name.', nameField]
        : (!Number.isInteger(max) || max < 1 || max > 20) ? ['Most mentees per mentor: a whole number from 1 to 20.', maxField]
          : !institutions.length ? ['Institutions: tick at least one.', institutionBox.querySelector('input') || idField]
            : !coordinators.length ? ['Coordinators: add at least one.', document.getElementById('add-coordinator')] : null;
    if (problem) {
      say(problem[0], true);
      problem[1].focus();
      return;
    }
    var input = {
      id: idField.value.trim(),
      name: nameField.value.trim(),
      kind: kindField.value,
      institutions: institutions,
      coordinators: coordinators.map(function (c) { return c.id; }),
      rules: { crossProfession: crossProfession.checked, crossInstitution: crossInstitution.checked, maxMenteesPerMentor: max }
    };
    say('Saving…');
    graphql(SAVE, { input: input }).then(function (data) {
      say('Saved ' + input.name + '.');
      return Promise.all([loadList(), open(data.upsertProgramme.id)]);
    }).catch(failed);
  });

  // ----- person pickers -----

  function people(prefix) {
    return graphql(PEOPLE, { search: prefix.trim() }).then(function (data) {
      return data.people.edges.map(function (e) { return e.node; });
    });
  }

  function picker(id, onChoose) {
    window.BoomerangCombobox(document.getElementById(id), document.getElementById(id + '-suggestions'), onChoose,
      { source: people });
  }

  picker('add-coordinator', function (person) {
    if (!coordinators.some(function (c) { return c.id === person.id; })) {
      coordinators.push(person);
      renderCoordinators();
    }
    say(person.name + ' added as coordinator (not saved yet).');
  });

  function enrol(person, role, removing) {
    return graphql(removing ? UNENROL : ENROL, { programme: current.id, person: person.id, as: role }).then(function () {
      say((removing ? 'Took ' : 'Enrolled ') + person.name + (removing ? ' out of ' : ' in ')
        + (role === 'MENTOR' ? 'the mentor pool.' : 'the mentee cohort.'));
      return Promise.all([open(current.id), loadList()]);
    }).catch(failed);
  }

  picker('add-mentor', function (person) { enrol(person, 'MENTOR'); });
  picker('add-mentee', function (person) { enrol(person, 'MENTEE'); });

  function enrolled(tableId, list, role) {
    fill(tableId, list.map(function (person) {
      var row = document.createElement('tr');
      row.dataset.person = person.id;
      row.appendChild(rowHeader(person.name));
      row.appendChild(cell(button('Remove', 'Remove ' + person.name + (role === 'MENTOR' ? ' from the mentor pool' : ' from the mentee cohort'),
        function () { enrol(person, role, true); }, true)));
      return row;
    }));
  }

  function showEnrolment(programme) {
    enrolled('mentor-pool', programme.mentors, 'MENTOR');
    enrolled('mentee-cohort', programme.mentees, 'MENTEE');
  }

  function showMentorships(programme) {
    fill('programme-mentorships', programme.mentorships.map(function (m) {
      var row = document.createElement('tr');
      row.appendChild(rowHeader(m.mentee ? m.mentee.name : 'someone erased'));
      row.appendChild(cell(m.mentor ? m.mentor.name : 'someone erased'));
      row.appendChild(cell(names(m.skills)));
      row.appendChild(cell(m.origin === 'ASSIGNED' ? 'assigned' : 'self-identified'));
      row.appendChild(cell(m.startedOn));
      return row;
    }));
    document.getElementById('programme-mentorships').hidden = programme.mentorships.length === 0;
  }

  // ----- the plan -----

  function pairKey(pair) {
    return pair.mentor + ' ' + pair.mentee;
  }

  function locks() {
    return Array.prototype.map.call(document.querySelectorAll('#plan-pairs input[type=checkbox]:checked'),
      function (box) { return { mentor: box.dataset.mentor, mentee: box.dataset.mentee }; });
  }

  function showPlan(shown) {
    plan = shown;
    proposeButton.textContent = plan ? 'Propose again' : 'Propose pairs';
    publishButton.hidden = !plan || plan.pairs.length === 0;
    document.getElementById('plan-summary').textContent = plan
      ? plan.pairs.length + (plan.pairs.length === 1 ? ' pair' : ' pairs') + ', total score '
        + plan.totalScore.toFixed(2) + (plan.optimal ? ' (the best possible under the rules)' : '')
        + (plan.unmatched.length ? '; ' + plan.unmatched.length + ' without a mentor' : '') + '.'
      : '';
    var pairs = plan ? plan.pairs : [];
    fill('plan-pairs', pairs.map(function (pair) {
      var row = document.createElement('tr');
      row.dataset.mentor = pair.mentor.id;
      row.dataset.mentee = pair.mentee.id;
      row.appendChild(rowHeader(pair.mentee.name));
      row.appendChild(cell(pair.mentor.name));
      row.appendChild(cell(names(pair.skills)));
      row.appendChild(cell(pair.score.toFixed(2)));
      row.appendChild(cell(lower(pair.direction)));
      var reasons = document.createElement('ul');
      reasons.className = 'reasons';
      pair.reasons.forEach(function (r) { reasons.appendChild(text('li', r)); });
      row.appendChild(cell(reasons));
      var lock = document.createElement('input');
      lock.type = 'checkbox';
      lock.checked = pair.locked;
      lock.dataset.mentor = pair.mentor.id;
      lock.dataset.mentee = pair.mentee.id;
      lock.setAttribute('aria-label', 'Lock ' + pair.mentor.name + ' with ' + pair.mentee.name);
      row.appendChild(cell(lock));
      row.appendChild(cell(button('Exclude', 'Exclude ' + pair.mentor.name + ' with ' + pair.mentee.name, function () {
        excluded.push({ mentor: pair.mentor.id, mentee: pair.mentee.id, names: pair.mentor.name + ' with ' + pair.mentee.name });
        propose();
      }, true)));
      return row;
    }));
    document.getElementById('plan-pairs').hidden = pairs.length === 0;
    var unmatched = plan ? plan.unmatched : [];
    fill('plan-unmatched', unmatched.map(function (u) {
      var row = document.createElement('tr');
      row.dataset.mentee = u.mentee.id;
      row.appendChild(rowHeader(u.mentee.name));
      row.appendChild(cell(u.reason));
      return row;
    }));
    document.getElementById('plan-unmatched').hidden = unmatched.length === 0;
    document.getElementById('plan-excluded').textContent = excluded.length
      ? 'Left out: ' + excluded.map(function (e) { return e.names; }).join('; ') + '.' : '';
  }

  function propose() {
    var lock = locks().filter(function (l) {
      return !excluded.some(function (e) { return pairKey(e) === pairKey(l); });
    });
    var exclude = excluded.map(function (e) { return { mentor: e.mentor, mentee: e.mentee }; });
    say('Proposing…');
    proposeButton.disabled = true;
    return graphql(PROPOSE, { programme: current.id, lock: lock, exclude: exclude }).then(function (data) {
      showPlan(data.proposeAssignment);
      say('Proposed ' + data.proposeAssignment.pairs.length + ' pairs.');
    }).catch(failed).then(function () {
      proposeButton.disabled = false;
    });
  }

  proposeButton.addEventListener('click', propose);

  publishButton.addEventListener('click', function () {
    if (!plan) {
      return;
    }
    publishButton.disabled = true;
    graphql(PUBLISH, { plan: plan.id }).then(function (data) {
      say('Published: ' + data.publishAssignment.length + ' assigned mentorships started.');
      excluded = [];
      return Promise.all([open(current.id), loadList(), loadOutcomes()]);
    }).catch(failed).then(function () {
      publishButton.disabled = false;
    });
  });

  // ----- outcomes -----

  function loadOutcomes() {
    var mine = generation;
    var section = document.getElementById('outcomes');
    return graphql(OUTCOMES, {}).then(function (data) {
      if (mine !== generation) {
        return;
      }
      fill('outcomes-table', data.mentoringOutcomes.map(function (o) {
        var row = document.createElement('tr');
        row.appendChild(rowHeader(o.programme ? (o.programmeName || o.programme) : 'outside any programme'));
        row.appendChild(cell(o.origin === 'ASSIGNED' ? 'assigned' : 'self-identified'));
        row.appendChild(cell(String(o.mentorships)));
        row.appendChild(cell(o.transfersPerMentorship.toFixed(1)));
        row.appendChild(cell(percent(o.reciprocalShare)));
        row.appendChild(cell(percent(o.confirmedShare)));
        row.appendChild(cell(o.meanRating == null ? '–' : o.meanRating.toFixed(1)));
        return row;
      }), 'outcomes-empty');
    }).catch(function () {
      // Only coordinators, admins and readers see outcomes.
      section.hidden = true;
    });
  }

  document.addEventListener('boomerang-session', function (event) {
    generation++;
    me = event.detail.me;
    current = null;
    plan = null;
    excluded = [];
    editor.hidden = true;
    enrolment.hidden = true;
    planSection.hidden = true;
    say('');
    ['programmes-table', 'outcomes-table', 'mentor-pool', 'mentee-cohort', 'plan-pairs', 'plan-unmatched'].forEach(function (id) {
      document.querySelector('#' + id + ' tbody').textContent = '';
    });
    if (!event.detail.signedIn) {
      return;
    }
    document.getElementById('new-programme').hidden = !isCoordinator();
    if (!isCoordinator()) {
      say('Programmes are run by coordinators: sign in with the coordinator role to create one or assign pairs.');
    }
    loadList().catch(failed);
    loadOutcomes();
  });
}());
