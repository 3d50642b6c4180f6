// dossier web UI: vanilla JS, no build step.
// Every value from the API is untrusted (it comes from scraped articles): the DOM is built with
// createElement + textContent only; innerHTML is never used, and links are limited to http(s) and #/ routes.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const main = document.getElementById("main");

// -- tiny DOM helpers ---------------------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "href") el.setAttribute("href", safeHref(String(v)));
    else if (k === "class") el.className = v;
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
function s(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = String(text);
  return el;
}
function safeHref(url) {
  if (url.startsWith("#/")) return url;
  try {
    const u = new URL(url, location.href);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* fall through */ }
  return "#";
}
const enc = encodeURIComponent;

// -- names a reader recognises (the same rules as serve/query.py) -------------------------------------------
function clip(text, width) {
  text = String(text || "").split(/\s+/).filter(Boolean).join(" ");
  if (text.length <= width) return text;
  let cut = text.slice(0, width - 1);
  if (cut.includes(" ")) cut = cut.slice(0, cut.lastIndexOf(" "));
  return cut.replace(/[ ,;:-]+$/, "") + "…";
}
// where a report comes from: the outlet, else the site's host, else the headline in quotes
function sourceLabel(outlet, article) {
  if (outlet) return outlet;
  if (article) {
    try { if (article.url && /^https?:/i.test(article.url)) return new URL(article.url).hostname.replace(/^www\./, ""); } catch (e) { /* not a URL */ }
    if ((article.title || "").trim()) return "“" + clip(article.title, 48) + "”";
  }
  return "outlet not named";
}
// a story's outlets as stored, with reports that name no outlet counted instead of listed by file name
function storyOutlets(outlets) {
  const named = (outlets || []).filter(o => !o.startsWith("unknown outlet"));
  const unnamed = (outlets || []).length - named.length;
  return named.map(o => pill(o)).concat(unnamed ? [pill(`${unnamed} without an outlet`, "muted")] : []);
}
function storyTitle(st) {
  return (st.title || "").trim() || `Untitled story (${st.n_articles ?? (st.article_ids || []).length} articles)`;
}

// -- text measurement for label layout: a canvas measures with the font the SVG text is drawn in ----------
const FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
const measureCtx = document.createElement("canvas").getContext("2d");
function textWidth(text, px) {
  measureCtx.font = `${px}px ${FONT}`;
  return measureCtx.measureText(text).width;
}
function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
function pill(text, extra) { return h("span", { class: "pill " + (extra || "") }, text); }
function refs(list) { return (list || []).map(r => r.name || r.text).join(", ") || "—"; }
function plural(n, word, many) { return `${n} ${n === 1 ? word : (many || word + "s")}`; }
function actorLinks(list) {
  const out = [];
  (list || []).forEach((r, i) => {
    if (i) out.push(", ");
    const label = (r.name || r.text) + (r.country ? ` (${r.country}${r.sector ? " " + r.sector : ""})` : "");
    out.push(r.actor_id ? h("a", { href: "#/actor/" + enc(r.actor_id) }, label) : label);
  });
  return out.length ? out : ["—"];
}
function table(headers, rows, attrs) {
  return h("table", attrs || {}, h("thead", {}, h("tr", {}, headers.map(x => h("th", {}, x)))),
    h("tbody", {}, rows.map(r => h("tr", {}, r.map(c => h("td", {}, c))))));
}

// -- API ------------------------------------------------------------------------------------------------
function token() {
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) sessionStorage.setItem("dossier-token", fromUrl);
  return sessionStorage.getItem("dossier-token");
}
async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
  const headers = {};
  const t = token();
  if (t) headers["Authorization"] = "Bearer " + t;
  const r = await fetch("/api/" + path + (qs.toString() ? "?" + qs : ""), { headers });
  if (r.status === 401) throw Object.assign(new Error("token required"), { status: 401 });
  if (!r.ok) throw Object.assign(new Error(`${r.status}: ${(await r.json().catch(() => ({}))).detail || r.statusText}`), { status: r.status });
  return r.json();
}
function tokenForm() {
  const input = h("input", { type: "password", name: "token", autocomplete: "off" });
  const form = h("form", {}, h("label", {}, "This server needs a token", input), h("button", { type: "submit" }, "Use token"));
  form.addEventListener("submit", ev => { ev.preventDefault(); sessionStorage.setItem("dossier-token", input.value); route(); });
  return form;
}

