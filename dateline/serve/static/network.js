// Dateline network: fetch /network.json, lay it out with a tiny force simulation, draw SVG;
// a click on a node highlights it and its neighbours and lists its partners beside the picture.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg", W = 800, H = 560;

  function el(name, attrs) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function layout(nodes, edges) {
    nodes.forEach(function (n, i) {  // start on a circle: deterministic
      var a = 2 * Math.PI * i / Math.max(1, nodes.length);
      n.x = W / 2 + 200 * Math.cos(a); n.y = H / 2 + 200 * Math.sin(a); n.vx = 0; n.vy = 0;
    });
    var byId = {}; nodes.forEach(function (n) { byId[n.id] = n; });
    var links = edges.filter(function (e) { return byId[e.source] && byId[e.target]; });
    for (var step = 0; step < 300; step++) {
      var heat = 1 - step / 300;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var d2 = Math.max(dx * dx + dy * dy, 25), f = 2500 / d2, d = Math.sqrt(d2);
          a.vx += f * dx / d; a.vy += f * dy / d; b.vx -= f * dx / d; b.vy -= f * dy / d;
        }
      }
      links.forEach(function (e) {
        var s = byId[e.source], t = byId[e.target], dx = t.x - s.x, dy = t.y - s.y;
        var d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 90) * 0.02;
        s.vx += f * dx / d; s.vy += f * dy / d; t.vx -= f * dx / d; t.vy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
        n.x = Math.min(W - 20, Math.max(20, n.x + n.vx * heat));
        n.y = Math.min(H - 20, Math.max(20, n.y + n.vy * heat));
        n.vx *= 0.5; n.vy *= 0.5;
      });
    }
    fit(nodes);
    return links;
  }

  function fit(nodes) {  // stretch the layout to the drawing area, keeping its proportions
    if (nodes.length < 2) return;
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var k = Math.min((W - 160) / Math.max(1, x1 - x0), (H - 80) / Math.max(1, y1 - y0), 3);
    nodes.forEach(function (n) {
      n.x = W / 2 + (n.x - (x0 + x1) / 2) * k; n.y = H / 2 + (n.y - (y0 + y1) / 2) * k;
    });
  }

  var selected = null, adjacency = {}, nodeById = {};

  function href(n) {
    return svg.getAttribute("data-level") === "person" ? "/actors/" + n.id : "/countries/" + n.id;
  }

  function select(id) {  // highlight a node and its neighbours (null: clear)
    selected = id && nodeById[id] ? id : null;
    var near = selected ? adjacency[selected] : {};
    svg.classList.toggle("has-selection", !!selected);
    Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) {
      var nid = g.getAttribute("data-id");
      g.classList.toggle("selected", nid === selected);
      g.classList.toggle("neighbour", !!selected && nid !== selected && near[nid] !== undefined);
      g.setAttribute("aria-pressed", nid === selected ? "true" : "false");
    });
    Array.prototype.forEach.call(svg.querySelectorAll("line"), function (line) {
      line.classList.toggle("active", !!selected && (line.getAttribute("data-a") === selected ||
                                                     line.getAttribute("data-b") === selected));
    });
    panel(selected);
  }

  function add(parent, name, text, attrs) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    parent.appendChild(node);
    return node;
  }

  function panel(id) {  // the selected node's partners, with links to its page and the briefs
    var box = document.getElementById("network-selection");
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!id) {
      add(box, "p", "Click a node to see its partners; its neighbours stay highlighted.", {"class": "muted"});
      return;
    }
    var n = nodeById[id];
    var title = add(box, "h2", "");
    add(title, "a", n.label, {href: href(n)});
    add(box, "p", n.weight + " events in this picture", {"class": "muted"});
    var partners = Object.keys(adjacency[id]).sort(function (a, b) {
      return adjacency[id][b] - adjacency[id][a] || (nodeById[a].label < nodeById[b].label ? -1 : 1);
    });
    var list = add(box, "ol", "", {"class": "partners"});
    partners.forEach(function (pid) {
      var item = add(list, "li", "");
      add(item, "a", nodeById[pid].label, {href: href(nodeById[pid]), "data-id": pid});
      add(item, "span", " " + adjacency[id][pid] + " ", {"class": "muted"});
      add(item, "a", "brief", {href: "/brief?a=" + encodeURIComponent(id) + "&b=" + encodeURIComponent(pid), "class": "brief-link"});
    });
    if (!partners.length) add(box, "p", "No partners in this picture.", {"class": "muted"});
  }

  function describe(data) {
    var note = document.getElementById("network-period");
    if (!note) return;
    var text = data.since || data.until
      ? "From " + (data.since || "the start") + " to " + (data.until || "the newest event")
      : "All time";
    if (data.default_period === "12m") text = "The twelve months up to the newest event (choose \u201call time\u201d for everything)";
    if (data.country) text += " \u00b7 events with " + data.country;
    note.textContent = text + " \u00b7 " + data.nodes.length + " nodes, " + data.edges.length + " links.";
  }

  function draw(data) {
    var nodes = data.nodes, edges = layout(nodes, data.edges);
    nodeById = {}; adjacency = {};
    nodes.forEach(function (n) { nodeById[n.id] = n; adjacency[n.id] = {}; });
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    describe(data);
    if (!nodes.length) {
      var empty = el("text", {x: W / 2, y: H / 2, "text-anchor": "middle"});
      empty.textContent = "No engagements match these filters.";
      svg.appendChild(empty);
      return;
    }
    edges.forEach(function (e) {
      var s = nodeById[e.source], t = nodeById[e.target];
      adjacency[e.source][e.target] = e.weight; adjacency[e.target][e.source] = e.weight;
      var line = el("line", {x1: s.x, y1: s.y, x2: t.x, y2: t.y, "data-a": e.source, "data-b": e.target,
                             "stroke-width": Math.min(8, 1 + e.weight)});
      var tip = el("title", {}); tip.textContent = s.label + " – " + t.label + ": " + e.weight;
      line.appendChild(tip); svg.appendChild(line);
    });
    nodes.forEach(function (n) {
      var g = el("g", {"class": "node", "data-id": n.id, tabindex: "0", role: "button",
                       "aria-label": n.label + ", " + n.weight + " events"});
      var c = el("circle", {cx: n.x, cy: n.y, r: Math.min(24, 5 + 3 * Math.sqrt(n.weight))});
      var tip = el("title", {}); tip.textContent = n.label + ": " + n.weight + " events";
      c.appendChild(tip);
      var label = el("text", {x: n.x + 8, y: n.y - 8}); label.textContent = n.label;
      g.appendChild(c); g.appendChild(label); svg.appendChild(g);
      g.addEventListener("click", function (ev) { ev.stopPropagation(); select(selected === n.id ? null : n.id); });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(n.id); }
      });
    });
    svg.addEventListener("click", function () { select(null); });
    var focus = svg.getAttribute("data-focus");
    if (focus && nodeById[focus]) select(focus);
  }

  fetch(svg.getAttribute("data-src"), {headers: {Accept: "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      if (data.ok === false) throw new Error(data.error.message);
      draw(data);
    })
    .catch(function (err) {
      document.getElementById("network-note").textContent = "Could not load the network: " + err.message;
    });
})();
