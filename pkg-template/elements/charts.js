// Charts as plain SVG built from data (no library, no inline style or script): intervals (a dot
// with its interval per row), lines (series over time or days, optionally as steps), forest (ratios
// on a log scale around 1), bars. Colours come from the host's CSS custom properties, so a portal's
// theme reaches inside. Every chart is `role="img"` with a label; the elements put a table beside it.
// A chart with nothing to draw (no rows, no points) is `null`: the element says so instead.

const SVG = "http://www.w3.org/2000/svg";
/** The drawing width: the element's own width while it draws ([`atWidth`]), so that a chart is
 * drawn at the size it is shown and its 12 px text stays 12 px in a narrow column. */
let W = 640;

/** Draws with `draw()` at `width` px (between 240 and 760; 640 when the width is unknown). */
export function atWidth(width, draw) {
  const before = W;
  W = width > 0 ? Math.floor(Math.min(760, Math.max(240, width))) : 640;
  try {
    return draw();
  } finally {
    W = before;
  }
}

/** The charts' CSS (the elements' shadow roots and any page drawing them adopt it). */
export const CHART_STYLE = `svg.chart { width: 100%; height: auto; max-width: 760px; font-size: 12px; overflow: visible; }
svg .grid { stroke: var(--mi-line, color-mix(in srgb, currentColor 15%, transparent)); }
svg .tick, svg .label { fill: currentColor; }
svg .tick { fill: var(--mi-muted, #52606d); }
svg .whisker { stroke-width: 3; }
svg .line { fill: none; stroke-width: 2; }
svg .dashed { stroke-dasharray: 6 3; }
svg .band { opacity: .15; stroke: none; }
svg .reference { stroke: var(--mi-muted, #52606d); stroke-dasharray: 4 3; }`;