// -- pages ------------------------------------------------------------------------------------------------
async function storiesPage() {
  const page = await api("stories", { limit: 500 });
  const rows = page.items.map(st => [
    [h("a", { href: "#/story/" + enc(st.id), "data-story": st.id }, storyTitle(st)),
     st.main_event ? h("div", { class: "meta main-event" }, st.main_event) : null],
    st.first_published === st.last_published ? (st.first_published || "undated")
      : `${st.first_published || "?"} – ${st.last_published || "?"}`,
    h("span", { class: "outlets" }, storyOutlets(st.outlets)),
    String(st.n_articles ?? (st.article_ids || []).length),
  ]);
  return [h("h1", {}, "Stories"), h("p", { class: "meta" }, `${plural(page.total, "story", "stories")}, earliest first`),
          table(["Story", "Published", "Outlets", "Articles"], rows, { id: "stories" }),
          h("h2", {}, "Exports"),
          h("p", { class: "meta", id: "exports" }, "Flat event table (POLECAT/ICEWS style): ",
            ["csv", "jsonl", "parquet"].map(f => [h("a", { href: "/api/export/flat_events." + f }, f), " "]),
            "· events, stories, actors, disagreements, articles: /api/export/TABLE.FORMAT · actor graph: ",
            h("a", { href: "/api/export/actor_graph.graphml" }, "GraphML"))];
}

// An event's date as a span of days [first, last]: ISO dates at day, month, year or week precision (a month is
// drawn across the month, not pinned to its first day); null for what is not a calendar date (PAST_REF ...).
const DAY = 86400000;
function daySpan(value) {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) { const d = Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY; return isNaN(d) ? null : [d, d]; }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {  // ISO week: the week holding 4 January is week 1
    const jan4 = Date.UTC(+m[1], 0, 4) / DAY, monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7);
    const first = monday + (+m[2] - 1) * 7;
    return [first, first + 6];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(+m[1], +m[2] - 1, 1) / DAY, Date.UTC(+m[1], +m[2], 1) / DAY - 1];
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(+m[1], 0, 1) / DAY, Date.UTC(+m[1] + 1, 0, 1) / DAY - 1];
  return null;
}
function eventSpan(e) {
  const a = daySpan(e.date);
  if (!a) return null;
  const b = daySpan(e.date_end);
  return b && b[1] >= a[0] ? [a[0], b[1]] : a;
}
function isoDay(d) { return new Date(d * DAY).toISOString().slice(0, 10); }

