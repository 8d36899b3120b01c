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
 *   atlasNetwork.labels(element)                the organisation labels drawn in the last frame:
 *                                               [{id, text, x, y, width, height}], CSS pixels relative to element
 *   atlasNetwork.groupLabels(element)           the group (country) names drawn in the last frame, boxes likewise
 *   atlasNetwork.legend(element)                [{label, colour, count, kind}] for what the picture shows now
 *   atlasNetwork.highlighted(element)           the ids of the organisations highlighted (a route, ?highlight=,
 *                                               or the selection and its neighbours)
 *   atlasNetwork.settled(element)               whether the camera is still and the last frame's labels are placed
 *   atlasNetwork.pin(element, pins)             pins organisations at positions of the layout ({id: [x, y]}, y down
 *                                               as the server lays out), releasing every other
 *   atlasNetwork.positions(element)             [{id, x, y, pinned}]: each organisation's position in the layout's
 *                                               coordinates (its pin, else where the server placed it)
 * An organisation dragged with the mouse moves alone (nothing else moves: the layout is the server's, fixed) and
 * stays pinned where it is dropped, marked by a dark pin head; a double-click on a pinned organisation releases it.
 * Pinned organisations keep their place through filters; a small picture with a pin is not arranged in columns.
 * Labels are ours, not sigma's: drawn on our overlay canvas after each frame at rest, placed greedily (most important
 * first: the selection and a route, then Boards, Trusts and top brokers, then by size) right, left, above or below
 * their organisation, never over another label or a group name and never past the picture's edge; a spatial grid
 * keeps that linear in the organisations on screen. Up to LABEL_ALL_UP_TO organisations every one is labelled: the
 * picture is framed on them and, when their positions leave no room, arranged in columns that fit their names.
 * Drawing, selecting and focusing run in the order Java asked for them (one queue per element).
 * It tells Java about clicks with DOM events on the element: "node-click", "edge-click", "stage-click", and about
 * pins with "node-moved" ({id, x, y} in the layout's coordinates) and "node-released" ({id}).
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
      // Our own labels (see placeLabels); sigma still draws the whole name of the organisation under the pointer.
      renderLabels: false,
      labelSize: 13,
      labelFont: "system-ui, sans-serif",
      labelColor: { color: "#1f2933" },
      enableEdgeEvents: true,
      // Large networks: draw only the organisations while the camera moves, everything once it stops.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      zIndex: true,
      allowInvalidContainer: true,
      nodeReducer: (node, data) => {
        if (!state.selected) return state.highlight ? highlightNode(state, node, data) : data;
        const res = Object.assign({}, data);
        if (node === state.selected) {
          res.forceLabel = true;
          res.zIndex = 2;
        } else if (state.near.has(node)) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = "#e4e7eb";
          // A small picture names everyone (a two-step neighbourhood's outer ring too); a large one only the near.
          if (!state.labelAll) res.label = "";
          res.zIndex = 0;
        }
        return res;
      },
      edgeReducer: (edge, data) => {
        if (!state.selected) return state.highlight ? highlightEdge(state, edge, data) : data;
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
    state.home = new Map();
    state.order = [];
    state.labelBoxes = [];
    state.groupBoxes = [];
    state.legend = [];
    state.headings = [];
    state.highlight = null;
    state.extent = [0, 0, 1, 1];
    state.laidOut = { w: 0, h: 0 };
    state.stretched = 1;
    state.pins = new Map();
    state.server = new Map();
    renderer.on("afterRender", () => { if (!state.overlayOff) drawOverlay(state, el); });
    // sigma follows the window's size; the element also changes size when the panels beside it open or close.
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(() => {
        if (el.offsetWidth > 0 && el.offsetHeight > 0 && instances.get(el) === state) {
          renderer.refresh();
          if (state.labelAll && (state.laidOut.w !== el.offsetWidth || state.laidOut.h !== el.offsetHeight)) {
            queue(el, () => { frameAll(state, true); renderer.refresh(); });
          }
        }
      }).observe(el);
    }
    renderer.on("clickNode", (e) => {
      // The click that ends a drag is not a selection.
      if (state.suppressClick) { state.suppressClick = false; return; }
      emit(el, "node-click", { id: e.node });
    });
    renderer.on("clickEdge", (e) => emit(el, "edge-click", { id: e.edge }));
    renderer.on("clickStage", () => emit(el, "stage-click", {}));
    renderer.on("enterNode", () => { el.style.cursor = "pointer"; });
    renderer.on("leaveNode", () => { el.style.cursor = ""; });
    state.renderer = renderer;
    useDragging(state);
    instances.set(el, state);
    return state;
  }

  const MARK_COLOURS = { "UNDER_LINKED": "#c0392b", "BROKER": "#1f2933", "INTRODUCER": "#d55e00" };
  const LABEL_FONT = "12px system-ui, sans-serif";
  const GROUP_FONT = "600 12px system-ui, sans-serif";
  /** A label's box: 12 px text with room above and below for the halo. */
  const LABEL_HEIGHT = 15;
  /** Longest label in pixels in the whole picture; longer names end in an ellipsis (whole on hover). */
  const LABEL_MAX_WIDTH = 240;
  /** Up to this many organisations every one is labelled (a country, a neighbourhood, a narrow filter). */
  const LABEL_ALL_UP_TO = 150;
  /** Kept clear at the picture's edge. */
  const EDGE = 4;
  const CELL = 64;

  const measureCtx = document.createElement("canvas").getContext("2d");
  const widths = new Map();

  function textWidth(text, font) {
    const key = font + "\u0000" + text;
    let w = widths.get(key);
    if (w === undefined) {
      if (widths.size > 50000) widths.clear();
      measureCtx.font = font;
      w = Math.ceil(measureCtx.measureText(text).width);
      widths.set(key, w);
    }
    return w;
  }

  /** {@code text} cut to fit {@code max} pixels, ending in an ellipsis when cut. */
  function fitText(text, max, font) {
    if (textWidth(text, font) <= max) return text;
    let lo = 1, hi = text.length - 1, best = "";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = text.slice(0, mid).trimEnd() + "\u2026";
      if (textWidth(t, font) <= max) { best = t; lo = mid + 1; } else { hi = mid - 1; }
    }
    return best || "\u2026";
  }

  /** Placed boxes in a grid of cells: overlap tests only look at the cells a box covers. */
  function boxGrid() {
    const cells = new Map();
    const each = (b, f) => {
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++) {
        for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) {
          if (f(cx * 100003 + cy) === false) return false;
        }
      }
      return true;
    };
    return {
      free(b) {
        return each(b, (k) => {
          const list = cells.get(k);
          if (!list) return true;
          for (const o of list) {
            if (b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height) return false;
          }
          return true;
        });
      },
      add(b) {
        each(b, (k) => { const list = cells.get(k); if (list) list.push(b); else cells.set(k, [b]); });
      },
    };
  }

  function isMoving(renderer) {
    const m = renderer.mouseCaptor;
    return renderer.getCamera().isAnimated() || !!(m && (m.isMoving || m.draggedEvents || m.currentWheelDirection));
  }

  /**
   * Where labels go in this frame: group names first (each kept only if it overlaps no other), then organisations in
   * order of importance, each at the first free position of right, left, above, below. Only organisations on screen
   * are tried, so the cost follows what is visible, with the grid keeping each test constant.
   */
  function placeLabels(state, w, h) {
    const renderer = state.renderer;
    const grid = boxGrid();
    const groups = [];
    const inside = (b) => b.x >= EDGE && b.y >= EDGE && b.x + b.width <= w - EDGE && b.y + b.height <= h - EDGE;
    for (const g of groupPositions(state)) {
      const width = textWidth(g.label, GROUP_FONT);
      const box = { text: g.label, x: Math.max(EDGE, Math.min(g.x, w - EDGE - width)), y: g.y - LABEL_HEIGHT / 2,
        width: width, height: LABEL_HEIGHT };
      if (inside(box) && grid.free(box)) { grid.add(box); groups.push(box); }
    }
    const labels = [];
    const maxWidth = state.arranged ? state.columnLabelWidth : LABEL_MAX_WIDTH;
    const all = state.labelAll;
    let misses = 0;
    // sigma's own cache of what it draws (reducers applied), read without the copy getNodeDisplayData makes.
    const cache = renderer.nodeDataCache;
    const tryNode = (id, important) => {
      const d = cache ? cache[id] : renderer.getNodeDisplayData(id);
      if (!d || d.hidden || !d.label) return;
      const r = renderer.scaleSize(d.size);
      // On a large picture the smallest dots wait for the reader to zoom in (cheap test first: most are small).
      if (!all && !important && r < 2.5) return;
      const p = renderer.framedGraphToViewport(d);
      if (p.x < -20 || p.y < -20 || p.x > w + 20 || p.y > h + 20) return;
      const text = fitText(d.label, maxWidth, LABEL_FONT);
      const tw = textWidth(text, LABEL_FONT) + 2;
      const candidates = [
        { x: p.x + r + 3, y: p.y - LABEL_HEIGHT / 2 },
        { x: p.x - r - 3 - tw, y: p.y - LABEL_HEIGHT / 2 },
        { x: p.x - tw / 2, y: p.y - r - 2 - LABEL_HEIGHT },
        { x: p.x - tw / 2, y: p.y + r + 2 },
        { x: p.x + r + 1, y: p.y - r - LABEL_HEIGHT + 2 },
        { x: p.x + r + 1, y: p.y + r - 2 },
        { x: p.x - r - 1 - tw, y: p.y - r - LABEL_HEIGHT + 2 },
        { x: p.x - r - 1 - tw, y: p.y + r - 2 },
      ];
      for (const c of candidates) {
        const box = { id: id, text: text, x: c.x, y: c.y, width: tw, height: LABEL_HEIGHT };
        if (inside(box) && grid.free(box)) {
          grid.add(box);
          labels.push(box);
          misses = 0;
          return;
        }
      }
      misses++;
    };
    const first = importantNow(state);
    first.forEach((id) => tryNode(id, true));
    const done = new Set(first);
    for (const id of state.order) {
      if (done.has(id)) continue;
      tryNode(id, state.home.get(id).rank <= 1);
      // On a large picture, stop once the screen is full: a couple of hundred misses in a row say there is no room.
      if (!all && (misses > 200 || labels.length > 600)) break;
    }
    return { labels: labels, groups: groups };
  }

  /** Organisations labelled before every other: the selection and its neighbours, or the highlighted ones. */
  function importantNow(state) {
    const out = [];
    if (state.selected && state.graph.hasNode(state.selected)) out.push(state.selected);
    state.near.forEach((n) => out.push(n));
    if (state.highlight) state.highlight.nodes.forEach((n) => { if (state.graph.hasNode(n)) out.push(n); });
    return out;
  }

  /** Group names in viewport pixels: as laid out, or the headings of an arranged picture. */
  function groupPositions(state) {
    if (state.arranged) {
      return state.headings.map((g) => {
        const p = state.renderer.graphToViewport({ x: g.x, y: g.y });
        return { label: g.label, x: p.x, y: p.y };
      });
    }
    return state.groups.map((g) => {
      const p = state.renderer.graphToViewport({ x: g.x * (state.stretched || 1), y: -g.y });
      return { label: g.label, x: p.x - 4, y: p.y };
    });
  }

  function drawText(ctx, box, font, colour) {
    ctx.font = font;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    const y = box.y + box.height / 2;
    ctx.strokeText(box.text, box.x + 1, y);
    ctx.fillStyle = colour;
    ctx.fillText(box.text, box.x + 1, y);
  }

  /** Draws the overlay on {@code ctx} (the screen layer, or a PNG being made) in CSS pixels. */
  function paintOverlay(state, ctx, w, h) {
    const renderer = state.renderer;
    ctx.save();
    const moving = isMoving(renderer);
    state.atRest = !moving;
    if (moving) {
      // sigma does not always draw again once a move ends: make sure a frame at rest follows, with its labels.
      clearTimeout(state.restTimer);
      const check = () => {
        if (isMoving(renderer)) state.restTimer = setTimeout(check, 100);
        else renderer.refresh({ skipIndexation: true });
      };
      state.restTimer = setTimeout(check, 100);
    } else {
      const placed = placeLabels(state, w, h);
      state.labelBoxes = placed.labels;
      state.groupBoxes = placed.groups;
      state.labelledAt = performance.now();
      for (const b of placed.groups) drawText(ctx, b, GROUP_FONT, "#3b4a5a");
      for (const b of placed.labels) drawText(ctx, b, LABEL_FONT, "#1f2933");
      state.el.setAttribute("data-labels", String(placed.labels.length));
    }
    ctx.restore();
    paintMarks(state, ctx);
    paintPins(state, ctx);
  }

  /** Rings round marked organisations (under-linked Boards, top brokers, a route's introducers). */
  function paintMarks(state, ctx) {
    const renderer = state.renderer;
    ctx.save();
    for (const [id, marks] of Object.entries(state.marks).concat(introducerMarks(state))) {
      if (!state.graph.hasNode(id)) continue;
      const d = renderer.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      let r = renderer.scaleSize(d.size) + 2.5;
      marks.forEach((m, i) => {
        ctx.beginPath();
        ctx.lineWidth = m === "INTRODUCER" ? 3 : 2;
        ctx.strokeStyle = MARK_COLOURS[m] || "#000";
        if (m === "BROKER") ctx.setLineDash([3, 2]); else ctx.setLineDash([]);
        ctx.arc(p.x, p.y, r + 3 * i, 0, 2 * Math.PI);
        ctx.stroke();
      });
    }
    ctx.restore();
  }

  /** A dark pin head with a white rim at the upper right of each pinned organisation. */
  function paintPins(state, ctx) {
    const renderer = state.renderer;
    ctx.save();
    for (const id of state.pins.keys()) {
      if (!state.graph.hasNode(id)) continue;
      const d = renderer.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      const r = renderer.scaleSize(d.size);
      ctx.beginPath();
      ctx.arc(p.x + r * 0.75 + 1, p.y - r * 0.75 - 1, 3.5, 0, 2 * Math.PI);
      ctx.fillStyle = "#1f2933";
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 1.5;
      ctx.fill();
      ctx.stroke();
    }
    ctx.restore();
  }

  function introducerMarks(state) {
    if (!state.highlight) return [];
    return state.highlight.introducers.map((id) => [id, (state.marks[id] || []).concat(["INTRODUCER"])]);
  }

  // ---- Highlighting a route or a set of organisations (?route=a,b,c / ?highlight=a,b) --------------------------

  function highlightNode(state, node, data) {
    const res = Object.assign({}, data);
    if (state.highlight.nodes.has(node)) {
      res.forceLabel = true;
      res.zIndex = 2;
    } else {
      res.color = "#e4e7eb";
      res.label = "";
      res.zIndex = 0;
    }
    return res;
  }

  function highlightEdge(state, edge, data) {
    const res = Object.assign({}, data);
    if (state.highlight.edges.has(edge)) {
      res.color = "#d55e00";
      res.size = (data.size || 1) + 2.5;
      res.zIndex = 2;
    } else {
      res.color = "#eef0f2";
    }
    return res;
  }

  /** The highlight of a picture: its organisations, the links between consecutive route members, the introducers. */
  function highlightOf(state, spec) {
    if (!spec || (!(spec.route || []).length && !(spec.ids || []).length)) return null;
    const g = state.graph;
    const route = (spec.route || []).filter((id) => g.hasNode(id));
    const nodes = new Set(route.concat((spec.ids || []).filter((id) => g.hasNode(id))));
    const edges = new Set();
    for (let i = 1; i < route.length; i++) {
      g.edges(route[i - 1], route[i]).forEach((e) => edges.add(e));
    }
    return { nodes: nodes, edges: edges, introducers: route.slice(1, -1), order: Array.from(nodes) };
  }

  // ---- Framing: the picture's box, and the columns of a crowded small picture ---------------------------------

  const RESET = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

  function viewportAt(state, p, bbox) {
    const ratio = Math.max(bbox.x[1] - bbox.x[0], bbox.y[1] - bbox.y[0]) || 1;
    const framed = { x: 0.5 + (p.x - (bbox.x[0] + bbox.x[1]) / 2) / ratio,
      y: 0.5 + (p.y - (bbox.y[0] + bbox.y[1]) / 2) / ratio };
    return state.renderer.framedGraphToViewport(framed, { cameraState: RESET });
  }

  /** Puts every organisation back where the server laid it out. */
  function goHome(state) {
    const g = state.graph;
    state.stretched = 1;
    g.forEachNode((id, attrs) => {
      const home = state.home.get(id);
      if (home) { attrs.x = home.x; attrs.y = home.y; attrs.size = home.size; }
    });
    state.arranged = false;
    state.headings = [];
  }

  /**
   * Frames the picture: the whole layout's extent for a large picture (filters move nothing); for a small one its
   * own organisations, laid out as the server placed them when every name then fits, else arranged in columns.
   */
  function frameAll(state, whole) {
    const r = state.renderer;
    const g = state.graph;
    const el = state.el;
    state.laidOut = { w: el.offsetWidth, h: el.offsetHeight };
    const wasAll = state.labelAll;
    state.labelAll = g.order > 0 && g.order <= LABEL_ALL_UP_TO;
    // A small picture is framed on its own organisations: the camera starts from the reset state. A large one keeps
    // the reader's camera when a filter changes.
    const reset = whole || state.labelAll || wasAll;
    r.unbindGraphHandlers();
    try {
      if (state.arranged) goHome(state);
      if (!state.labelAll) {
        const [minX, minY, maxX, maxY] = state.extent;
        // Columns (Wales left, partners by country) say nothing by their distance: widen them to the picture's
        // shape, leaving a quarter for the partners' names, instead of a narrow strip in a wide picture.
        const stretch = state.groups.length && maxX > minX && maxY > minY
          ? Math.max(1, 0.75 * (el.offsetWidth / el.offsetHeight) * ((maxY - minY) / (maxX - minX))) : 1;
        if (stretch !== 1 || state.stretched !== 1) {
          g.forEachNode((id, attrs) => {
            const home = state.home.get(id);
            if (home) attrs.x = home.x * stretch;
          });
        }
        state.stretched = stretch;
        r.setCustomBBox({ x: [minX * stretch, maxX * stretch + (maxX - minX) * stretch / 3], y: [-maxY, -minY] });
        return;
      }
      if (state.stretched !== 1) {
        g.forEachNode((id, a) => { const home = state.home.get(id); if (home) a.x = home.x; });
        state.stretched = 1;
      }
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      g.forEachNode((id, a) => {
        minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
      });
      const spanX = Math.max(maxX - minX, 1e-6), spanY = Math.max(maxY - minY, 1e-6);
      // Room for names right of the rightmost organisations.
      const bbox = { x: [minX - spanX * 0.05, maxX + spanX * 0.45], y: [minY - spanY * 0.05, maxY + spanY * 0.05] };
      r.setCustomBBox(bbox);
      // Columns (Wales left) are arranged so names fit; a force layout keeps its shape when every name fits in it.
      if (!state.groups.length && naturalFits(state, bbox)) return;
      // What a strategist placed by hand is kept as placed, not rearranged in columns.
      if (g.someNode((id) => state.pins.has(id))) return;
      arrange(state);
    } finally {
      r.bindGraphHandlers();
      if (reset) r.getCamera().setState(RESET);
    }
  }

  /** Whether every organisation gets its whole label where the server placed it (tried at the reset camera). */
  function naturalFits(state, bbox) {
    const w = state.el.offsetWidth, h = state.el.offsetHeight;
    const grid = boxGrid();
    let fits = true;
    state.graph.forEachNode((id, a) => {
      if (!fits) return;
      const p = viewportAt(state, a, bbox);
      const tw = textWidth(a.label || "", LABEL_FONT) + 2;
      if (tw > LABEL_MAX_WIDTH) { fits = false; return; }
      const box = { x: p.x + a.size + 3, y: p.y - LABEL_HEIGHT / 2 - 1, width: tw, height: LABEL_HEIGHT + 2 };
      const dot = { x: p.x - a.size, y: p.y - a.size, width: 2 * a.size, height: 2 * a.size };
      if (box.x < EDGE || box.y < EDGE || box.x + box.width > w - EDGE || box.y + box.height > h - EDGE
          || !grid.free(box) || !grid.free(dot)) {
        fits = false;
        return;
      }
      grid.add(box);
      grid.add(dot);
    });
    return fits && placeGroupsFit(state, bbox, grid);
  }

  function placeGroupsFit(state, bbox, grid) {
    for (const g of state.groups) {
      const p = viewportAt(state, { x: g.x, y: -g.y }, bbox);
      const box = { x: p.x - 4, y: p.y - LABEL_HEIGHT / 2, width: textWidth(g.label, GROUP_FONT), height: LABEL_HEIGHT };
      if (!grid.free(box)) return false;
      grid.add(box);
    }
    return true;
  }

  /**
   * Arranges a small picture in columns so that every name fits: the layout's columns (Wales, the middle, the
   * partners) kept left to right, each split into as many side-by-side columns as the picture's height needs, the
   * order down each column kept, partner countries as headings. Positions are computed in pixels and turned into
   * graph coordinates through the reset camera, so the picture is exactly as planned until the reader zooms.
   */
  function arrange(state) {
    const g = state.graph;
    const w = state.el.offsetWidth, h = state.el.offsetHeight;
    const pad = 10;
    const ids = g.nodes();
    // The layout's columns: its distinct x positions when few (Wales left), else bands of x.
    const xs = Array.from(new Set(ids.map((id) => Math.round(state.home.get(id).x * 1000) / 1000))).sort((a, b) => a - b);
    let columnOf;
    if (xs.length <= 4) {
      columnOf = (id) => xs.indexOf(Math.round(state.home.get(id).x * 1000) / 1000);
    } else {
      const bands = Math.max(1, Math.min(4, Math.ceil(ids.length / 30)));
      const sorted = ids.slice().sort((a, b) => state.home.get(a).x - state.home.get(b).x);
      const at = new Map(sorted.map((id, i) => [id, Math.floor((i * bands) / sorted.length)]));
      columnOf = (id) => at.get(id);
    }
    const columns = [];
    ids.forEach((id) => {
      const c = columnOf(id);
      (columns[c] = columns[c] || []).push(id);
    });
    const rightmost = columns.length - 1;
    const groups = state.groups.map((gr) => ({ label: gr.label, y: -gr.y })).sort((a, b) => b.y - a.y);
    const rowsOf = columns.filter((c) => c).map((col, i, all) => {
      col.sort((a, b) => state.home.get(b).y - state.home.get(a).y || String(g.getNodeAttribute(a, "label"))
        .localeCompare(String(g.getNodeAttribute(b, "label"))));
      if (i !== all.length - 1 || !groups.length) return col.map((id) => ({ id: id }));
      const rows = [];
      let current = null;
      for (const id of col) {
        const y = state.home.get(id).y;
        let group = null;
        for (const gr of groups) { if (gr.y >= y - 1e-9) group = gr; else break; }
        if (group && group !== current) { rows.push({ heading: group.label }); current = group; }
        rows.push({ id: id });
      }
      return rows;
    });
    void rightmost;
    const rowHeight = LABEL_HEIGHT + 3;
    const perColumn = Math.max(1, Math.floor((h - 2 * pad) / rowHeight));
    const splits = rowsOf.map((rows) => Math.max(1, Math.ceil(rows.length / perColumn)));
    const total = splits.reduce((a, b) => a + b, 0);
    const columnWidth = (w - 2 * pad) / total;
    const headings = [];
    let column = 0;
    const sizes = [];
    const positions = new Map();
    rowsOf.forEach((rows, i) => {
      const n = splits[i];
      const per = Math.ceil(rows.length / n);
      const spacing = Math.min(rowHeight * 2.2, (h - 2 * pad) / per);
      rows.forEach((row, j) => {
        const sub = Math.floor(j / per), k = j % per;
        const used = Math.min(per, rows.length - sub * per);
        const top = pad + ((h - 2 * pad) - spacing * used) / 2 + spacing / 2;
        const x = pad + (column + sub) * columnWidth;
        const y = top + k * spacing;
        if (row.heading) headings.push({ label: row.heading, px: x, py: y });
        else positions.set(row.id, { x: x, y: y });
      });
      column += n;
      sizes.push(spacing);
    });
    const spacing = Math.min.apply(null, sizes.concat([rowHeight * 2.2]));
    const maxR = Math.max(3, Math.min(8, spacing / 2 - 2));
    let biggest = 0;
    ids.forEach((id) => { biggest = Math.max(biggest, state.home.get(id).size); });
    const toGraph = (px, py) => state.renderer.viewportToFramedGraph({ x: px, y: py }, { cameraState: RESET });
    state.renderer.setCustomBBox({ x: [0, 1], y: [0, 1] });
    ids.forEach((id) => {
      const at = positions.get(id);
      const size = Math.max(2.5, maxR * Math.sqrt(state.home.get(id).size / (biggest || 1)));
      const gp = toGraph(at.x + maxR + 1, at.y);
      const attrs = g.getNodeAttributes(id);
      attrs.x = gp.x;
      attrs.y = gp.y;
      attrs.size = size;
    });
    state.headings = headings.map((hd) => {
      const gp = toGraph(hd.px, hd.py);
      return { label: hd.label, x: gp.x, y: gp.y };
    });
    state.columnLabelWidth = Math.max(40, columnWidth - 2 * maxR - 12);
    state.arranged = true;
  }

  /**
   * Moves the camera so that {@code ids} are all in view with room for their names: the largest zoom (smallest
   * ratio) that keeps them inside the picture, found by halving, centred on their box.
   */
  function frameIds(state, ids, duration) {
    const r = state.renderer;
    const pts = ids.filter((id) => state.graph.hasNode(id)).map((id) => r.getNodeDisplayData(id)).filter((d) => d);
    if (!pts.length) return false;
    const w = state.el.offsetWidth, h = state.el.offsetHeight;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    pts.forEach((d) => { minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x); minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y); });
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    const fits = (ratio) => pts.every((d) => {
      const p = r.framedGraphToViewport(d, { cameraState: { x: cx, y: cy, ratio: ratio, angle: 0 } });
      return p.x >= 40 && p.x <= w - 200 && p.y >= 30 && p.y <= h - 30;
    });
    let lo = 0.02, hi = 1.2;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) hi = mid; else lo = mid;
    }
    // Not closer than 0.35 (one organisation, or partners close together) and never further out than the whole.
    const ratio = Math.max(0.35, Math.min(1, hi));
    // Shift right by the label room so the names to the right of the partners stay in view.
    const shift = r.viewportToFramedGraph({ x: w / 2 + 80, y: h / 2 }, { cameraState: { x: cx, y: cy, ratio: ratio, angle: 0 } });
    r.getCamera().animate({ x: shift.x, y: cy, ratio: ratio }, { duration: duration });
    return true;
  }

  /** The last frame's labels and marks again, on another canvas (a PNG being made). */
  function drawBoxes(state, ctx) {
    for (const b of state.groupBoxes) drawText(ctx, b, GROUP_FONT, "#3b4a5a");
    for (const b of state.labelBoxes) drawText(ctx, b, LABEL_FONT, "#1f2933");
    paintMarks(state, ctx);
    paintPins(state, ctx);
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
    paintOverlay(state, ctx, w, h);
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
      if (whole) { state.home.clear(); state.server.clear(); }
      for (const id of picture.removedNodes || []) { state.home.delete(id); state.server.delete(id); }
      if (picture.pins) state.pins = pinMap(picture.pins);
      // Nodes come as [id, label, x, y, size, colour, marks, rank], links as [id, source, target, size, colour].
      for (const [id, label, x, y, size, color, marks, rank] of picture.nodes) {
        // The y axis of the layout points down like the screen; sigma's points up. A pinned organisation stays put.
        const pinned = state.pins.get(id);
        const hx = pinned ? pinned.x : x, hy = pinned ? -pinned.y : -y;
        const attrs = { label: label, x: hx, y: hy, size: size, color: color };
        state.server.set(id, { x: x, y: -y });
        state.home.set(id, { x: hx, y: hy, size: size, rank: rank === undefined ? 9 : rank });
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
    state.extent = picture.extent;
    if (picture.legend) state.legend = picture.legend;
    // Labels are tried most important first: Boards (rank 0), Trusts and top brokers (1), then the rest, larger first.
    state.order = g.nodes().sort((a, b) => {
      const ha = state.home.get(a), hb = state.home.get(b);
      return ha.rank - hb.rank || hb.size - ha.size;
    });
    if ("_atlasPendingSelection" in el) {
      state.selected = el._atlasPendingSelection;
      delete el._atlasPendingSelection;
    }
    useEdgeEvents(state, g.size <= EDGE_EVENTS_UP_TO);
    usePoints(state, g.order > POINTS_ABOVE);
    if (state.selected && !g.hasNode(state.selected) && !g.hasEdge(state.selected)) {
      state.selected = null;
    }
    state.highlight = highlightOf(state, picture.highlight);
    el.setAttribute("data-highlighted", state.highlight ? state.highlight.order.join(",") : "");
    frameAll(state, whole);
    state.near = state.selected ? neighbours(state, state.selected) : new Set();
    el.setAttribute("data-selected", state.selected || "");
    r.clearState();
    state.drawnAt = performance.now();
    r.refresh();
    state.renderMs = performance.now() - started;
    el.setAttribute("data-nodes", String(g.order));
    el.setAttribute("data-edges", String(g.size));
    el.setAttribute("data-groups", String(state.groups.length));
    el.setAttribute("data-marked", String(Object.keys(state.marks).length));
    el.setAttribute("data-pinned", String(state.pins.size));
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
    if (state.labelAll) {
      // a small picture is framed on all its organisations already, every one named
      state.renderer.getCamera().animate(RESET, { duration: 300 });
      return true;
    }
    return frameIds(state, [id].concat(Array.from(neighbours(state, id))), 400);
  }

  /** Moves the camera so that the organisations listed ("a,b,c") are all in view with room for their names. */
  function frame(el, ids) {
    return queue(el, () => {
      const state = instances.get(el);
      const list = (ids || "").split(",").filter((id) => id);
      return !!state && list.length > 0 && frameIds(state, list, 400);
    });
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
    drawBoxes(state, ctx);
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

  // ---- Dragging and pinning ------------------------------------------------------------------------------------

  function pinMap(pins) {
    const map = new Map();
    for (const [id, xy] of Object.entries(typeof pins === "string" ? JSON.parse(pins) : pins || {})) {
      map.set(id, { x: xy[0], y: xy[1] });
    }
    return map;
  }

  /** The layout's coordinates (y down) of a point of the graph (sigma's, y up, x stretched in a large picture). */
  function toLayout(state, gx, gy) {
    return { x: gx / (state.stretched || 1), y: -gy };
  }

  /** Drag an organisation with the mouse: it alone moves, the camera stays, and it is pinned where dropped. */
  function useDragging(state) {
    const renderer = state.renderer;
    const captor = renderer.getMouseCaptor();
    renderer.on("downNode", (e) => {
      if (e.event && e.event.original && e.event.original.button !== 0) return;
      state.dragging = e.node;
      state.dragMoved = false;
    });
    captor.on("mousemovebody", (e) => {
      if (!state.dragging) return;
      const id = state.dragging;
      if (!state.dragMoved) {
        state.dragMoved = true;
        // A picture arranged in columns goes back to its layout first: the dragged organisation follows the pointer.
        if (state.arranged) {
          const home = state.home.get(id);
          state.pins.set(id, { x: home.x, y: -home.y });
          frameAll(state, false);
          renderer.refresh();
        }
      }
      const pos = renderer.viewportToGraph({ x: e.x, y: e.y });
      state.graph.mergeNodeAttributes(id, { x: pos.x, y: pos.y });
      e.preventSigmaDefault();
      if (e.original) { e.original.preventDefault(); e.original.stopPropagation(); }
    });
    captor.on("mouseup", () => {
      const id = state.dragging;
      state.dragging = null;
      if (!id || !state.dragMoved || !state.graph.hasNode(id)) return;
      state.dragMoved = false;
      state.suppressClick = true;
      setTimeout(() => { state.suppressClick = false; }, 400);
      const a = state.graph.getNodeAttributes(id);
      const at = toLayout(state, a.x, a.y);
      state.pins.set(id, at);
      const home = state.home.get(id);
      if (home) { home.x = at.x; home.y = -at.y; }
      renderer.refresh({ skipIndexation: true });
      state.el.setAttribute("data-pinned", String(state.pins.size));
      emit(state.el, "node-moved", { id: id, x: at.x, y: at.y });
    });
    renderer.on("doubleClickNode", (e) => {
      if (!state.pins.has(e.node)) return;
      e.preventSigmaDefault();
      emit(state.el, "node-released", { id: e.node });
    });
  }

  /** Pins these organisations ({id: [x, y]} in the layout's coordinates) and releases every other. */
  function pin(el, pins) {
    return queue(el, () => {
      const state = instances.get(el);
      if (!state) return 0;
      const old = state.pins;
      state.pins = pinMap(pins);
      const g = state.graph;
      g.forEachNode((id, a) => {
        if (!old.has(id) && !state.pins.has(id)) return;
        const p = state.pins.get(id), s = state.server.get(id), home = state.home.get(id);
        if (!home || !s) return;
        home.x = p ? p.x : s.x;
        home.y = p ? -p.y : s.y;
        a.x = home.x * (state.labelAll ? 1 : state.stretched);
        a.y = home.y;
      });
      frameAll(state, false);
      state.renderer.refresh();
      el.setAttribute("data-pinned", String(state.pins.size));
      return state.pins.size;
    });
  }

  /** Each organisation's position in the layout's coordinates (its pin, else the server's), and whether pinned. */
  function positions(el) {
    const state = instances.get(el);
    if (!state) return [];
    return state.graph.nodes().map((id) => {
      const p = state.pins.get(id), s = state.server.get(id);
      return { id: id, x: p ? p.x : s.x, y: p ? p.y : -s.y, pinned: !!p };
    });
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

  /** The organisation labels drawn in the last frame at rest: boxes in CSS pixels relative to the element. */
  function labels(el) {
    const state = instances.get(el);
    return state ? state.labelBoxes.map((b) => ({ id: b.id, text: b.text, x: b.x, y: b.y, width: b.width, height: b.height })) : [];
  }

  function groupLabels(el) {
    const state = instances.get(el);
    return state ? state.groupBoxes.map((b) => ({ text: b.text, x: b.x, y: b.y, width: b.width, height: b.height })) : [];
  }

  /** What the picture's colours, rings and lines mean now: [{label, colour, count, kind}]. */
  function legend(el) {
    const state = instances.get(el);
    return state ? state.legend.map((e) => Object.assign({}, e)) : [];
  }

  /** The organisations highlighted: a route's or ?highlight='s, else the selection and its neighbours. */
  function highlighted(el) {
    const state = instances.get(el);
    if (!state) return [];
    if (state.selected) {
      if (!state.graph.hasNode(state.selected)) return [];
      return [state.selected].concat(Array.from(state.near));
    }
    return state.highlight ? state.highlight.order.slice() : [];
  }

  /** Whether the camera is still, nothing is waiting to be drawn and the labels of the last frame are placed. */
  function settled(el) {
    const state = instances.get(el);
    if (!state) return false;
    const r = state.renderer;
    return !isMoving(r) && !r.renderFrame && !r.renderHighlightedNodesFrame && state.labelledAt !== undefined
        && state.labelledAt >= state.drawnAt && state.atRest;
  }

  window.atlasNetwork = { render, update, select, focus, frame, reset, zoom, nodePosition, png, download, has, renderer, stats,
    measureFps, probe, labels, groupLabels, legend, highlighted, settled, pin, positions };
})();
