/* coopkg view page script: builds the vis-network, tooltips, search, filters.
 * Every text from the data goes in with textContent, never innerHTML: names come
 * from notices and may contain markup. */
(function () {
  "use strict";
  var view = { stabilized: false, stabilizedAt: null, startedAt: performance.now() };
  window.coopkgView = view;
  var data = JSON.parse(document.getElementById("coopkg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function factsBox(node, withLinks) {
    var box = el("div", null, "coopkg-tip");
    box.appendChild(el("strong", node.name));
    if (node.kind) { box.appendChild(el("div", node.kind, "coopkg-kind")); }
    var dl = el("dl");
    node.facts.forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
    box.appendChild(dl);
    if (node.sources.length) {
      var ul = el("ul", null, "coopkg-sources");
      node.sources.forEach(function (s) {
        var li = el("li");
        if (withLinks && s[1]) {
          var a = el("a", s[0]);
          a.setAttribute("href", s[1]);  /* percent-encoded relative path, no scheme */
          a.setAttribute("rel", "noopener");
          li.appendChild(a);
        } else {
          li.textContent = "Notice: " + s[0];
        }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = { id: n.id, label: n.label, color: n.color, size: n.size,
                 title: factsBox(n, false), category: n.category };
    if (n.focus) { item.borderWidth = 4; item.shape = "star"; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, width: e.width, title: el("div", e.title, "coopkg-tip") };
  }));
  var container = document.getElementById("coopkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  view.network = network;
  view.nodes = nodes;
  view.edges = edges;
  var status = document.getElementById("coopkg-status");

  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function laidOut() {
    /* Stop the physics once laid out: a still picture costs no CPU and nodes stay put. */
    network.setOptions({ physics: false });
    view.stabilized = true;
    view.stabilizedAt = performance.now();
    status.textContent = "Layout done in " + Math.round(view.stabilizedAt - view.startedAt) +
      " ms. Drag nodes to move them; scroll to zoom.";
  }
  if (data.nodes.length === 0) {
    laidOut();  /* vis-network never fires the event for an empty network */
  } else {
    network.once("stabilizationIterationsDone", laidOut);
  }

  var details = document.getElementById("coopkg-details");
  function showDetails(id) {
    while (details.firstChild) { details.removeChild(details.firstChild); }
    if (id === null || !byId[id]) {
      details.appendChild(document.createTextNode("Click a node to see its facts and source notices."));
      return;
    }
    details.appendChild(factsBox(byId[id], true));
  }
  network.on("selectNode", function (p) { showDetails(p.nodes[0]); });
  network.on("deselectNode", function () { showDetails(null); });

  /* Filters: one checkbox per legend entry hides or shows that category. */
  var hidden = {};
  function applyFilters() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !!hidden[n.category] }; }));
  }
  Array.prototype.forEach.call(document.querySelectorAll("#coopkg-legend input[data-category]"), function (box) {
    box.addEventListener("change", function () {
      hidden[box.getAttribute("data-category")] = !box.checked;
      applyFilters();
    });
  });
  document.getElementById("coopkg-show-all").addEventListener("click", function () {
    hidden = {};
    Array.prototype.forEach.call(document.querySelectorAll("#coopkg-legend input"), function (b) { b.checked = true; });
    applyFilters();
  });

  /* Search: select and zoom to every node whose name contains the query. */
  var result = document.getElementById("coopkg-search-result");
  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { network.unselectAll(); result.textContent = ""; return []; }
    var found = data.nodes.filter(function (n) {
      return n.name.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase() === q;
    }).map(function (n) { return n.id; });
    network.selectNodes(found);
    if (found.length) {
      network.fit({ nodes: found, animation: false });
      showDetails(found[0]);
    }
    result.textContent = found.length + (found.length === 1 ? " match" : " matches");
    return found;
  }
  view.search = search;
  document.getElementById("coopkg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("coopkg-query").value);
  });
})();
