// The coordinator's workspace: the network of places for a window drawn with ECharts (circle size =
// people, line width = transfers, line colour = share of reverse mentoring), a place opened by a
// click (or from the places table) with its people, brokers and skill gaps, the brokers and gaps as
// sortable tables with CSV downloads, the timeline, the GraphML export and live updates (the
// networkChanged subscription over Server-Sent Events, or a poll every 30 s where that fails).
// Asks the service only through /graphql and /api/export; plain DOM and the vendored ECharts.
(function () {
  'use strict';

  var POLL_MS = 30000;
  var RELOAD_DELAY_MS = 300;
  var SHORT_STREAM_MS = 10000; // a live stream that ends sooner counts as a failure
  var RESUBSCRIBE_MS = 5000;
  var PEOPLE_OF = {
    COMMUNITY: 'query($id: ID!) { place: community(id: $id) { people: members(first: 100) { id name careerStage } } }',
    PROFESSION: 'query($id: ID!) { place: profession(id: $id) { people(first: 100) { id name careerStage } } }',
    INSTITUTION: 'query($id: ID!) { place: institution(id: $id) { people(first: 100) { id name careerStage } } }'
  };
  var NETWORK = 'query($level: NetworkLevel!, $since: Date, $until: Date) {'
    + ' network(level: $level, since: $since, until: $until) {'
    + '  nodes { id name people transfersIn transfersOut }'
    + '  edges { from to transfers people reverseShare reciprocalShare } } }';
  var BROKERS = 'query($level: NetworkLevel!, $since: Date, $until: Date) {'
    + ' brokers(level: $level, since: $since, until: $until, first: 100) {'
    + '  person { id name } betweenness transfers bridges { id name } } }';
  var GAPS = 'query($level: NetworkLevel!, $place: ID!) { skillGaps(level: $level, place: $place, first: 100) {'
    + ' skill { id name } wanters teachersInside teachersElsewhere sources { id name } } }';
  var TIMELINE = 'query($level: NetworkLevel!, $place: ID, $since: Date, $until: Date) {'
    + ' mentoringTimeline(level: $level, place: $place, since: $since, until: $until) {'
    + '  month transfers reverse traditional peer reciprocal } }';
  var PLACE_PEOPLE = 'query($level: NetworkLevel!, $place: ID!, $since: Date, $until: Date) {'
    + ' placePeople(level: $level, place: $place, since: $since, until: $until) {'
    + '  people { key person { id name } inside transfers } ties { a b transfers } } }';
  var CHANGES = 'subscription($since: Date, $until: Date) { networkChanged(since: $since, until: $until) { transfers at } }';

  var $ = function (id) { return document.getElementById(id); };
  var workspace = $('workspace');
  var notCoordinator = $('not-coordinator');
  var form = $('window');
  var level = $('level');
  var since = $('since');
  var until = $('until');
  var preset = $('preset');
  var statusLine = $('network-status');
  var liveLine = $('live-status');
  var networkBox = $('network-chart');
  var placeSection = $('place');
  var peopleBox = $('people-chart');
  var timelineBox = $('timeline-chart');

  var tables = window.BoomerangTables;
  var DRAWN_FLOWS = 500;
  var networkChart = null;
  var timelineChart = null;
  var peopleChart = null;
  var shown = null; // { level, since, until, nodes, edges } drawn now
  var brokers = [];
  var place = null; // { id, name } opened now
  var generation = 0;
  var live = null; // { abort } of the subscription
  var poller = null;
  var reloadTimer = null;
  var dropped = 0; // live streams in a row that ended soon after they started

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

  function say(line, message, error) {
    line.textContent = message || '';
    line.className = error ? 'error' : '';
  }

  function windowAsked() {
    return { level: level.value, since: since.value || null, until: until.value || null };
  }

  function percent(share) {
    return Math.round(share * 100) + ' %';
  }

  function stage(name) {
    return name ? name.toLowerCase().replace('_', ' ') : '';
  }

  // ----- colours: traditional or peer (0) to all reverse (1), the same ramp as the legend -----

  var FROM = [11, 92, 173];
  var TO = [217, 72, 15];

  function reverseColour(share) {
    var s = Math.max(0, Math.min(1, share));
    var rgb = FROM.map(function (c, i) { return Math.round(c + (TO[i] - c) * s); });
    return 'rgb(' + rgb.join(',') + ')';
  }

  // ----- the tables -----

  function openButton(node) {
    var button = text('button', 'Open', 'secondary');
    button.type = 'button';
    button.setAttribute('aria-label', 'Open ' + node.name);
    button.addEventListener('click', function () {
      openPlace(node);
    });
    return button;
  }

  var placesTable = tables.sortable($('places'), function (row) {
    return [row.name, String(row.people), String(row.transfersIn), String(row.transfersOut), String(row.within),
      openButton(row)];
  });
  var brokersTable = tables.sortable($('brokers'), function (row) {
    return [row.name, row.betweenness.toFixed(3), String(row.transfers), row.bridges];
  });
  var gapsTable = tables.sortable($('gaps'), function (row) {
    return [row.skill, String(row.wanters), String(row.teachersInside), String(row.teachersElsewhere), row.sources];
  });

  function names(endpoints) {
    return endpoints.map(function (e) { return e.name; }).join('; ');
  }

  // ----- the network -----

  function drawNetwork(network, asked) {
    var nodes = network.nodes;
    var index = {};
    nodes.forEach(function (node, i) { index[node.id] = i; });
    var within = {};
    var between = network.edges.filter(function (edge) {
      if (edge.from === edge.to) {
        within[edge.from] = edge.transfers;
        return false;
      }
      return index[edge.from] !== undefined && index[edge.to] !== undefined;
    });
    // Sixty busy places can have thousands of flows between them: beyond a few hundred the
    // lines hide each other and slow the first draw on a computer without a graphics card, so
    // the largest are drawn (the server sends them largest first) and the GraphML export
    // holds every one.
    var flows = between.length;
    between = between.slice(0, DRAWN_FLOWS);
    var mostPeople = Math.max.apply(null, [1].concat(nodes.map(function (n) { return n.people; })));
    var mostTransfers = Math.max.apply(null, [1].concat(between.map(function (e) { return e.transfers; })));
    var encode = echarts.format.encodeHTML;
    if (!networkChart) {
      networkChart = echarts.init(networkBox);
      networkChart.on('click', function (event) {
        if (event.dataType === 'node' && shown) {
          openPlace(shown.nodes[event.dataIndex]);
        }
      });
      // The first complete draw, for measurement (performance.getEntriesByName).
      networkChart.on('finished', function () {
        if (performance.getEntriesByName('boomerang:network-drawn').length === 0) {
          performance.mark('boomerang:network-drawn');
        }
      });
    }
    networkChart.setOption({
      animation: false,
      tooltip: {},
      series: [{
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: nodes.length > 12 },
        roam: true,
        // ECharts needs unique names: the ids are, the places' names need not be.
        label: { show: true, position: 'right', color: '#1d2433',
          formatter: function (params) { return params.data.display; } },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        emphasis: { focus: 'adjacency' },
        data: nodes.map(function (node) {
          return {
            name: node.id,
            display: node.name,
            value: node.people,
            symbolSize: 12 + 38 * Math.sqrt(node.people / mostPeople),
            itemStyle: { color: '#0b5cad', borderColor: '#fff' },
            tooltip: { formatter: encode(node.name) + '<br>' + node.people + ' people, '
              + node.transfersIn + ' learned from elsewhere, ' + node.transfersOut + ' taught elsewhere, '
              + (within[node.id] || 0) + ' within' }
          };
        }),
        links: between.map(function (edge) {
          return {
            source: index[edge.from],
            target: index[edge.to],
            value: edge.transfers,
            lineStyle: { width: 1 + 9 * edge.transfers / mostTransfers, color: reverseColour(edge.reverseShare),
              // Flows often run both ways between two places: ECharts bends both the same
              // way unless their curveness has opposite signs.
              curveness: index[edge.from] < index[edge.to] ? 0.2 : -0.2, opacity: 0.85 },
            tooltip: { formatter: encode(nodes[index[edge.from]].name) + ' → ' + encode(nodes[index[edge.to]].name)
              + '<br>' + edge.transfers + ' transfers, ' + edge.people + ' people, ' + percent(edge.reverseShare)
              + ' reverse, ' + percent(edge.reciprocalShare) + ' in reciprocal mentorships' }
          };
        })
      }]
    }, true);
    shown = { level: asked.level, since: asked.since, until: asked.until, nodes: nodes, edges: network.edges };
    var total = network.edges.reduce(function (sum, e) { return sum + e.transfers; }, 0);
    networkBox.dataset.nodes = String(nodes.length);
    networkBox.dataset.edges = String(between.length);
    networkBox.dataset.flows = String(flows);
    networkBox.dataset.transfers = String(total);
    networkBox.dataset.level = asked.level;
    networkBox.setAttribute('aria-label', 'Network of ' + nodes.length + ' places and ' + flows
      + ' flows between them' + (flows > between.length ? ', the ' + between.length + ' largest drawn' : ''));
    $('network-summary').textContent = nodes.length + ' places, ' + flows + ' flows between them, '
      + total + ' transfers in all (' + (asked.since || 'the beginning') + ' to ' + (asked.until || 'today') + ')'
      + (flows > between.length ? '; the ' + between.length + ' largest flows are drawn, the GraphML export holds'
        + ' all of them' : '') + '.';
    placesTable.show(nodes.map(function (node) {
      return { id: node.id, name: node.name, people: node.people, transfersIn: node.transfersIn,
        transfersOut: node.transfersOut, within: within[node.id] || 0 };
    }));
  }

  function showBrokers(list) {
    brokers = list;
    brokersTable.show(list.map(function (broker) {
      return { id: broker.person.id, name: broker.person.name, betweenness: broker.betweenness,
        transfers: broker.transfers, bridges: names(broker.bridges) };
    }));
    if (place) {
      showPlaceBrokers();
    }
  }

  function drawTimeline(months, placeName) {
    if (!timelineChart) {
      timelineChart = echarts.init(timelineBox);
    }
    var x = months.map(function (m) { return m.month; });
    function series(name, key, colour, stacked) {
      return {
        name: name, type: 'line', stack: stacked ? 'all' : undefined, areaStyle: stacked ? {} : undefined,
        symbol: 'none', itemStyle: { color: colour }, lineStyle: stacked ? { width: 1 } : { width: 2, type: 'dashed' },
        data: months.map(function (m) { return m[key]; })
      };
    }
    timelineChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: x, boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [series('Reverse', 'reverse', '#d9480f', true), series('Peer', 'peer', '#8a5a9e', true),
        series('Traditional', 'traditional', '#0b5cad', true),
        series('In reciprocal mentorships', 'reciprocal', '#1b6e3a', false)]
    }, true);
    timelineBox.dataset.months = String(months.length);
    var sum = function (key) { return months.reduce(function (s, m) { return s + m[key]; }, 0); };
    $('timeline-heading').textContent = 'Mentoring month by month' + (placeName ? ': ' + placeName : '');
    $('timeline-summary').textContent = months.length
      ? (placeName || 'The whole network') + ', ' + x[0] + ' to ' + x[x.length - 1] + ': ' + sum('transfers')
        + ' transfers, ' + sum('reverse') + ' reverse, ' + sum('peer') + ' peer, ' + sum('traditional')
        + ' traditional; ' + sum('reciprocal') + ' inside reciprocal mentorships.'
      : 'No transfers in this window.';
  }

  function loadTimeline(asked) {
    return graphql(TIMELINE, { level: asked.level, place: place ? place.id : null, since: asked.since,
      until: asked.until }).then(function (data) {
      drawTimeline(data.mentoringTimeline, place ? place.name : null);
    });
  }

  // Loads the window asked for; quiet: a live update, which keeps the open place and says less.
  function load(quiet) {
    var asked = windowAsked();
    var mine = ++generation;
    if (!quiet) {
      say(statusLine, 'Loading the network…');
    }
    var levelChanged = !shown || shown.level !== asked.level;
    if (levelChanged) {
      closePlace();
    }
    var network = graphql(NETWORK, asked).then(function (data) {
      if (mine === generation) {
        drawNetwork(data.network, asked);
      }
    });
    // The brokers and the timeline are asked for once the network has come (drawn or
    // failed): computing brokers takes seconds on a large network, and asked for at the
    // same time they took the cores the network and its drawing needed.
    var settled = network.then(function () {}, function () {});
    var parts = [network,
      settled.then(function () {
        return graphql(BROKERS, asked);
      }).then(function (data) {
        if (mine === generation) {
          showBrokers(data.brokers);
        }
      }),
      settled.then(function () {
        return loadTimeline(asked);
      })];
    if (place && !quiet) {
      parts.push(loadPlace(place));
    }
    return Promise.all(parts).then(function () {
      if (mine === generation) {
        say(statusLine, quiet ? 'Updated with new transfers at ' + new Date().toLocaleTimeString() + '.' : '');
      }
    }).catch(function (error) {
      if (mine === generation) {
        say(statusLine, error.message, true);
      }
    });
  }

  // ----- a place -----

  function showPlaceBrokers() {
    var list = $('place-brokers');
    list.textContent = '';
    var here = brokers.filter(function (broker) {
      return broker.bridges.some(function (b) { return b.id === place.id; });
    });
    here.forEach(function (broker) {
      list.appendChild(text('li', broker.person.name + ' (betweenness ' + broker.betweenness.toFixed(3) + ', bridges '
        + names(broker.bridges) + ')'));
    });
    if (!here.length) {
      list.appendChild(text('li', 'Nobody bridges this place to others in this window.', 'hint'));
    }
  }

  function loadPlace(node) {
    var asked = windowAsked();
    say($('place-status'), 'Loading ' + node.name + '…');
    var people = graphql(PEOPLE_OF[asked.level], { id: node.id }).then(function (data) {
      var list = $('place-people');
      list.textContent = '';
      var found = data.place ? data.place.people : [];
      found.forEach(function (person) {
        list.appendChild(text('li', person.name + ' (' + stage(person.careerStage) + ')'));
      });
      $('place-people-note').textContent = found.length
        ? 'The first ' + found.length + ' by name that you may see (people who keep their profile to themselves or their institution are left out).'
        : 'Nobody here that you may see.';
    });
    var gaps = graphql(GAPS, { level: asked.level, place: node.id }).then(function (data) {
      gapsTable.show(data.skillGaps.map(function (gap) {
        return { skill: gap.skill.name, wanters: gap.wanters, teachersInside: gap.teachersInside,
          teachersElsewhere: gap.teachersElsewhere, sources: names(gap.sources) };
      }));
    });
    showPlaceBrokers();
    return Promise.all([people, gaps, loadTimeline(asked)]).then(function () {
      say($('place-status'), '');
    }).catch(function (error) {
      say($('place-status'), error.message, true);
    });
  }

  function openPlace(node) {
    place = { id: node.id, name: node.name };
    placeSection.hidden = false;
    placeSection.dataset.place = node.id;
    $('place-heading').textContent = node.name;
    peopleBox.hidden = true;
    say($('people-status'), '');
    loadPlace(node);
    placeSection.focus();
  }

  function closePlace() {
    place = null;
    placeSection.hidden = true;
    delete placeSection.dataset.place;
  }

  // ----- the person-level view of the open place -----

  // A circle costs one pass over the people, so thousands stay usable on a laptop without a
  // GPU (see docs/coordinator-page.md); a few force steps read better for a small place.
  var MANY_PEOPLE = 300;

  function drawPeople(view) {
    if (!peopleChart) {
      peopleChart = echarts.init(peopleBox);
    }
    var people = view.people;
    var many = people.length > MANY_PEOPLE;
    var index = {};
    people.forEach(function (p, i) { index[p.key] = i; });
    var encode = echarts.format.encodeHTML;
    function label(p) {
      return p.person ? p.person.name : 'someone you may not see';
    }
    peopleChart.setOption({
      animation: false,
      tooltip: {},
      series: [{
        type: 'graph',
        layout: many ? 'circular' : 'force',
        force: { repulsion: 80, edgeLength: 50, layoutAnimation: false },
        roam: true,
        label: { show: !many, position: 'right', fontSize: 11,
          formatter: function (params) { return params.data.display; } },
        emphasis: { focus: 'adjacency' },
        data: people.map(function (p) {
          return {
            name: p.key, // unique, unlike names (and everyone hidden reads the same)
            display: label(p),
            symbolSize: many ? 3 : 6 + 2 * Math.sqrt(p.transfers),
            itemStyle: { color: p.inside ? '#0b5cad' : '#9aa3b5' },
            tooltip: { formatter: encode(label(p)) + '<br>' + p.transfers + ' transfers'
              + (p.inside ? '' : ', from elsewhere') }
          };
        }),
        links: view.ties.map(function (tie) {
          return {
            source: index[tie.a],
            target: index[tie.b],
            value: tie.transfers,
            lineStyle: { color: '#5a6478', opacity: many ? 0.25 : 0.6, width: Math.min(6, tie.transfers) },
            tooltip: { formatter: encode(label(people[index[tie.a]])) + ' – ' + encode(label(people[index[tie.b]]))
              + ': ' + tie.transfers + ' transfers' }
          };
        })
      }]
    }, true);
    peopleBox.dataset.people = String(people.length);
    peopleBox.dataset.ties = String(view.ties.length);
  }

  $('draw-people').addEventListener('click', function () {
    if (!place) {
      return;
    }
    var asked = windowAsked();
    say($('people-status'), 'Loading the people of ' + place.name + '…');
    graphql(PLACE_PEOPLE, { level: asked.level, place: place.id, since: asked.since, until: asked.until })
      .then(function (data) {
        var view = data.placePeople;
        var hidden = view.people.filter(function (p) { return !p.person; }).length;
        peopleBox.hidden = false;
        drawPeople(view);
        say($('people-status'), view.people.length + ' people (dark: stood here; light: from elsewhere), '
          + view.ties.length + ' ties' + (hidden ? '; ' + hidden + ' you may not see are drawn unnamed' : '') + '.');
      }).catch(function (error) {
        say($('people-status'), error.message, true);
      });
  });

  // ----- exports -----

  $('export-graphml').addEventListener('click', function () {
    var asked = windowAsked();
    var query = 'level=' + encodeURIComponent(asked.level)
      + (asked.since ? '&since=' + encodeURIComponent(asked.since) : '')
      + (asked.until ? '&until=' + encodeURIComponent(asked.until) : '');
    var headers = { Accept: 'application/graphml+xml, application/xml' };
    var token = window.BoomerangSession.token();
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    say($('export-status'), 'Exporting…');
    fetch('api/export/network.graphml?' + query, { headers: headers }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (body) {
          var message = 'The export was refused (' + response.status + ').';
          try {
            message = JSON.parse(body).message || message;
          }
          catch (ignored) {
            // not JSON: keep the status
          }
          throw new Error(message);
        });
      }
      return response.blob();
    }).then(function (blob) {
      tables.download('network-' + asked.level.toLowerCase() + '.graphml', 'application/graphml+xml', blob);
      say($('export-status'), 'Exported.');
    }).catch(function (error) {
      say($('export-status'), error.message, true);
    });
  });

  $('brokers-csv').addEventListener('click', function () {
    tables.download('brokers.csv', 'text/csv', brokersTable.csv());
  });

  $('gaps-csv').addEventListener('click', function () {
    tables.download('skill-gaps' + (place ? '-' + place.name.replace(/[^A-Za-z0-9]+/g, '-') : '') + '.csv',
      'text/csv', gapsTable.csv());
  });

  // ----- live updates -----

  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(function () { load(true); }, RELOAD_DELAY_MS);
  }

  function stopLive() {
    if (live) {
      live.abort();
      live = null;
    }
    clearInterval(poller);
    poller = null;
  }

  function poll(reason) {
    clearInterval(poller);
    poller = setInterval(function () { load(true); }, POLL_MS);
    workspace.dataset.live = 'poll';
    liveLine.textContent = 'Checking for new transfers every 30 seconds' + (reason ? ' (' + reason + ')' : '') + '.';
  }

  // GraphQL over Server-Sent Events: a POST answered with a stream of "event: next / data: {...}"
  // blocks; each networkChanged reloads the window.
  function subscribe() {
    stopLive();
    var asked = windowAsked();
    var controller = new AbortController();
    var started = 0;
    live = controller;
    var headers = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
    var token = window.BoomerangSession.token();
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    fetch('graphql', {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ query: CHANGES, variables: { since: asked.since, until: asked.until } }),
      signal: controller.signal
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || type.indexOf('text/event-stream') < 0 || !response.body) {
        throw new Error('live updates are not available');
      }
      started = Date.now();
      workspace.dataset.live = 'sse';
      liveLine.textContent = 'Live: the network updates as transfers are recorded.';
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function next() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            throw new Error('the live connection closed');
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split(/\r?\n\r?\n/);
          buffer = blocks.pop();
          blocks.forEach(handle);
          return next();
        });
      }
      return next();
    }).catch(function (error) {
      if (live !== controller) {
        return; // stopped on purpose: another window, or signed out
      }
      live = null;
      if (started && Date.now() - started > SHORT_STREAM_MS) {
        // The server ends long streams (its SSE timeout): listen again at once, and reload
        // in case a transfer arrived in between.
        dropped = 0;
        reloadSoon();
        subscribe();
      }
      else if (started && ++dropped < 3) {
        setTimeout(function () {
          if (!live && !poller && !workspace.hidden) {
            subscribe();
          }
        }, RESUBSCRIBE_MS);
      }
      else {
        poll(error.message);
      }
    });
  }

  function handle(block) {
    var event = 'message';
    var data = '';
    block.split(/\r?\n/).forEach(function (line) {
      if (line.indexOf('event:') === 0) {
        event = line.slice(6).trim();
      }
      else if (line.indexOf('data:') === 0) {
        data += line.slice(5).trim();
      }
    });
    if (!data) {
      return;
    }
    var message = JSON.parse(data);
    if (message.errors && message.errors.length) {
      throw new Error(message.errors.map(function (e) { return e.message; }).join(' '));
    }
    if ((event === 'next' || event === 'message') && message.data && message.data.networkChanged) {
      reloadSoon();
    }
  }

  // ----- the controls -----

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  preset.addEventListener('change', function () {
    if (preset.value === 'all') {
      since.value = '';
      until.value = '';
    }
    else if (preset.value) {
      var start = new Date();
      start.setUTCMonth(start.getUTCMonth() - Number(preset.value));
      since.value = isoDay(start);
      until.value = '';
    }
    show();
  });

  [since, until].forEach(function (input) {
    input.addEventListener('input', function () { preset.value = ''; });
  });

  level.addEventListener('change', show);

  function show() {
    load(false);
    subscribe();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (since.value && until.value && since.value > until.value) {
      say(statusLine, 'The window ends before it starts: choose a "To" day on or after "From".', true);
      until.focus();
      return;
    }
    show();
  });

  window.addEventListener('resize', function () {
    [networkChart, timelineChart, peopleChart].forEach(function (chart) {
      if (chart) {
        chart.resize();
      }
    });
  });

  document.addEventListener('boomerang-session', function (event) {
    stopLive();
    generation++;
    closePlace();
    shown = null;
    var me = event.detail.me;
    var coordinating = event.detail.signedIn && me.roles.some(function (role) {
      return role === 'COORDINATOR' || role === 'ADMIN';
    });
    workspace.hidden = !coordinating;
    notCoordinator.hidden = !event.detail.signedIn || coordinating;
    if (coordinating) {
      show();
    }
  });

  // For the page's tests and for a coordinator's own scripts in the console.
  window.BoomerangCoordinator = {
    chart: function () { return networkChart; },
    csv: function (table) { return (table === 'gaps' ? gapsTable : brokersTable).csv(); },
    open: function (id) {
      var node = shown && shown.nodes.filter(function (n) { return n.id === id; })[0];
      if (node) {
        openPlace(node);
      }
      return Boolean(node);
    }
  };
}());
