/*
 * Partnership Atlas: the world map of partner countries, drawn as SVG from Natural Earth 1:110m boundaries
 * (world-atlas + topojson-client, served from /vendor/; no tile server, nothing from the internet).
 * Driven from Java by org.partnershipatlas.ui.map.WorldMap:
 *   atlasMap.render(element, dataJson)  draw countries shaded by links, Wales marked, arcs Wales → country
 *   atlasMap.select(element, code)      outline a country
 * Tells Java about clicks (and Enter/Space on a focused country) with a "country-click" DOM event.
 * Names are set with textContent / setAttribute, never as markup.
 */
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const K = 4; // pixels per degree (equirectangular)
  let world = null;

  function project(lon, lat) {
    return [(lon + 180) * K, (90 - lat) * K];
  }

  function ringPath(ring) {
    let d = "";
    let last = null;
    for (const [lon, lat] of ring) {
      const [x, y] = project(lon, lat);
      // Start a new sub-path where a ring crosses the antimeridian instead of drawing across the world.
      d += (last === null || Math.abs(x - last) > 180 * K ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
      last = x;
    }
    return d + "Z";
  }

  function geometryPath(geometry) {
    if (!geometry) return "";
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
  }

  /** Centre of the largest polygon's bounding box: where an arc ends. */
  function anchor(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let best = null;
    let bestArea = -1;
    for (const polygon of polygons) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const [lon, lat] of polygon[0]) {
        minX = Math.min(minX, lon); maxX = Math.max(maxX, lon);
        minY = Math.min(minY, lat); maxY = Math.max(maxY, lat);
      }
      const area = (maxX - minX) * (maxY - minY);
      if (area > bestArea) {
        bestArea = area;
        best = [(minX + maxX) / 2, (minY + maxY) / 2, minX, minY, maxX, maxY];
      }
    }
    return best;
  }

  function el(name, attrs) {
    const node = document.createElementNS(SVG, name);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }

  function shade(links, max) {
    if (!links) return "#eceff1";
    const t = Math.sqrt(links / max);
    const light = [198, 219, 239], dark = [8, 81, 156];
    const c = light.map((v, i) => Math.round(v + (dark[i] - v) * t));
    return "rgb(" + c.join(",") + ")";
  }

  async function loadWorld() {
    if (!world) {
      const response = await fetch("vendor/world-atlas/countries-110m.json");
      world = await response.json();
    }
    return world;
  }

  async function render(host, json) {
    const data = typeof json === "string" ? JSON.parse(json) : json;
    const topology = await loadWorld();
    const features = topojson.feature(topology, topology.objects.countries).features;
    const byNumeric = new Map(data.countries.map((c) => [String(c.numeric), c]));
    const max = Math.max(1, ...data.countries.map((c) => c.links));

    const svg = el("svg", { viewBox: "0 0 1440 720", role: "group", width: "100%", height: "100%" });
    svg.setAttribute("aria-label", data.description);
    svg.style.background = "#f7fbff";
    const land = el("g", {});
    const arcs = el("g", { fill: "none", "stroke-linecap": "round", "pointer-events": "none" });
    const marks = el("g", { "pointer-events": "none" });
    svg.append(land, arcs, marks);

    const [wx, wy] = project(data.wales[0], data.wales[1]);
    let minX = wx, minY = wy, maxX = wx, maxY = wy;
    for (const f of features) {
      const country = byNumeric.get(String(f.id));
      const path = el("path", { d: geometryPath(f.geometry), stroke: "#ffffff", "stroke-width": "0.6" });
      path.setAttribute("fill", country ? shade(country.links, max) : (f.id === "826" ? "#dfe6ee" : "#eceff1"));
      if (country) {
        path.setAttribute("data-code", country.code);
        path.setAttribute("tabindex", "0");
        path.setAttribute("role", "button");
        path.setAttribute("aria-label", country.label);
        path.style.cursor = "pointer";
        const title = el("title", {});
        title.textContent = country.label;
        path.appendChild(title);
        const fire = () => host.dispatchEvent(new CustomEvent("country-click", { detail: { code: country.code } }));
        path.addEventListener("click", fire);
        path.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); fire(); }
        });
        const a = anchor(f.geometry);
        const [cx, cy] = project(a[0], a[1]);
        const [x0, y1] = project(a[2], a[3]);
        const [x1, y0] = project(a[4], a[5]);
        minX = Math.min(minX, x0); maxX = Math.max(maxX, x1);
        minY = Math.min(minY, y0); maxY = Math.max(maxY, y1);
        if (country.walesLinks > 0) {
          const mx = (wx + cx) / 2, my = (wy + cy) / 2;
          const dx = cx - wx, dy = cy - wy;
          const bend = 0.25;
          const arc = el("path", {
            d: "M" + wx + " " + wy + " Q" + (mx - dy * bend) + " " + (my + dx * bend) + " " + cx + " " + cy,
            stroke: "#c0392b", "stroke-opacity": "0.7",
            "stroke-width": (0.8 + 1.6 * Math.sqrt(country.walesLinks)).toFixed(2),
          });
          arc.setAttribute("data-code", country.code);
          arcs.appendChild(arc);
        }
      }
      land.appendChild(path);
    }
    const wales = el("circle", { cx: wx, cy: wy, r: "5", fill: "#c8102e", stroke: "#ffffff", "stroke-width": "1.5" });
    const walesLabel = el("text", { x: wx + 7, y: wy - 6, "font-size": "13", "font-family": "system-ui, sans-serif", fill: "#1f2933" });
    walesLabel.textContent = data.walesLabel;
    marks.append(wales, walesLabel);

    const pad = 40;
    const width = Math.max(200, maxX - minX + 2 * pad);
    const height = Math.max(150, maxY - minY + 2 * pad);
    svg.setAttribute("viewBox", [minX - pad, minY - pad, width, height].map((v) => v.toFixed(0)).join(" "));
    host.replaceChildren(svg);
    host.setAttribute("data-countries", String(data.countries.length));
    if (data.selected) select(host, data.selected);
    return data.countries.length;
  }

  function select(host, code) {
    host.querySelectorAll("path[data-code]").forEach((p) => {
      const on = p.getAttribute("data-code") === code && p.parentNode.tagName === "g" && p.hasAttribute("role");
      if (p.hasAttribute("role")) {
        p.setAttribute("stroke", on ? "#111827" : "#ffffff");
        p.setAttribute("stroke-width", on ? "2" : "0.6");
        if (on) p.parentNode.appendChild(p);
      }
    });
    host.setAttribute("data-selected", code || "");
  }

  window.atlasMap = { render, select };
})();
