(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var body = document.body;
  var container = document.getElementById('graph');
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  var details = document.getElementById('details');
  var minMentions = document.getElementById('min-mentions');
  var limitSelect = document.getElementById('limit');
  var status = document.getElementById('status');
  var hiddenTypes = {};
  var pinned = {};
  var limit = data.drawn;
  var maxMentions = data.nodes.length ? data.nodes[0][3] : 1;
  var fontSize = 13;
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = fontSize + 'px system-ui, sans-serif';

  if (typeof cytoscape !== 'function') {
    status.textContent = 'The drawing library (assets/cytoscape.min.js) did not load.';
    body.dataset.ready = 'false';
    return;
  }

  var cy = cytoscape({
    container: container,
    minZoom: 0.02,
    maxZoom: 6,
    wheelSensitivity: 0.4,
    style: [
      {selector: 'node', style: {
        'width': 'data(size)', 'height': 'data(size)', 'background-color': 'data(colour)',
        'border-width': 1, 'border-color': '#555', 'label': '', 'font-size': fontSize,
        'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#222',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 6}},
      {selector: 'node.labelled', style: {'label': 'data(name)', 'z-index': 10}},
      {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#1a5fb4', 'label': 'data(name)',
        'z-index': 20}},
      {selector: 'edge', style: {'width': 'data(width)', 'line-color': '#999', 'opacity': 0.35,
        'curve-style': 'haystack'}},
      {selector: 'edge.role', style: {'line-color': '#c0392b', 'line-style': 'dashed', 'opacity': 0.8,
        'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c0392b'}},
      {selector: '.faded', style: {'opacity': 0.12}},
      {selector: 'edge.hot', style: {'opacity': 0.9}}
    ]
  });

  function chosen() {
    var min = Math.max(1, parseInt(minMentions.value, 10) || 1);
    var picked = [];
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      if ((picked.length < limit && !hiddenTypes[data.types[n[2]][0]] && n[3] >= min) || pinned[i]) {
        picked.push(i);
      }
    }
    return picked;
  }

  function draw() {
    var t0 = performance.now();
    var picked = chosen();
    var on = {};
    var elements = [];
    picked.forEach(function (i, rank) {
      var n = data.nodes[i];
      on[i] = true;
      var angle = rank * 2.399963;
      var radius = 30 * Math.sqrt(rank + 1);
      elements.push({group: 'nodes', data: {id: 'n' + i, name: n[1], colour: data.types[n[2]][1],
        size: 10 + 40 * Math.sqrt(n[3] / maxMentions), index: i},
        position: {x: radius * Math.cos(angle), y: radius * Math.sin(angle)}});
    });
    var maxWeight = 1;
    data.ties.forEach(function (t) { if (on[t[0]] && on[t[1]] && t[2] > maxWeight) maxWeight = t[2]; });
    data.ties.forEach(function (t, k) {
      if (on[t[0]] && on[t[1]]) {
        elements.push({group: 'edges', data: {id: 't' + k, source: 'n' + t[0], target: 'n' + t[1],
          width: 0.6 + 4.4 * Math.log(1 + t[2]) / Math.log(1 + maxWeight)}});
      }
    });
    data.roles.forEach(function (r, k) {
      if (on[r[0]] && on[r[1]] && r[0] !== r[1]) {
        elements.push({group: 'edges', classes: 'role', data: {id: 'r' + k, source: 'n' + r[0], target: 'n' + r[1],
          width: 1.5, role: r[2]}});
      }
    });
    cy.resize();
    cy.elements().remove();
    cy.add(elements);
    var layout = picked.length <= 800
      ? {name: 'cose', randomize: false, animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: false,
         idealEdgeLength: function () { return 60; }, nodeRepulsion: function () { return 60000; }, numIter: 1500}
      : {name: 'preset', fit: true, padding: 30};
    var t1 = performance.now();
    var run = cy.layout(layout);
    run.one('layoutstop', function () {
      body.dataset.layoutMs = String(Math.round(performance.now() - t1));
      placeLabels();
      status.textContent = 'Drawn: ' + picked.length + ' of ' + data.nodes.length + ' entities.';
      requestAnimationFrame(function () {
        body.dataset.drawn = String(picked.length);
        body.dataset.lastDrawMs = String(Math.round(performance.now() - t0));
        if (!body.dataset.drawMs) body.dataset.drawMs = String(Math.round(performance.now() - started));
        if (!body.dataset.ready) {
          body.dataset.ready = 'true';
          fromHash();
        } else {
          body.dataset.ready = 'true';
        }
      });
    });
    run.run();
  }

  // labels, largest entity first, each where it overlaps no label already shown
  function placeLabels() {
    var zoom = cy.zoom();
    var extent = {w: container.clientWidth, h: container.clientHeight};
    var cell = 80, grid = {}, shown = [];
    var nodes = cy.nodes().sort(function (a, b) { return b.data('size') - a.data('size'); });
    function free(box) {
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          var list = grid[gx + ',' + gy] || [];
          for (var k = 0; k < list.length; k++) {
            var o = list[k];
            if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) return false;
          }
        }
      }
      return true;
    }
    function take(box) {
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          (grid[gx + ',' + gy] = grid[gx + ',' + gy] || []).push(box);
        }
      }
    }
    var readable = fontSize * zoom >= 6;
    nodes.forEach(function (node) {
      var p = node.renderedPosition();
      var half = node.data('size') * zoom / 2;
      var width = measure.measureText(node.data('name')).width * zoom;
      var box = [p.x - width / 2 - 2, p.y + half + 1, p.x + width / 2 + 2, p.y + half + 3 + fontSize * zoom * 1.2];
      var inside = box[2] > 0 && box[0] < extent.w && box[3] > 0 && box[1] < extent.h;
      if (readable && inside && free(box)) {
        take(box);
        shown.push(node);
      }
    });
    cy.batch(function () {
      cy.nodes().removeClass('labelled');
      shown.forEach(function (n) { n.addClass('labelled'); });
    });
    body.dataset.labels = String(shown.length);
  }

  var pending = null;
  function later() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(placeLabels, 120);
  }
  cy.on('viewport dragfree', later);
  window.addEventListener('resize', function () { cy.resize(); later(); });

  function text(tag, value, cls) {
    var e = document.createElement(tag);
    e.textContent = value;
    if (cls) e.className = cls;
    return e;
  }

  function show(i) {
    var n = data.nodes[i];
    details.replaceChildren();
    var h = text('h2', n[1] + ' ');
    h.appendChild(text('span', data.types[n[2]][0] + ', ' + n[3] + (n[3] === 1 ? ' mention' : ' mentions'), 'kind'));
    details.appendChild(h);
    if (n[4].length) details.appendChild(text('p', 'Also: ' + n[4].join(', ')));
    if (n[7]) {
      // the node's identifier in the world gazetteers, a link where it has a web page
      var same = text('p', 'Same as: ');
      if (n[8]) {
        var a = text('a', n[7]);
        a.href = n[8];
        a.rel = 'noopener';
        a.target = '_blank';
        same.appendChild(a);
      } else {
        same.appendChild(document.createTextNode(n[7]));
      }
      details.appendChild(same);
    }
    var roles = data.roles.filter(function (r) { return r[0] === i || r[1] === i; });
    if (roles.length || n[6].length) {
      var rl = document.createElement('ul');
      rl.className = 'roles';
      n[6].forEach(function (role) { rl.appendChild(text('li', role)); });
      roles.forEach(function (r) {
        rl.appendChild(text('li', (r[0] === i ? '' : data.nodes[r[0]][1] + ': ') + r[2] + ' '
          + data.nodes[r[1]][1]));
      });
      details.appendChild(text('p', 'Roles:'));
      details.appendChild(rl);
    }
    details.appendChild(text('p', n[5].length + (n[5].length === 1 ? ' document:' : ' documents:')));
    var list = document.createElement('ul');
    list.className = 'documents';
    n[5].forEach(function (d) {
      var doc = data.documents[d];
      var li = document.createElement('li');
      if (doc[1]) {
        var a = text('a', doc[0]);
        a.setAttribute('href', doc[1]);
        li.appendChild(a);
      } else {
        li.textContent = doc[0];
      }
      list.appendChild(li);
    });
    details.appendChild(list);
    details.dataset.key = n[0];
  }

  function focus(i) {
    var node = cy.getElementById('n' + i);
    cy.batch(function () {
      cy.elements().removeClass('faded hot');
      var near = node.closedNeighborhood();
      cy.elements().not(near).addClass('faded');
      near.edges().addClass('hot');
      cy.nodes().unselect();
      node.select();
    });
    show(i);
  }

  cy.on('tap', 'node', function (e) { focus(e.target.data('index')); });
  cy.on('tap', function (e) {
    if (e.target === cy) cy.elements().removeClass('faded hot');
  });

  function find(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    var found = [];
    for (var i = 0; i < data.nodes.length && found.length < 20; i++) {
      var n = data.nodes[i];
      var names = [n[1]].concat(n[4]);
      if (names.some(function (s) { return s.toLocaleLowerCase().indexOf(q) >= 0; })) found.push(i);
    }
    return found;
  }

  function goTo(i) {
    if (cy.getElementById('n' + i).empty()) {
      pinned[i] = true;
      var n = data.nodes[i];
      delete hiddenTypes[data.types[n[2]][0]];
      document.querySelectorAll('#legend input').forEach(function (box) {
        if (box.dataset.type === data.types[n[2]][0]) box.checked = true;
      });
      cy.one('layoutstop', function () { goTo(i); });
      draw();
      return;
    }
    focus(i);
    cy.animate({center: {eles: cy.getElementById('n' + i)}, zoom: Math.max(cy.zoom(), 1.2)}, {duration: 250});
  }

  function listResults() {
    results.replaceChildren();
    find(search.value).forEach(function (i) {
      var li = document.createElement('li');
      var b = text('button', data.nodes[i][1]);
      b.type = 'button';
      b.dataset.key = data.nodes[i][0];
      b.addEventListener('click', function () { goTo(i); });
      li.appendChild(b);
      li.appendChild(text('span', ' ' + data.types[data.nodes[i][2]][0] + ', ' + data.nodes[i][3]));
      results.appendChild(li);
    });
    if (search.value.trim() && !results.children.length) results.appendChild(text('li', 'No entity has that name.'));
  }

  search.addEventListener('input', listResults);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      var found = find(search.value);
      if (found.length) goTo(found[0]);
    }
  });
  document.querySelectorAll('#legend input').forEach(function (box) {
    box.addEventListener('change', function () {
      if (box.checked) delete hiddenTypes[box.dataset.type]; else hiddenTypes[box.dataset.type] = true;
      pinned = {};
      draw();
    });
  });
  minMentions.addEventListener('change', function () { pinned = {}; draw(); });
  limitSelect.addEventListener('change', function () { limit = parseInt(limitSelect.value, 10); draw(); });
  document.getElementById('more').addEventListener('click', function () {
    var options = Array.prototype.map.call(limitSelect.options, function (o) { return parseInt(o.value, 10); });
    var next = options.find(function (v) { return v > limit; });
    if (next) {
      limit = next;
      limitSelect.value = String(next);
      draw();
    }
  });

  // graph.html#KEY or graph.html#name opens with that entity shown
  function fromHash() {
    var wanted = location.hash.slice(1);
    try {
      wanted = decodeURIComponent(wanted);
    } catch (e) {
      // a malformed escape (#%E0%A4%A) is looked up as it is written
    }
    if (!wanted) return;
    var i = data.nodes.findIndex(function (n) { return n[0] === wanted; });
    if (i < 0) i = find(wanted)[0];
    if (i !== undefined && i >= 0) goTo(i);
  }
  window.addEventListener('hashchange', fromHash);

  window.entitasGraph = {cy: cy, data: data, draw: draw, find: find, goTo: goTo};
  body.dataset.startMs = String(Math.round(started));
  body.dataset.setupMs = String(Math.round(performance.now() - started));
  draw();
})();