/** A drawn chart as a file of its own: the colours and fonts the page's CSS gave it, written in. */
export function standalone(svg) {
  const copy = svg.cloneNode(true);
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((e, i) => {
    const style = getComputedStyle(e);
    for (const p of ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family"])
      to[i].setAttribute(p, style.getPropertyValue(p));
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const box = svg.viewBox.baseVal;
  copy.setAttribute("width", String(box.width));
  copy.setAttribute("height", String(box.height));
  return new XMLSerializer().serializeToString(copy);
}

function node(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

/** Series colours: the accent first, then a palette a portal may override (`--mi-series-2` …). */
export const colour = (i) =>
  i === 0
    ? "var(--mi-accent, #2f6fdb)"
    : `var(--mi-series-${i + 1}, ${["#d9822b", "#0f9960", "#a854a8", "#db3737", "#8a9ba8"][(i - 1) % 5]})`;

function svg(height, label) {
  return node("svg", {
    viewBox: `0 0 ${W} ${height}`,
    role: "img",
    "aria-label": label,
    part: "chart",
    class: "chart",
  });
}

/** Room for the longest row label (about 6.5 px a character at 12 px), within bounds. */
const labelRoom = (labels, min = 60, max = 260) =>
  Math.round(Math.min(max, 0.4 * W, Math.max(min, 16 + 6.5 * Math.max(0, ...labels.map((l) => String(l).length)))));

function linear([d0, d1], [r0, r1]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (x) => r0 + (x - d0) * k;
}

/** About `n` round ticks over [lo, hi]. */
export function ticks(lo, hi, n = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** Round ticks whose labels all differ: fewer of them when `format` would show two alike (steps of
 * 0.5 shown as whole numbers read "0, 1, 1, 2, 2"). */
export function readableTicks(lo, hi, format, n = 5) {
  for (let k = n; k >= 2; k--) {
    const t = ticks(lo, hi, k);
    if (new Set(t.map(format)).size === t.length) return t;
  }
  return [lo, hi];
}

function xAxis(g, scale, values, y, format, top) {
  for (const v of values) {
    const x = scale(v);
    g.append(node("line", { x1: x, x2: x, y1: top, y2: y, class: "grid" }));
    g.append(node("text", { x, y: y + 16, "text-anchor": "middle", class: "tick" }, format(v)));
  }
}

function yAxis(g, scale, values, left, right, format) {
  for (const v of values) {
    const y = scale(v);
    g.append(node("line", { x1: left, x2: right, y1: y, y2: y, class: "grid" }));
    g.append(node("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "tick" }, format(v)));
  }
}

/**
 * One row per label: a dot at `value` and a line from `lo` to `hi` (e.g. rates with their 95%
 * intervals). `domain` defaults to [0, 1].
 */
export function intervals(rows, { label, format, domain = [0, 1], reference } = {}) {
  if (!rows.length) return null;
  const left = labelRoom(rows.map((r) => r.label)),
    right = W - 20,
    rowH = 28,
    top = 10;
  const height = top + rows.length * rowH + 30;
  const s = svg(height, label);
  const x = linear(domain, [left, right]);
  const axisY = top + rows.length * rowH;
  xAxis(s, x, readableTicks(domain[0], domain[1], format), axisY, format, top);
  if (reference != null)
    s.append(node("line", { x1: x(reference), x2: x(reference), y1: top, y2: axisY, class: "reference" }));
  rows.forEach((r, i) => {
    const y = top + i * rowH + rowH / 2;
    s.append(node("text", { x: left - 8, y: y + 4, "text-anchor": "end", class: "label" }, r.label));
    if (r.lo != null && r.hi != null)
      s.append(
        node("line", { x1: x(r.lo), x2: x(r.hi), y1: y, y2: y, class: "whisker", stroke: colour(r.series ?? 0) }),
      );
    if (r.value != null) s.append(node("circle", { cx: x(r.value), cy: y, r: 5, fill: colour(r.series ?? 0) }));
  });
  return s;
}

/** Hazard or rate ratios with their intervals on a log scale, with a line at 1 (no effect). */
export function forest(rows, { label, format }) {
  if (!rows.length) return null;
  const values = rows.flatMap((r) => [r.lo, r.hi, r.value]).filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.min(0.5, ...values),
    hi = Math.max(2, ...values);
  const log = (v) => Math.log(v);
  const t = [0.1, 0.25, 0.5, 1, 2, 4, 10].filter((v) => v >= lo && v <= hi);
  const s = intervals(
    rows.map((r) => ({ ...r, value: log(r.value), lo: log(r.lo), hi: log(r.hi) })),
    { label, domain: [log(lo), log(hi)], format: (v) => format(Math.exp(v)), reference: 0 },
  );
  // Ticks at round ratios rather than round logarithms.
  for (const e of [...s.querySelectorAll("text.tick, line.grid")]) e.remove();
  const x = linear([log(lo), log(hi)], [labelRoom(rows.map((r) => r.label)), W - 20]);
  const axisY = Number(s.getAttribute("viewBox").split(" ")[3]) - 30;
  xAxis(s, x, t.map(log), axisY, (v) => format(Math.exp(v)), 10);
  return s;
}

/**
 * Series of points `{ x, y }` (x: Date or number), as lines or steps, y from `yDomain` (default 0 to
 * the largest value), with a legend when there is more than one series. An optional band
 * `{ lo, hi }` per point is drawn under the line.
 */
export function lines(series, { label, formatX, formatY, step = false, yDomain } = {}) {
  const left = 56,
    right = W - 16,
    top = 12,
    bottom = W < 480 ? 200 : 250;
  // Legend entries 190 px apart, as many to a row as the width holds.
  const columns = Math.max(1, Math.min(3, Math.floor((W - left) / 190)));
  const legendH = series.length > 1 ? 22 * Math.ceil(series.length / columns) : 0;
  const s = svg(bottom + 30 + legendH, label);
  const xs = series.flatMap((d) => d.points.map((p) => +p.x));
  const ys = series.flatMap((d) => d.points.map((p) => p.y));
  if (!xs.length) return null;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = yDomain ?? [0, Math.max(1e-9, ...ys)];
  const x = linear([x0, x1], [left, right]);
  const y = linear([y0, y1], [bottom, top]);
  const time = series.some((d) => d.points.some((p) => p.x instanceof Date));
  const xt = time
    ? ticks(new Date(x0).getUTCFullYear(), new Date(x1).getUTCFullYear() + 1, 6)
        .map((yr) => Date.UTC(yr, 0, 1))
        .filter((v) => v >= x0 && v <= x1)
    : readableTicks(x0, x1, formatX);
  xAxis(s, x, xt, bottom, (v) => formatX(time ? new Date(v) : v), top);
  yAxis(s, y, readableTicks(y0, y1, formatY), left, right, formatY);
  const path = (pts, f) =>
    pts
      .map((p, i) => {
        const px = x(+p.x),
          py = y(f(p));
        if (i === 0) return `M${px},${py}`;
        return step ? `H${px}V${py}` : `L${px},${py}`;
      })
      .join("");
  series.forEach((d, i) => {
    if (d.points.some((p) => p.lo != null)) {
      const upper = path(d.points, (p) => p.hi ?? p.y);
      const lower = [...d.points]
        .reverse()
        .map((p, k, a) =>
          step && k > 0 ? `V${y(a[k - 1].lo ?? a[k - 1].y)}H${x(+p.x)}` : `L${x(+p.x)},${y(p.lo ?? p.y)}`,
        )
        .join("");
      s.append(node("path", { d: `${upper}${lower}Z`, fill: colour(i), class: "band" }));
    }
    s.append(
      node("path", { d: path(d.points, (p) => p.y), stroke: colour(i), class: d.dashed ? "line dashed" : "line" }),
    );
  });
  series.forEach((d, i) => {
    const lx = left + (i % columns) * 190,
      ly = bottom + 38 + 22 * Math.floor(i / columns);
    if (series.length > 1) {
      s.append(node("rect", { x: lx, y: ly - 9, width: 12, height: 12, fill: colour(i) }));
      s.append(node("text", { x: lx + 18, y: ly + 1, class: "label" }, d.name));
    }
  });
  return s;
}

/** Horizontal bars of `value` per label (scores in [0, 1] by default), coloured by `series`. */
export function bars(rows, { label, format, domain = [0, 1], marks = [] } = {}) {
  if (!rows.length) return null;
  const left = labelRoom(rows.map((r) => r.label)),
    right = W - 20,
    rowH = 20,
    top = 10;
  const axisY = top + rows.length * rowH;
  const s = svg(axisY + 30, label);
  const x = linear(domain, [left, right]);
  xAxis(s, x, readableTicks(domain[0], domain[1], format), axisY, format, top);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    s.append(node("text", { x: left - 8, y: y + rowH / 2 + 4, "text-anchor": "end", class: "label" }, r.label));
    s.append(
      node("rect", {
        x: left,
        y: y + 3,
        width: Math.max(0, x(r.value) - left),
        height: rowH - 6,
        fill: r.fill ?? colour(r.series ?? 0),
      }),
    );
  });
  for (const m of marks) s.append(node("line", { x1: x(m), x2: x(m), y1: top, y2: axisY, class: "reference" }));
  return s;
}
