// "My mentoring": the signed-in person's mentorship requests (received: accept or decline; sent:
// withdraw), their mentorships with the sessions recorded in them ("record a session" with
// recordTransfer, "confirm and rate" with confirmTransfer for the learner) and the people who could
// swap knowledge with them (reciprocalMatches). Every list is read again after each change.
// Plain DOM, no framework.
(function () {
  'use strict';

  var REQUEST = 'id state message note createdAt from { id name } to { id name } skills { id name }';
  var REQUESTS = '{ received: myMentorshipRequests(direction: IN, first: 50) { edges { node { ' + REQUEST + ' } } }'
    + ' sent: myMentorshipRequests(direction: OUT, first: 50) { edges { node { ' + REQUEST + ' } } } }';
  // Pages of 20: each mentorship may hold many sessions, and the service caps a query's cost.
  var MENTORSHIPS = 'query($me: ID!, $after: String) { mentorships(filter: { person: $me }, first: 20, after: $after) { edges { node {'
    + ' id origin direction startedOn endedOn active mentor { id name } mentee { id name } skills { id name }'
    + ' transfers { id on minutes format from { id name } to { id name } skill { id name }'
    + '  outcome { rating learnerConfirmed notes } } } } pageInfo { hasNextPage endCursor } } }';
  var SWAPS = '{ reciprocalMatches(first: 10) { partner { id name } teaches { name } learns { name } reasons } }';
  var RESPOND = 'mutation($id: ID!, $accept: Boolean!) { respondToMentorshipRequest(id: $id, accept: $accept) { id state } }';
  var WITHDRAW = 'mutation($id: ID!) { withdrawMentorshipRequest(id: $id) { id state } }';
  var RECORD = 'mutation($input: TransferInput!) { recordTransfer(input: $input) { id } }';
  var CONFIRM = 'mutation($id: ID!, $rating: Int, $notes: String) { confirmTransfer(id: $id, rating: $rating, notes: $notes) { id } }';
  var FORMATS = [['ONE_TO_ONE', 'One to one'], ['ONLINE', 'Online'], ['GROUP_SESSION', 'Group session'],
    ['WORKSHOP', 'Workshop']];

  var statusLine = document.getElementById('mentoring-status');
  var me = null;
  var generation = 0;
  var formCount = 0;

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

  function button(label, onClick, describedAs, secondary) {
    var element = text('button', label, secondary ? 'secondary' : '');
    element.type = 'button';
    if (describedAs) {
      element.setAttribute('aria-label', describedAs);
    }
    element.addEventListener('click', function () {
      element.disabled = true;
      onClick().catch(function (error) {
        element.disabled = false;
        say(error.message, true);
      });
    });
    return element;
  }

  function nameOf(person) {
    return person ? person.name : 'someone erased';
  }

  // A transfer id made here once per form, so that sending the same session again (a retry after
  // a lost answer) records it once.
  function newTransferId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return 'transfer:web-' + Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function fillTable(tableId, emptyId, rows) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.textContent = '';
    rows.forEach(function (row) { body.appendChild(row); });
    document.getElementById(tableId).hidden = rows.length === 0;
    document.getElementById(emptyId).hidden = rows.length !== 0;
  }

  // ----- requests -----

  function receivedRow(request) {
    var row = document.createElement('tr');
    row.dataset.request = request.id;
    row.appendChild(rowHeader(nameOf(request.from)));
    row.appendChild(cell(names(request.skills)));
    row.appendChild(cell(request.message));
    row.appendChild(cell(lower(request.state), 'state'));
    var actions = document.createElement('div');
    actions.className = 'actions';
    if (request.state === 'PENDING') {
      actions.appendChild(button('Accept', function () { return respond(request, true); },
        'Accept the request of ' + nameOf(request.from)));
      actions.appendChild(button('Decline', function () { return respond(request, false); },
        'Decline the request of ' + nameOf(request.from), true));
    }
    row.appendChild(cell(actions));
    return row;
  }

  function sentRow(request) {
    var row = document.createElement('tr');
    row.dataset.request = request.id;
    row.appendChild(rowHeader(nameOf(request.to)));
    row.appendChild(cell(names(request.skills)));
    row.appendChild(cell(request.message));
    row.appendChild(cell(lower(request.state) + (request.note ? ': ' + request.note : '')));
    row.appendChild(cell(request.state === 'PENDING'
      ? button('Withdraw', function () { return withdraw(request); }, 'Withdraw the request to ' + nameOf(request.to), true)
      : ''));
    return row;
  }

  function respond(request, accept) {
    return graphql(RESPOND, { id: request.id, accept: accept }).then(function () {
      say(accept ? 'Accepted: your mentorship with ' + nameOf(request.from) + ' has started.'
        : 'Declined the request of ' + nameOf(request.from) + '.');
      return load();
    });
  }

  function withdraw(request) {
    return graphql(WITHDRAW, { id: request.id }).then(function () {
      say('Withdrew your request to ' + nameOf(request.to) + '.');
      return load();
    });
  }

  function loadRequests(mine) {
    return graphql(REQUESTS, {}).then(function (data) {
      if (mine !== generation) {
        return;
      }
      fillTable('requests-in-table', 'requests-in-empty',
        data.received.edges.map(function (e) { return receivedRow(e.node); }));
      fillTable('requests-out-table', 'requests-out-empty',
        data.sent.edges.map(function (e) { return sentRow(e.node); }));
    });
  }

  // ----- mentorships and their sessions -----

  function labelled(labelText, control) {
    var field = document.createElement('div');
    field.className = 'field';
    var label = text('label', labelText);
    control.id = 'control-' + (++formCount);
    label.htmlFor = control.id;
    field.appendChild(label);
    field.appendChild(control);
    return field;
  }

  function selectOf(options, value) {
    var select = document.createElement('select');
    options.forEach(function (o) {
      var option = document.createElement('option');
      option.value = o[0];
      option.textContent = o[1];
      select.appendChild(option);
    });
    if (value != null) {
      select.value = value;
    }
    return select;
  }

  function confirmCell(mentorship, transfer) {
    var outcome = transfer.outcome;
    if (outcome.learnerConfirmed) {
      return text('span', 'Confirmed' + (outcome.rating ? ', rated ' + outcome.rating + ' of 5' : ''), 'confirmed');
    }
    if (!transfer.to || transfer.to.id !== me.id) {
      return text('span', 'Awaiting the learner\'s confirmation', 'hint');
    }
    var form = document.createElement('form');
    form.className = 'actions confirm';
    form.noValidate = true;
    var rating = selectOf([['5', '5 (very useful)'], ['4', '4'], ['3', '3'], ['2', '2'], ['1', '1 (not at all)']], '5');
    rating.setAttribute('aria-label', 'Rating of the session on ' + transfer.on);
    var notes = document.createElement('input');
    notes.type = 'text';
    notes.maxLength = 2000;
    notes.setAttribute('aria-label', 'Notes on the session on ' + transfer.on);
    notes.placeholder = 'Notes (optional)';
    var send = text('button', 'Confirm and rate');
    send.type = 'submit';
    form.appendChild(rating);
    form.appendChild(notes);
    form.appendChild(send);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send.disabled = true;
      graphql(CONFIRM, { id: transfer.id, rating: Number(rating.value), notes: notes.value.trim() || null })
        .then(function () {
          say('Confirmed the session on ' + transfer.on + '. Thank you.');
          return load();
        }).catch(function (error) {
          send.disabled = false;
          say(error.message, true);
        });
    });
    return form;
  }

  function sessions(mentorship) {
    var table = document.createElement('table');
    table.className = 'rows sessions';
    table.appendChild(text('caption', 'Sessions', 'hint'));
    var head = document.createElement('thead');
    var headRow = document.createElement('tr');
    ['Date', 'Taught', 'Skill', 'Minutes', 'Format', 'Learner\'s confirmation'].forEach(function (h) {
      var th = text('th', h);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = document.createElement('tbody');
    mentorship.transfers.forEach(function (transfer) {
      var row = document.createElement('tr');
      row.dataset.transfer = transfer.id;
      row.appendChild(rowHeader(transfer.on));
      row.appendChild(cell(nameOf(transfer.from) + ' taught ' + nameOf(transfer.to)));
      row.appendChild(cell(transfer.skill.name));
      row.appendChild(cell(transfer.minutes == null ? '' : String(transfer.minutes)));
      row.appendChild(cell(lower(transfer.format)));
      row.appendChild(cell(confirmCell(mentorship, transfer)));
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  function recordForm(mentorship) {
    var form = document.createElement('form');
    form.className = 'inline-form record';
    form.noValidate = true;
    form.setAttribute('aria-label', 'Record a session with ' + partnerOf(mentorship));
    var transferId = newTransferId();
    var mentor = mentorship.mentor;
    var mentee = mentorship.mentee;
    var who = selectOf([['mentor', nameOf(mentor) + ' taught ' + nameOf(mentee)],
      ['mentee', nameOf(mentee) + ' taught ' + nameOf(mentor)]]);
    var skill = selectOf(mentorship.skills.map(function (s) { return [s.id, s.name]; }));
    var on = document.createElement('input');
    on.type = 'date';
    on.value = today();
    on.max = today();
    var minutes = document.createElement('input');
    minutes.type = 'number';
    minutes.min = '1';
    minutes.max = '1440';
    minutes.value = '60';
    minutes.inputMode = 'numeric';
    var format = selectOf(FORMATS, 'ONE_TO_ONE');
    var notes = document.createElement('input');
    notes.type = 'text';
    notes.maxLength = 2000;
    form.appendChild(text('h4', 'Record a session', 'wide'));
    form.appendChild(labelled('Who taught', who));
    form.appendChild(labelled('What was taught', skill));
    form.appendChild(labelled('Day', on));
    form.appendChild(labelled('Minutes', minutes));
    form.appendChild(labelled('Format', format));
    var notesField = labelled('Notes on what was taught (optional)', notes);
    notesField.className = 'field wide';
    form.appendChild(notesField);
    var send = text('button', 'Record the session');
    send.type = 'submit';
    form.appendChild(send);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var length = Number(minutes.value);
      if (!Number.isInteger(length) || length < 1 || length > 1440) {
        say('Minutes: give a whole number from 1 to 1440.', true);
        minutes.focus();
        return;
      }
      if (!on.value) {
        say('Day: give the day of the session.', true);
        on.focus();
        return;
      }
      var mentorTaught = who.value === 'mentor';
      var input = {
        id: transferId,
        from: mentorTaught ? mentor.id : mentee.id,
        to: mentorTaught ? mentee.id : mentor.id,
        skill: skill.value,
        on: on.value,
        mentorship: mentorship.id,
        format: format.value,
        minutes: length,
        outcome: notes.value.trim() ? { notes: notes.value.trim() } : null
      };
      send.disabled = true;
      graphql(RECORD, { input: input }).then(function () {
        say('Recorded the session of ' + on.value + '.');
        return load();
      }).catch(function (error) {
        send.disabled = false;
        say(error.message, true);
      });
    });
    return form;
  }

  function partnerOf(mentorship) {
    var mentorIsMe = mentorship.mentor && mentorship.mentor.id === me.id;
    return nameOf(mentorIsMe ? mentorship.mentee : mentorship.mentor);
  }

  function mentorshipCard(mentorship) {
    var card = document.createElement('article');
    card.className = 'mentorship';
    card.dataset.mentorship = mentorship.id;
    var mentorIsMe = mentorship.mentor && mentorship.mentor.id === me.id;
    card.appendChild(text('h3', mentorIsMe ? 'You mentor ' + nameOf(mentorship.mentee)
      : nameOf(mentorship.mentor) + ' mentors you'));
    var facts = document.createElement('ul');
    facts.className = 'facts';
    facts.appendChild(text('li', 'In: ' + names(mentorship.skills)));
    facts.appendChild(text('li', mentorship.origin === 'ASSIGNED' ? 'Assigned by a programme' : 'Self-identified'));
    facts.appendChild(text('li', 'Direction: ' + lower(mentorship.direction)));
    facts.appendChild(text('li', 'Since ' + mentorship.startedOn
      + (mentorship.endedOn ? (mentorship.active ? ', until ' : ', ended ') + mentorship.endedOn : '')));
    card.appendChild(facts);
    if (mentorship.transfers.length) {
      card.appendChild(sessions(mentorship));
    } else {
      card.appendChild(text('p', 'No sessions recorded yet.', 'hint'));
    }
    if (mentorship.active && mentorship.mentor && mentorship.mentee) {
      card.appendChild(recordForm(mentorship));
    }
    return card;
  }

  function mentorshipPages(after, found) {
    return graphql(MENTORSHIPS, { me: me.id, after: after }).then(function (data) {
      var page = data.mentorships;
      var so = found.concat(page.edges.map(function (e) { return e.node; }));
      return page.pageInfo.hasNextPage ? mentorshipPages(page.pageInfo.endCursor, so) : so;
    });
  }

  function loadMentorships(mine) {
    return mentorshipPages(null, []).then(function (all) {
      if (mine !== generation) {
        return;
      }
      var list = document.getElementById('mentorship-list');
      list.textContent = '';
      // Open ones first, then the most recent.
      all.sort(function (a, b) {
        return (b.active - a.active) || b.startedOn.localeCompare(a.startedOn);
      });
      all.forEach(function (m) { list.appendChild(mentorshipCard(m)); });
      document.getElementById('mentorships-empty').hidden = all.length !== 0;
    });
  }

  // ----- swaps -----

  function loadSwaps(mine) {
    return graphql(SWAPS, {}).then(function (data) {
      if (mine !== generation) {
        return;
      }
      fillTable('swaps-table', 'swaps-empty', data.reciprocalMatches.map(function (match) {
        var row = document.createElement('tr');
        row.appendChild(rowHeader(match.partner.name));
        row.appendChild(cell(names(match.teaches)));
        row.appendChild(cell(names(match.learns)));
        var reasons = document.createElement('ul');
        reasons.className = 'reasons';
        match.reasons.forEach(function (r) { reasons.appendChild(text('li', r)); });
        row.appendChild(cell(reasons));
        return row;
      }));
    });
  }

  // Reads every list again; each part reports its own failure and the others still show.
  function load() {
    var mine = generation;
    var failures = [];
    function noted(promise) {
      return promise.catch(function (error) { failures.push(error.message); });
    }
    return Promise.all([noted(loadRequests(mine)), noted(loadMentorships(mine)), noted(loadSwaps(mine))])
      .then(function () {
        if (failures.length && mine === generation) {
          say(failures.join(' '), true);
        }
      });
  }

  document.addEventListener('boomerang-session', function (event) {
    generation++;
    me = event.detail.me && event.detail.me.person;
    ['requests-in-table', 'requests-out-table', 'swaps-table'].forEach(function (id) {
      document.querySelector('#' + id + ' tbody').textContent = '';
    });
    document.getElementById('mentorship-list').textContent = '';
    say('');
    if (!event.detail.signedIn) {
      return;
    }
    if (!me) {
      document.querySelectorAll('[data-signed-in]').forEach(function (element) { element.hidden = true; });
      say('This page shows a person\'s own mentoring: sign in as a person of the network.');
      return;
    }
    load();
  });
}());