// Axis ticks at a calendar step chosen so that their labels stay apart.
function ticks(lo, hi, width) {
  const maxTicks = Math.max(2, Math.floor(width / 95));
  const steps = [[1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [2, "month"], [3, "month"], [6, "month"],
                 [1, "year"], [2, "year"], [5, "year"], [10, "year"], [25, "year"], [50, "year"], [100, "year"]];
  const span = hi - lo;
  const approx = { day: 1, month: 30.44, year: 365.25 };
  const [n, unit] = steps.find(([k, u]) => span / (k * approx[u]) <= maxTicks) || steps[steps.length - 1];
  const out = [];
  const start = new Date(lo * DAY);
  let y = start.getUTCFullYear(), mo = start.getUTCMonth(), d = start.getUTCDate();
  if (unit === "year") { y = Math.ceil(y / n) * n; mo = 0; d = 1; }
  if (unit === "month") { d = 1; mo = Math.ceil(mo / n) * n; }
  for (let guard = 0; guard < 500; guard++) {
    const t = Date.UTC(y, mo, d) / DAY;
    if (t > hi) break;
    if (t >= lo) {
      const iso = isoDay(t);
      out.push([t, unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso]);
    }
    if (unit === "day") d += n; else if (unit === "month") mo += n; else y += n;
  }
  return out;
}

// The timeline: a calendar axis, one bar or dot per dated event, and every label on a row of its own
// stretch of time. Rows are packed greedily with measured label widths, so no two labels overlap however
// many events share a day; a label longer than a third of the width is clipped (the full text is its tooltip).
function timeline(events) {
  const spans = events.map(e => [e, eventSpan(e)]).filter(([, sp]) => sp);
  const undated = events.length - spans.length;
  const svg = s("svg", { class: "timeline", "data-testid": "timeline", role: "img" });
  const W = 900, left = 16, right = 16, top = 34, rowH = 18, FS = 11;
  if (!spans.length) {
    svg.setAttribute("viewBox", "0 0 900 40");
    svg.appendChild(s("text", { x: 10, y: 25, class: "tick" }, events.length ? `None of the ${plural(events.length, "event")} has a calendar date.` : "No events."));
    return svg;
  }
  let lo = Math.min(...spans.map(([, sp]) => sp[0])), hi = Math.max(...spans.map(([, sp]) => sp[1]));
  if (hi - lo < 2) { lo -= 1; hi += 1; }
  const x = d => left + (d - lo) / (hi - lo) * (W - left - right);
  const placed = [];  // occupied rectangles, in rows
  const rows = [];
  spans.sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1]);
  const items = spans.map(([e, sp]) => {
    const x0 = x(sp[0]), x1 = Math.max(x(sp[1] + 1) - 1, x0 + 1);
    const full = `${e.type} · ${refs(e.actors)} → ${refs(e.recipients)}`;
    // the label starts after the mark, or ends before it when it would run out of the box; when neither
    // side has room (a span across most of the axis, e.g. a year) it is written on the bar itself
    const roomAfter = W - 2 - (x1 + 8), roomBefore = x0 - 8 - 2;
    const fullW = textWidth(full, FS) + 2;
    const inside = Math.max(roomAfter, roomBefore) < 160 && x1 - x0 > 160;
    const after = !inside && (fullW <= Math.min(roomAfter, W / 3) || (fullW > Math.min(roomBefore, W / 3) && roomAfter >= roomBefore));
    const room = Math.min(inside ? x1 - x0 - 12 : after ? roomAfter : roomBefore, W / 3);
    let text = full;
    while (textWidth(text, FS) + 2 > room && text.length > 6) text = clip(full, text.length - 3);
    const w = textWidth(text, FS) + 2;
    const lx0 = inside ? x0 + 6 : after ? x1 + 8 : x0 - 8 - w;
    const span = [Math.min(x0 - 5, lx0) - 3, Math.max(x1 + 5, lx0 + w) + 3];
    let row = rows.findIndex(r => r.every(([a, b]) => span[1] <= a || b <= span[0]));
    if (row < 0) { rows.push([]); row = rows.length - 1; }
    rows[row].push(span);
    return { e, sp, x0, x1, lx0, w, text, full, row, inside };
  });
  const H = top + rows.length * rowH + 8;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.appendChild(s("line", { class: "axis", x1: left, x2: W - right, y1: top - 12, y2: top - 12 }));
  let lastEnd = -Infinity;
  for (const [t, label] of ticks(lo, hi, W - left - right)) {
    const tx = x(t), tw = textWidth(label, FS);
    svg.appendChild(s("line", { class: "axis", x1: tx, x2: tx, y1: top - 16, y2: top - 8 }));
    const lx = Math.min(Math.max(tx - tw / 2, 1), W - 1 - tw);
    if (lx < lastEnd + 6) continue;  // the step keeps ticks apart; the box edges may still squeeze one
    svg.appendChild(s("text", { class: "tick", x: lx, y: top - 20 }, label));
    lastEnd = lx + tw;
  }
  for (const it of items) {
    const y = top + it.row * rowH + rowH / 2;
    const g = s("g", { class: "tl-event", "data-event": it.e.id });
    const alt = it.e.mode === "asserted" ? "" : " alt";
    const when = isoDay(it.sp[0]) + (it.sp[1] > it.sp[0] ? " – " + isoDay(it.sp[1]) : "");
    const mark = it.x1 - it.x0 > 4
      ? s("rect", { class: "bar" + alt, x: it.x0, y: y - (it.inside ? 7 : 4), width: it.x1 - it.x0, height: it.inside ? 14 : 8, rx: 2 })
      : s("circle", { class: "dot" + alt, cx: it.x0, cy: y, r: 4.5 });
    mark.appendChild(s("title", {}, `${it.e.date}${it.e.date_end && it.e.date_end !== it.e.date ? " – " + it.e.date_end : ""}${it.e.date_source === "published" ? " (publication day)" : it.e.date_source === "newsday" ? " (the article's news day)" : ""} (${when}) ${it.e.type} ${it.e.mode}: ${refs(it.e.actors)} → ${refs(it.e.recipients)}`));
    g.appendChild(mark);
    const label = s("text", { class: "label" + (it.inside ? " on-bar" : ""), x: it.lx0, y: y + 4 }, it.text);
    if (it.text !== it.full) label.appendChild(s("title", {}, it.full));
    g.appendChild(label);
    svg.appendChild(g);
  }
  const wrap = h("figure", { class: "timeline-wrap" }, svg);
  if (undated) wrap.appendChild(h("figcaption", { class: "meta" }, `${plural(undated, "event")} without a calendar date ${undated === 1 ? "is" : "are"} listed in the table below.`));
  return wrap;
}

