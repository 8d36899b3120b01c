/*
 * Partnership Atlas: the network picture (sigma.js 3 + graphology, served from /vendor/, see ui/vendor/).
 * Driven from Java by org.partnershipatlas.ui.network.NetworkGraph:
 *   atlasNetwork.render(element, pictureJson)   draw a NetworkPicture (positions, colours, sizes from the server;
 *                                               nodes and links as arrays, see NetworkGraph.wire)
 *   atlasNetwork.update(element, changesJson)   change the drawn picture in place (NetworkGraph.changes)
 *   atlasNetwork.select(element, id)            highlight an organisation or link and its neighbours (null: none)
 *   atlasNetwork.focus(element, id)             move the camera to an organisation
 *   atlasNetwork.png(element, title, legend)    the picture as a PNG data URL, with its title and legend
 *   atlasNetwork.stats(element)                 {nodes, edges, renderMs} for tests and the performance script
 *   atlasNetwork.has(element, id)               whether an organisation or link is drawn
 * Drawing, selecting and focusing run in the order Java asked for them (one queue per element).
 * It tells Java about clicks with DOM events on the element: "node-click", "edge-click", "stage-click".
 * Labels are drawn on a canvas with fillText, so names are always text, never markup.
 */
(function () {
  "use strict";
  const instances = new WeakMap();

  function whenSized(el) {
    return new Promise((resolve) => {
      const check = () => (el.offsetWidth > 0 && el.offsetHeight > 0 ? resolve() : requestAnimationFrame(check));
      check();
    });
  }

  function emit(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: false }));
  }

  function create(el) {
    const graph = new graphology.Graph({ multi: true, type: "undirected", allowSelfLoops: false });
    const state = { el: el, graph: graph, selected: null, near: new Set(), renderMs: 0, points: false };
    const renderer = new Sigma.Sigma(graph, el, {
      renderLabels: true,
      labelDensity: 0.8,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      labelFont: "system-ui, sans-serif",
      labelColor: { color: "#1f2933" },
      enableEdgeEvents: true,
      // Large networks: draw only the organisations while the camera moves, everything once it stops.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      zIndex: true,
      allowInvalidContainer: true,
      nodeReducer: (node, data) => {
        if (!state.selected) return data;
        const res = Object.assign({}, data);
        if (node === state.selected) {
          res.highlighted = true;
          res.forceLabel = true;
          res.zIndex = 2;
        } else if (state.near.has(node)) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = "#e4e7eb";
          res.label = "";
          res.zIndex = 0;
        }
        return res;
      },
      edgeReducer: (edge, data) => {
        if (!state.selected) return data;
        const res = Object.assign({}, data);
        if (edge === state.selected) {
          res.color = "#d14";
          res.size = (data.size || 1) + 2;
          return res;
        }
        const [a, b] = graph.extremities(edge);
        if (a === state.selected || b === state.selected) {
          res.color = "#3b4a5a";
        } else if (!(state.near.has(a) && state.near.has(b))) {
          res.color = "#f0f2f4";
        }
        return res;
      },
    });
    // Our own layer over sigma's: group names (partner countries) and rings round marked organisations.
    const overlay = document.createElement("canvas");
    overlay.className = "atlas-overlay";
    overlay.setAttribute("aria-hidden", "true");
    overlay.style.cssText = "position:absolute;inset:0;pointer-events:none;z-index:1";
    el.appendChild(overlay);
    state.overlay = overlay;
    state.groups = [];
    state.marks = {};
    renderer.on("afterRender", () => { if (!state.overlayOff) drawOverlay(state, el); });
    renderer.on("clickNode", (e) => emit(el, "node-click", { id: e.node }));
    renderer.on("clickEdge", (e) => emit(el, "edge-click", { id: e.edge }));
    renderer.on("clickStage", () => emit(el, "stage-click", {}));
    renderer.on("enterNode", () => { el.style.cursor = "pointer"; });
    renderer.on("leaveNode", () => { el.style.cursor = ""; });
    state.renderer = renderer;
    instances.set(el, state);
    return state;
  }

  const MARK_COLOURS = { "UNDER_LINKED": "#c0392b", "BROKER": "#1f2933" };

  /** Draws the overlay on {@code ctx} (the screen layer, or a PNG being made) in CSS pixels. */
  function paintOverlay(state, ctx) {
    const renderer = state.renderer;
    ctx.save();
    ctx.textBaseline = "bottom";
    ctx.font = "600 12px system-ui, sans-serif";
    ctx.fillStyle = "#3b4a5a";
    // Top to bottom; a name that would overlap the one above waits until the reader zooms in.
    const placed = state.groups.map((g) => ({ label: g.label, p: renderer.graphToViewport({ x: g.x, y: -g.y }) }))
      .sort((a, b) => a.p.y - b.p.y);
    let lastY = -Infinity;
    for (const g of placed) {
      if (g.p.y - lastY < 13) continue;
      ctx.fillText(g.label, g.p.x - 4, g.p.y + 6);
      lastY = g.p.y;
    }
    for (const [id, marks] of Object.entries(state.marks)) {
      if (!state.graph.hasNode(id)) continue;
      const d = renderer.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      let r = (typeof renderer.scaleSize === "function" ? renderer.scaleSize(d.size) : d.size) + 2.5;
      marks.forEach((m, i) => {
        ctx.beginPath();
        ctx.lineWidth = 2;
        ctx.strokeStyle = MARK_COLOURS[m] || "#000";
        if (m === "BROKER") ctx.setLineDash([3, 2]); else ctx.setLineDash([]);
        ctx.arc(p.x, p.y, r + 3 * i, 0, 2 * Math.PI);
        ctx.stroke();
      });
    }
    ctx.restore();
  }

  function drawOverlay(state, el) {
    const canvas = state.overlay;
    const ratio = window.devicePixelRatio || 1;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = w + "px";
      canvas.style.height = h + "px";
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    paintOverlay(state, ctx);
  }

  function neighbours(state, id) {
    const near = new Set();
    const g = state.graph;
    if (g.hasNode(id)) {
      g.forEachNeighbor(id, (n) => near.add(n));
    } else if (g.hasEdge(id)) {
      g.extremities(id).forEach((n) => near.add(n));
    }
    return near;
  }

  /** Runs the element's drawing tasks one after the other, in the order Java sent them. */
  function queue(el, task) {
    const next = (el._atlasQueue || Promise.resolve()).then(task, task);
    el._atlasQueue = next.catch(() => undefined);
    return next;
  }

  /** Draws a whole picture, replacing what was shown. */
  function render(el, json) {
    return queue(el, () => draw(el, json, true));
  }

  /**
   * Changes the picture in place: {@code changes} has the organisations and links added or changed
   * ({@code nodes}, {@code edges}, as in a picture), the ids of those gone ({@code removedNodes},
   * {@code removedEdges}), and the picture's groups and extent. Far cheaper than a whole picture at
   * 10,000 organisations: less to send and parse, and sigma indexes the graph once.
   */
  function update(el, json) {
    return queue(el, () => draw(el, json, false));
  }

  /** Above this many organisations they are drawn as points (one vertex each) rather than circles (see STACK.md). */
  const POINTS_ABOVE = 3000;

  async function draw(el, json, whole) {
    await whenSized(el);
    const started = performance.now();
    const picture = typeof json === "string" ? JSON.parse(json) : json;
    const state = instances.get(el) || create(el);
    const g = state.graph;
    const r = state.renderer;
    // sigma reacts to every graph event (a dropped node or link even re-indexes the whole graph): change the graph
    // unobserved, then let sigma index it once.
    r.unbindGraphHandlers();
    try {
      if (whole) {
        g.clear();
        state.marks = {};
        // sigma re-indexes the whole graph on every setSetting: change settings while the graph is empty.
        usePoints(state, picture.nodes.length > POINTS_ABOVE);
        useEdgeEvents(state, picture.edges.length <= EDGE_EVENTS_UP_TO);
      }
      for (const id of picture.removedNodes || []) {
        if (g.hasNode(id)) g.dropNode(id);
        delete state.marks[id];
      }
      for (const id of picture.removedEdges || []) {
        if (g.hasEdge(id)) g.dropEdge(id);
      }
      // Nodes come as [id, label, x, y, size, colour, marks?], links as [id, source, target, size, colour].
      for (const [id, label, x, y, size, color, marks] of picture.nodes) {
        // The y axis of the layout points down like the screen; sigma's points up.
        const attrs = { label: label, x: x, y: -y, size: size, color: color };
        if (g.hasNode(id)) g.replaceNodeAttributes(id, attrs);
        else g.addNode(id, attrs);
        if (marks && marks.length) state.marks[id] = marks;
        else delete state.marks[id];
      }
      for (const [id, source, target, size, color] of picture.edges) {
        if (!g.hasNode(source) || !g.hasNode(target)) continue;
        const attrs = { size: size, color: color };
        if (g.hasEdge(id)) {
          const [a, b] = g.extremities(id);
          if ((a === source && b === target) || (a === target && b === source)) {
            g.replaceEdgeAttributes(id, attrs);
            continue;
          }
          g.dropEdge(id);
        }
        g.addEdgeWithKey(id, source, target, attrs);
      }
    } finally {
      r.bindGraphHandlers();
    }
    state.groups = picture.groups || [];
    if ("_atlasPendingSelection" in el) {
      state.selected = el._atlasPendingSelection;
      delete el._atlasPendingSelection;
    }
    useEdgeEvents(state, g.size <= EDGE_EVENTS_UP_TO);
    usePoints(state, g.order > POINTS_ABOVE);
    const [minX, minY, maxX, maxY] = picture.extent;
    r.setCustomBBox({ x: [minX, maxX], y: [-maxY, -minY] });
    if (state.selected && !g.hasNode(state.selected) && !g.hasEdge(state.selected)) {
      state.selected = null;
    }
    state.near = state.selected ? neighbours(state, state.selected) : new Set();
    el.setAttribute("data-selected", state.selected || "");
    r.clearState();
    r.refresh();
    state.renderMs = performance.now() - started;
    el.setAttribute("data-nodes", String(g.order));
    el.setAttribute("data-edges", String(g.size));
    el.setAttribute("data-groups", String(state.groups.length));
    el.setAttribute("data-marked", String(Object.keys(state.marks).length));
    el.setAttribute("data-rendered-at", String(performance.now()));
    emit(el, "rendered", { nodes: g.order, edges: g.size });
    return g.order;
  }

  /**
   * Link clicks need every link drawn into sigma's picking layer on every frame: too slow for large pictures
   * without a GPU, so there links are reached from an organisation's detail panel or the table instead.
   */
  const EDGE_EVENTS_UP_TO = 5000;

  function useEdgeEvents(state, on) {
    // Only when it changes: every setSetting makes sigma re-index the whole graph.
    if (state.renderer.getSetting("enableEdgeEvents") !== on) state.renderer.setSetting("enableEdgeEvents", on);
  }

  /**
   * Draws organisations with sigma's point program and links with its line program (one gl.POINTS vertex each, the disc cut out in the fragment
   * shader) or its circle program (a triangle of three vertices each, 4× the node's size, so far more fragments):
   * without a GPU the circles cost ~100 ms a frame at 10,000. Both look the same: round, in the node's colour.
   */
  function usePoints(state, points) {
    if (state.points === points) return;
    state.points = points;
    const r = state.renderer;
    const cls = points ? Sigma.rendering.NodePointProgram : Sigma.rendering.NodeCircleProgram;
    r.setSetting("nodeProgramClasses", Object.assign({}, r.getSetting("nodeProgramClasses"), { circle: cls }));
    // Links likewise: sigma's rectangle program is instanced too (30,000 instances at 10k, drawn in every frame at
    // rest); its line program is one gl.LINES segment per link, drawn 1 px wide (thickness is lost, colour kept).
    const edges = points ? Sigma.rendering.EdgeLineProgram : Sigma.rendering.EdgeRectangleProgram;
    r.setSetting("edgeProgramClasses", Object.assign({}, r.getSetting("edgeProgramClasses"), { line: edges }));
    state.el.setAttribute("data-node-program", points ? "points" : "circles");
  }

  /** Highlights an organisation or link, after any drawing Java asked for before (it may bring that node). */
  function select(el, id) {
    return queue(el, () => selectNow(el, id));
  }

  function selectNow(el, id) {
    const state = instances.get(el);
    if (!state) {
      // The first render is still waiting for the element to be laid out: apply the selection when it draws.
      el._atlasPendingSelection = id || null;
      return false;
    }
    state.selected = id && (state.graph.hasNode(id) || state.graph.hasEdge(id)) ? id : null;
    state.near = state.selected ? neighbours(state, state.selected) : new Set();
    state.renderer.refresh({ skipIndexation: true });
    el.setAttribute("data-selected", state.selected || "");
    return state.selected !== null;
  }

  function focus(el, id) {
    return queue(el, () => focusNow(el, id));
  }

  function focusNow(el, id) {
    const state = instances.get(el);
    if (!state || !state.graph.hasNode(id)) return false;
    const d = state.renderer.getNodeDisplayData(id);
    state.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
    return true;
  }

  function reset(el) {
    const state = instances.get(el);
    if (state) state.renderer.getCamera().animatedReset({ duration: 300 });
  }

  function zoom(el, factor) {
    const state = instances.get(el);
    if (!state) return;
    const camera = state.renderer.getCamera();
    if (factor > 1) camera.animatedZoom({ duration: 200, factor: factor });
    else camera.animatedUnzoom({ duration: 200, factor: 1 / factor });
  }

  /** Viewport pixel position of a node, for browser tests that click it like a user. */
  function nodePosition(el, id) {
    const state = instances.get(el);
    if (!state || !state.graph.hasNode(id)) return null;
    const attrs = state.graph.getNodeAttributes(id);
    const p = state.renderer.graphToViewport({ x: attrs.x, y: attrs.y });
    return { x: p.x, y: p.y };
  }

  /**
   * The picture as a PNG data URL: the title above (the view's filters in words and the date), the picture as on
   * screen with its group names and marks, and the legend below — a picture that explains itself in a report.
   */
  function png(el, title, legendJson) {
    const state = instances.get(el);
    if (!state) return null;
    state.renderer.refresh();
    const canvases = state.renderer.getCanvases();
    const legend = legendJson ? (typeof legendJson === "string" ? JSON.parse(legendJson) : legendJson) : [];
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const ratio = window.devicePixelRatio || 1;
    const measure = document.createElement("canvas").getContext("2d");
    measure.font = "13px system-ui, sans-serif";
    // Lay the legend out in rows first, to know how tall the picture is.
    const items = [];
    let x = 16, rows = legend.length ? 1 : 0;
    for (const e of legend) {
      const width = 22 + measure.measureText(e.label).width + 18;
      if (x + width > w - 16 && x > 16) { x = 16; rows++; }
      items.push({ e: e, x: x, row: rows - 1 });
      x += width;
    }
    const top = title ? 40 : 0;
    const bottom = rows * 22 + (rows ? 12 : 0);
    const out = document.createElement("canvas");
    out.width = w * ratio;
    out.height = (h + top + bottom) * ratio;
    const ctx = out.getContext("2d");
    ctx.scale(ratio, ratio);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, w, h + top + bottom);
    if (title) {
      ctx.fillStyle = "#1f2933";
      ctx.font = "600 16px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      ctx.fillText(title, 16, top / 2, w - 32);
    }
    for (const layer of ["edges", "nodes", "edgeLabels", "labels"]) {
      if (canvases[layer]) ctx.drawImage(canvases[layer], 0, top, w, h);
    }
    ctx.save();
    ctx.translate(0, top);
    paintOverlay(state, ctx);
    ctx.restore();
    ctx.font = "13px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    for (const it of items) {
      const y = top + h + 12 + it.row * 22 + 8;
      ctx.beginPath();
      if (it.e.line) {
        // a class of links: a short stroke of its colour
        ctx.moveTo(it.x, y);
        ctx.lineTo(it.x + 14, y);
        ctx.lineWidth = 3;
        ctx.strokeStyle = it.e.color;
        ctx.stroke();
        ctx.fillStyle = "#1f2933";
        ctx.fillText(it.e.label, it.x + 20, y);
        continue;
      }
      ctx.arc(it.x + 7, y, 6, 0, 2 * Math.PI);
      if (it.e.ring) {
        ctx.lineWidth = 2;
        ctx.strokeStyle = it.e.color;
        ctx.stroke();
      } else {
        ctx.fillStyle = it.e.color;
        ctx.fill();
      }
      ctx.fillStyle = "#1f2933";
      ctx.fillText(it.e.label, it.x + 20, y);
    }
    return out.toDataURL("image/png");
  }

  function download(el, fileName, title, legendJson) {
    const url = png(el, title, legendJson);
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  /** Whether an organisation or link is drawn now. */
  function has(el, id) {
    const state = instances.get(el);
    return !!state && (state.graph.hasNode(id) || state.graph.hasEdge(id));
  }

  /** The sigma renderer behind an element (for the performance script and debugging in the console). */
  function renderer(el) {
    const state = instances.get(el);
    return state ? state.renderer : null;
  }

  function stats(el) {
    const state = instances.get(el);
    return state ? { nodes: state.graph.order, edges: state.graph.size, renderMs: state.renderMs } : null;
  }

  /**
   * Frames per second while the camera pans and zooms for about {@code ms} milliseconds, the way a user moves it
   * (animated camera moves, so sigma hides links and labels in flight): requestAnimationFrame callbacks per second.
   */
  function measureFps(el, ms) {
    const state = instances.get(el);
    if (!state) return Promise.resolve(0);
    const camera = state.renderer.getCamera();
    const moves = [
      { x: 0.3, y: 0.3, ratio: 0.5 }, { x: 0.7, y: 0.4, ratio: 0.3 }, { x: 0.6, y: 0.7, ratio: 0.8 },
      { x: 0.4, y: 0.6, ratio: 0.4 }, { x: 0.5, y: 0.5, ratio: 1 },
    ];
    const step = ms / moves.length;
    return new Promise((resolve) => {
      let frames = 0;
      let running = true;
      const start = performance.now();
      const count = () => { frames++; if (running) requestAnimationFrame(count); };
      requestAnimationFrame(count);
      let chain = Promise.resolve();
      for (const m of moves) chain = chain.then(() => camera.animate(m, { duration: step }));
      chain.then(() => {
        running = false;
        resolve((frames * 1000) / (performance.now() - start));
      });
    });
  }

  /**
   * Frames per second of {@link measureFps} with one thing changed, then put back: what a frame costs, measured
   * A/B in one page by the performance script (ExplorerPerformance). Variants: "as-is"; "no-overlay" (our group
   * names and rings not redrawn); "circles" / "points" (sigma's node program: a triangle per node with the circle
   * cut out by the fragment shader, or one gl.POINTS vertex); "no-picking" (sigma's off-screen picking layer made
   * 1 pixel, so it costs nothing); "no-nodes" (every organisation hidden); "still" (camera not moving: the page's
   * own frame rate).
   */
  function probe(el, ms, variant) {
    const state = instances.get(el);
    if (!state) return Promise.resolve(0);
    const r = state.renderer;
    const undo = [];
    const setting = (name, value) => {
      const old = r.getSetting(name);
      r.setSetting(name, value);
      undo.push(() => r.setSetting(name, old));
    };
    if (variant === "no-overlay") {
      state.overlayOff = true;
      undo.push(() => { state.overlayOff = false; });
    } else if (variant === "points" || variant === "circles") {
      const cls = variant === "points" ? Sigma.rendering.NodePointProgram : Sigma.rendering.NodeCircleProgram;
      setting("nodeProgramClasses", Object.assign({}, r.getSetting("nodeProgramClasses"), { circle: cls }));
    } else if (variant === "no-picking") {
      const old = r.pickingDownSizingRatio;
      r.pickingDownSizingRatio = 4096;
      undo.push(() => { r.pickingDownSizingRatio = old; });
    } else if (variant === "no-nodes") {
      const reducer = r.getSetting("nodeReducer");
      setting("nodeReducer", (node, data) => Object.assign({}, reducer ? reducer(node, data) : data, { hidden: true }));
    }
    r.refresh();
    const run = variant === "still" ? countFrames(ms) : measureFps(el, ms);
    return run.then((fps) => {
      undo.reverse().forEach((f) => f());
      r.refresh();
      return fps;
    });
  }

  function countFrames(ms) {
    return new Promise((resolve) => {
      let frames = 0;
      const start = performance.now();
      const tick = () => {
        frames++;
        if (performance.now() - start < ms) requestAnimationFrame(tick);
        else resolve((frames * 1000) / (performance.now() - start));
      };
      requestAnimationFrame(tick);
    });
  }

  window.atlasNetwork = { render, update, select, focus, reset, zoom, nodePosition, png, download, has, renderer, stats, measureFps, probe };
})();