// labels: article id -> how to name a source that has no outlet (see sourceLabel)
function eventsTable(events, labels) {
  const rows = events.map(e => [
    e.date ? e.date + (e.date_end && e.date_end !== e.date ? " – " + e.date_end : "") +
      (e.date_source === "published" ? " (publication day)" : e.date_source === "newsday" ? " (the article's news day)" : "") : "undated",
    h("a", { href: "#/event/" + enc(e.id) }, e.type), pill(e.mode, "mode-" + e.mode),
    actorLinks(e.actors), actorLinks(e.recipients), e.place || "",
    typeof e.confidence === "number" ? e.confidence.toFixed(2) : "",
    `${e.n_sources} (${[...new Set((e.mentions || []).map(m => m.outlet || (labels || {})[m.article_id] || "outlet not named"))].join(", ")})`,
  ]);
  return table(["Date", "Type", "Mode", "Actor", "Recipient", "Place", "Confidence", "Sources"], rows, { class: "events" });
}

function sourceLink(articleId, outlet, articlesById) {
  const a = articlesById[articleId];
  // the article's own outlet when it is known: the linker names a source without one by its file name
  const parts = [h("a", { href: "#/article/" + enc(articleId) }, a ? sourceLabel(a.outlet, a) : sourceLabel(outlet, null))];
  if (a && a.url && /^https?:/i.test(a.url)) parts.push(" · ", h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, "original"));
  return parts;
}

function disagreements(list, articlesById) {
  if (!list.length) return [h("p", { class: "meta" }, "The outlets agree on every field compared.")];
  return list.map(d => h("section", { class: "disagreement", "data-field": d.field },
    h("h3", {}, `Outlets disagree on ${d.field}`, d.event_id ? [" of ", h("a", { href: "#/event/" + enc(d.event_id) }, "this event")] : ""),
    h("div", { class: "sides" }, d.values.map(v => h("div", { class: "side" },
      h("div", { class: "value" }, v.value),
      h("blockquote", {}, v.quote),
      h("div", { class: "meta" }, sourceLink(v.article_id, v.outlet, articlesById)))))));
}

// Default views show events whose confidence is at or above the documented threshold (an event left undated
// though its reports' day is known, or with one doer and no recipient, or no doer but for an arrest or a sentence,
// is held under it; story views also hide background); the toggle asks the API for include=all.
function viewToggle(base, all) {
  return h("p", { class: "meta", id: "view-toggle" }, all
    ? ["All events, incl. low-confidence, undated, one-sided and background rows · ", h("a", { href: base }, "show only confident news")]
    : ["Confident events only · ", h("a", { href: base + "?include=all" }, "show all events")]);
}

async function storyPage(id, params) {
  const all = params.get("include") === "all";
  const d = await api("stories/" + enc(id), all ? { include: "all" } : {});
  const st = d.story;
  const byId = Object.fromEntries(d.articles.map(a => [a.id, a]));
  const labels = Object.fromEntries(d.articles.map(a => [a.id, sourceLabel(a.outlet, a)]));
  return [
    h("h1", { id: "story-title" }, storyTitle(st)),
    h("p", { class: "meta" }, `${st.first_published || "undated"}${st.last_published && st.last_published !== st.first_published ? " – " + st.last_published : ""} · ${d.n_articles} articles`),
    st.main_event ? h("p", { id: "story-main-event" }, "What happened: " + st.main_event) : null,
    h("div", { id: "story-outlets" }, [...new Set(d.articles.map(a => labels[a.id]))].map(o => pill(o))),
    (st.cited || []).length ? h("p", { class: "meta", id: "story-cited" }, "Who is cited: " + st.cited.join(", ")) : null,
    st.summary ? h("p", {}, st.summary) : null,
    h("h2", {}, "Timeline"), timeline(d.events),
    h("h2", {}, "Where the outlets disagree"), h("div", { id: "disagreements" }, disagreements(d.disagreements, byId)),
    h("h2", {}, "Events merged across outlets"),
    viewToggle("#/story/" + enc(id), all),
    d.n_events > d.events.length ? h("p", { class: "meta" }, `the first ${d.events.length} of ${d.n_events}`) : null,
    eventsTable(d.events, labels),
    h("h2", {}, "Articles"),
    d.n_articles > d.articles.length ? h("p", { class: "meta" }, `the first ${d.articles.length} of ${d.n_articles}`) : null,
    table(["Published", "Outlet", "Title"], d.articles.map(a => [
      a.published || "undated", a.outlet || "—", [h("a", { href: "#/article/" + enc(a.id) }, a.title || "(no headline)"), a.duplicate_of ? " (copy)" : ""],
    ]), { id: "story-articles" }),
  ];
}

async function eventPage(id) {
  const e = await api("events/" + enc(id));
  // sources without an outlet are named by their article (host or headline), fetched once each
  const unnamed = [...new Set(e.mentions.filter(m => !m.outlet).map(m => m.article_id))];
  const labels = Object.fromEntries(await Promise.all(unnamed.map(async aid => {
    try { return [aid, sourceLabel(null, (await api("articles/" + enc(aid))).article)]; } catch (err) { return [aid, "outlet not named"]; }
  })));
  return [
    h("h1", {}, `${e.type} (${e.mode})`),
    h("p", { class: "meta" }, `${e.date ? e.date + (e.date_source === "published" ? " (publication day: no report states a time)" : "") : "undated"} · ${plural(e.n_sources, "independent source")}`, e.story_id ? [" · ", h("a", { href: "#/story/" + enc(e.story_id) }, "story")] : ""),
    h("p", {}, "Actor: ", actorLinks(e.actors), " · Recipient: ", actorLinks(e.recipients), e.place ? " · Place: " + e.place : ""),
    h("h2", {}, "How each source reports it"),
    table(["Outlet", "Date", "Mode", "Stage", "According to", "Quote"], e.mentions.map(m => [
      h("a", { href: "#/article/" + enc(m.article_id) }, m.outlet || labels[m.article_id]), m.date || "", m.mode, m.stage || "",
      m.attribution || "", h("blockquote", {}, m.quote)])),
  ];
}

async function articlePage(id) {
  const an = await api("articles/" + enc(id));
  const a = an.article;
  return [
    h("h1", { id: "article-title" }, a.title || "(no headline)"),
    h("p", { class: "meta" }, `${a.outlet || "outlet not named"} · ${a.published || "date unknown"} (confidence ${a.published_confidence.toFixed(2)})`,
      a.url && /^https?:/i.test(a.url) ? [" · ", h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, "original")] : ""),
    h("div", { class: "article-text", id: "article-text" }, a.text),
    h("h2", {}, "Events found"),
    table(["Type", "Mode", "Actor", "Recipient", "Date", "Sentence"], an.events.map(e => [
      e.type, e.mode, refs(e.actors), refs(e.recipients), e.date || "", h("blockquote", {}, e.quote)])),
  ];
}

async function actorsPage(params) {
  const input = h("input", { type: "search", name: "q", value: params.get("q") || "" });
  const form = h("form", { class: "range" }, h("label", {}, "Name or variant", input), h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/actors?q=" + enc(input.value); });
  const page = await api("actors", { q: params.get("q"), limit: 500 });
  return [h("h1", {}, "Actors"), form, table(["Name", "Country", "Sector", "Kind", "Articles", "Variants"], page.items.map(a => [
    h("a", { href: "#/actor/" + enc(a.id) }, a.name), a.country || "", a.sector || "", a.kind, String(a.n_articles),
    Object.keys(a.variants).join("; ")]), { id: "actors" })];
}

async function actorPage(id, params) {
  const all = params.get("include") === "all";
  const d = await api("actors/" + enc(id), all ? { include: "all" } : {});
  const a = d.actor;
  return [
    h("h1", { id: "actor-name" }, a.name),
    h("p", { class: "meta" }, [a.country, a.sector, a.kind].filter(Boolean).join(" · "), ` · ${plural(a.n_articles, "article")} · ${plural(d.n_stories, "story", "stories")} · ${plural(d.n_events, "event")}`
      + (d.n_events > d.events.length ? ` (the latest ${d.events.length} shown)` : "")),
    h("h2", {}, "Names used"), h("div", { id: "actor-variants" }, Object.entries(a.variants).sort((x, y) => y[1] - x[1]).map(([v, n]) => pill(`${v} ×${n}`))),
    a.roles.length ? [h("h2", {}, "Roles"), h("ul", {}, a.roles.map(r => h("li", {}, r)))] : null,
    h("h2", {}, "Outlets reporting on this actor's events"), h("div", {}, Object.entries(d.outlets).map(([o, n]) => pill(`${o} (${n})`))),
    h("h2", {}, "Timeline"), timeline(d.events),
    h("h2", {}, "Events"), viewToggle("#/actor/" + enc(id), all), eventsTable(d.events, d.sources),
    h("h2", {}, "Stories"), h("ul", { id: "actor-stories" }, (d.stories || []).map(st => h("li", {},
      h("a", { href: "#/story/" + enc(st.id) }, storyTitle({ title: st.title, n_articles: st.articles })),
      h("span", { class: "meta" }, ` · ${st.first_published || "undated"} · ${plural(st.articles, "article")}`)))),
  ];
}

// one colour per PLOVER type (edges carry their type as colour, named in the legend and each edge's tooltip)
const TYPE_COLOURS = {
  AGREE: "#2a9d8f", CONSULT: "#3460c4", SUPPORT: "#6a994e", CONCEDE: "#8ab17d", COOPERATE: "#457b9d", AID: "#43aa8b",
  RETREAT: "#b5838d", REQUEST: "#9c6ade", ACCUSE: "#e76f51", REJECT: "#f4a261", THREATEN: "#d62828", PROTEST: "#c77dff",
  SANCTION: "#bc6c25", MOBILIZE: "#6d597a", COERCE: "#9d0208", ASSAULT: "#370617",
};

// Node labels are placed one by one, busiest actor first, at the first of eight spots around the node that
// overlaps no label already placed (nor, if it can, another node) and stays inside the box; a node with no
// free spot keeps its name as a tooltip only. Edge types are colours (legend below), not text on the lines, which would pile up.
function layoutLabels(nodes, W, H, FS) {
  const placed = [];
  const discs = nodes.map(n => ({ id: n.id, x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
  const tryPlace = (n, coverNodes) => {
    const w = textWidth(n.label, FS) + 2, hgt = FS + 3, r = n.r;
    const spots = [[r + 5, -hgt / 2], [-r - 5 - w, -hgt / 2], [-w / 2, -r - 4 - hgt], [-w / 2, r + 4],
                   [r + 5, -hgt - 4], [r + 5, 4], [-r - 5 - w, -hgt - 4], [-r - 5 - w, 4]];
    for (const [dx, dy] of spots) {
      const b = { x0: n.x + dx, y0: n.y + dy, x1: n.x + dx + w, y1: n.y + dy + hgt };
      if (b.x0 < 1 || b.y0 < 1 || b.x1 > W - 1 || b.y1 > H - 1) continue;
      const padded = { x0: b.x0 - 2, y0: b.y0 - 1, x1: b.x1 + 2, y1: b.y1 + 1 };
      if (placed.some(p => overlaps(p, padded))) continue;
      if (!coverNodes && discs.some(d => d.id !== n.id && overlaps(d, b))) continue;
      n.box = b;
      placed.push(b);
      return true;
    }
    return false;
  };
  // busiest first; where no spot is clear of other nodes, the label may lie over one (it is drawn on top,
  // with a halo), but never over another label
  for (const n of nodes) { n.box = null; tryPlace(n, false) || tryPlace(n, true); }
}

// The spring layout keeps connected actors close, and in a big graph they sit on top of each other: push
// apart every pair of nodes closer than their radii plus a gap, a few dozen rounds, inside the box.
function spreadNodes(nodes, W, H, margin) {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
        const want = a.r + b.r + 18;
        if (d >= want) continue;
        if (d < 0.01) { dx = Math.cos(i + j); dy = Math.sin(i + j); d = 1; }
        const push = (want - d) / 2;
        a.x -= dx / d * push; a.y -= dy / d * push; b.x += dx / d * push; b.y += dy / d * push;
        moved = true;
      }
    }
    for (const n of nodes) {
      n.x = Math.min(Math.max(n.x, margin), W - margin);
      n.y = Math.min(Math.max(n.y, margin), H - margin);
    }
    if (!moved) break;
  }
}

async function graphPage(params) {
  const since = h("input", { type: "date", name: "since", value: params.get("since") || "" });
  const until = h("input", { type: "date", name: "until", value: params.get("until") || "" });
  const form = h("form", { class: "range" }, h("label", {}, "From", since), h("label", {}, "To", until), h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    location.hash = "#/graph?" + new URLSearchParams({ since: since.value, until: until.value });
  });
  const g = await api("graph", { since: params.get("since"), until: params.get("until") });
  const FS = 11, W = 900, pad = 60;
  const H = Math.round(Math.min(1400, Math.max(560, 14 * g.nodes.length)));
  const svg = s("svg", { class: "graph", "data-testid": "graph", viewBox: `0 0 ${W} ${H}` });
  const xs = g.nodes.map(n => n.x), ys = g.nodes.map(n => n.y);
  const [xlo, xhi, ylo, yhi] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = v => xhi > xlo ? pad + (v - xlo) / (xhi - xlo) * (W - 2 * pad) : W / 2;
  const sy = v => yhi > ylo ? pad + (v - ylo) / (yhi - ylo) * (H - 2 * pad) : H / 2;
  const names = Object.fromEntries(g.nodes.map(n => [n.id, n.name]));
  const nodes = g.nodes.map(n => ({ ...n, x: sx(n.x), y: sy(n.y), r: 4 + Math.min(n.events, 10),
                                    label: clip(n.name, 32) + (n.country ? ` (${n.country})` : "") }));
  spreadNodes(nodes, W, H, pad / 2);
  const pos = Object.fromEntries(nodes.map(n => [n.id, n]));
  const types = {};
  for (const e of g.edges) {
    const a = pos[e.source], b = pos[e.target];
    if (!a || !b) continue;
    types[e.type] = (types[e.type] || 0) + e.weight;
    const line = s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.min(1 + e.weight, 6),
                             stroke: TYPE_COLOURS[e.type] || "#8aa0c8", "data-type": e.type });
    line.appendChild(s("title", {}, `${names[e.source]} → ${names[e.target]}: ${e.type} ×${e.weight} (${e.modes.join(", ")})`));
    svg.appendChild(line);
  }
  layoutLabels(nodes, W, H, FS);
  const link = n => {
    const a = document.createElementNS(SVG, "a");
    if (!n.id.startsWith("text:")) a.setAttribute("href", "#/actor/" + enc(n.id));
    return a;
  };
  for (const n of nodes) {
    const circle = s("circle", { cx: n.x, cy: n.y, r: n.r, "data-node": n.id });
    circle.appendChild(s("title", {}, `${n.name}${n.country ? " (" + n.country + ")" : ""}: ${plural(n.events, "event")}`));
    svg.appendChild(link(n)).appendChild(circle);
  }
  // labels after every node, so none is hidden under a later node's disc
  for (const n of nodes) {
    if (n.box) svg.appendChild(link(n)).appendChild(s("text", { class: "node-label", x: n.box.x0 + 1, y: n.box.y1 - 3 }, n.label));
  }
  const unlabelled = nodes.filter(n => !n.box).length;
  const legend = h("p", { class: "legend", id: "graph-legend" }, Object.entries(types).sort((a, b) => b[1] - a[1]).map(([t, n]) => {
    const sw = s("svg", { width: 22, height: 10, viewBox: "0 0 22 10", "aria-hidden": "true" });
    sw.appendChild(s("rect", { x: 0, y: 3, width: 22, height: 4, fill: TYPE_COLOURS[t] || "#8aa0c8" }));
    return h("span", { class: "legend-item" }, sw, ` ${t} ×${n}`);
  }));
  const q = new URLSearchParams({ since: params.get("since") || "", until: params.get("until") || "" });
  return [h("h1", {}, "Actor graph"), h("p", { class: "meta" }, "Actors as nodes, events between them as edges coloured by type, for the chosen date range."), form,
          h("p", { class: "meta" }, `${plural(g.nodes.length, "actor")}, ${plural(g.edges.length, "edge")}`,
            unlabelled ? ` · ${unlabelled} names without room are shown on hover` : "", " · ", h("a", { href: "/api/graph.graphml?" + q }, "GraphML")),
          g.nodes.length ? [svg, legend] : h("p", {}, "No events in this range.")];
}

// -- router ---------------------------------------------------------------------------------------------
async function route() {
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const pages = {
    "": () => storiesPage(), story: () => storyPage(parts[1], params), event: () => eventPage(parts[1]),
    article: () => articlePage(parts[1]), actors: () => actorsPage(params), actor: () => actorPage(parts[1], params),
    graph: () => graphPage(params),
  };
  const page = pages[parts[0] || ""] || (() => [h("p", { class: "error" }, "No such page.")]);
  try {
    main.replaceChildren(...[await page()].flat(3).filter(Boolean));
  } catch (err) {
    main.replaceChildren(err.status === 401 ? tokenForm() : h("p", { class: "error" }, String(err.message || err)));
  }
  document.body.dataset.ready = "1";
}
window.addEventListener("hashchange", () => { document.body.dataset.ready = ""; route(); });
route();
