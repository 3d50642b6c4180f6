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
function pill(text, extra) { return h("span", { class: "pill " + (extra || "") }, text); }
function refs(list) { return (list || []).map(r => r.name || r.text).join(", ") || "—"; }
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
    [h("a", { href: "#/story/" + enc(st.id), "data-story": st.id }, st.title || st.id),
     st.main_event ? h("div", { class: "meta main-event" }, st.main_event) : null],
    st.first_published === st.last_published ? (st.first_published || "undated")
      : `${st.first_published || "?"} – ${st.last_published || "?"}`,
    h("span", { class: "outlets" }, (st.outlets || []).map(o => pill(o))),
    String((st.article_ids || []).length),
  ]);
  return [h("h1", {}, "Stories"), h("p", { class: "meta" }, `${page.total} stories, earliest first`),
          table(["Story", "Published", "Outlets", "Articles"], rows, { id: "stories" }),
          h("h2", {}, "Exports"),
          h("p", { class: "meta", id: "exports" }, "Flat event table (POLECAT/ICEWS style): ",
            ["csv", "jsonl", "parquet"].map(f => [h("a", { href: "/api/export/flat_events." + f }, f), " "]),
            "· events, stories, actors, disagreements, articles: /api/export/TABLE.FORMAT · actor graph: ",
            h("a", { href: "/api/export/actor_graph.graphml" }, "GraphML"))];
}

function timeline(events) {
  const dated = events.filter(e => e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date));
  const svg = s("svg", { class: "timeline", "data-testid": "timeline", role: "img" });
  if (!dated.length) {
    svg.setAttribute("viewBox", "0 0 900 40");
    svg.appendChild(s("text", { x: 10, y: 25, class: "tick" }, "No dated events."));
    return svg;
  }
  const day = d => Date.parse(d.slice(0, 10) + "T00:00:00Z") / 86400000;
  let lo = Math.min(...dated.map(e => day(e.date))), hi = Math.max(...dated.map(e => day(e.date_end || e.date)));
  if (hi === lo) { lo -= 1; hi += 1; }
  const W = 900, left = 60, right = 60, axisY = 30;
  const x = d => left + (day(d) - lo) / (hi - lo) * (W - left - right);
  const stacks = {};
  const items = dated.map(e => {
    const key = e.date.slice(0, 10);
    stacks[key] = (stacks[key] || 0) + 1;
    return { e, row: stacks[key] };
  });
  const H = axisY + 20 + Math.max(...Object.values(stacks)) * 18 + 10;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.appendChild(s("line", { class: "axis", x1: left, x2: W - right, y1: axisY, y2: axisY }));
  for (const d of [...new Set(dated.map(e => e.date.slice(0, 10)))].sort()) {
    svg.appendChild(s("line", { class: "axis", x1: x(d), x2: x(d), y1: axisY - 4, y2: axisY + 4 }));
    svg.appendChild(s("text", { class: "tick", x: x(d), y: axisY - 8, "text-anchor": "middle" }, d));
  }
  for (const { e, row } of items) {
    const y = axisY + 8 + row * 18;
    const g = s("g", { class: "tl-event", "data-event": e.id });
    const dot = s("circle", { class: "dot" + (e.mode === "asserted" ? "" : " alt"), cx: x(e.date), cy: y - 4, r: 5 });
    dot.appendChild(s("title", {}, `${e.date} ${e.type} ${e.mode}: ${refs(e.actors)} → ${refs(e.recipients)}`));
    g.appendChild(dot);
    // labels of late events extend leftwards so they stay inside the box
    const late = x(e.date) > W / 2;
    g.appendChild(s("text", { class: "label", x: x(e.date) + (late ? -8 : 8), y, "text-anchor": late ? "end" : "start" },
      `${e.type} · ${refs(e.actors)} → ${refs(e.recipients)}`));
    svg.appendChild(g);
  }
  return svg;
}

function eventsTable(events, articlesById) {
  const rows = events.map(e => [
    e.date ? e.date + (e.date_end && e.date_end !== e.date ? " – " + e.date_end : "") : "undated",
    h("a", { href: "#/event/" + enc(e.id) }, e.type), pill(e.mode, "mode-" + e.mode),
    actorLinks(e.actors), actorLinks(e.recipients), e.place || "",
    `${e.n_sources} (${[...new Set((e.mentions || []).map(m => m.outlet || m.article_id))].join(", ")})`,
  ]);
  return table(["Date", "Type", "Mode", "Actor", "Recipient", "Place", "Sources"], rows, { class: "events" });
}

function sourceLink(articleId, outlet, articlesById) {
  const a = articlesById[articleId];
  const parts = [h("a", { href: "#/article/" + enc(articleId) }, outlet || articleId)];
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

async function storyPage(id) {
  const d = await api("stories/" + enc(id));
  const st = d.story;
  const byId = Object.fromEntries(d.articles.map(a => [a.id, a]));
  return [
    h("h1", { id: "story-title" }, st.title || st.id),
    h("p", { class: "meta" }, `${st.first_published || "undated"}${st.last_published && st.last_published !== st.first_published ? " – " + st.last_published : ""} · ${st.article_ids.length} articles`),
    st.main_event ? h("p", { id: "story-main-event" }, "What happened: " + st.main_event) : null,
    h("div", { id: "story-outlets" }, st.outlets.map(o => pill(o))),
    (st.cited || []).length ? h("p", { class: "meta", id: "story-cited" }, "Who is cited: " + st.cited.join(", ")) : null,
    st.summary ? h("p", {}, st.summary) : null,
    h("h2", {}, "Timeline"), timeline(d.events),
    h("h2", {}, "Where the outlets disagree"), h("div", { id: "disagreements" }, disagreements(d.disagreements, byId)),
    h("h2", {}, "Events merged across outlets"), eventsTable(d.events, byId),
    h("h2", {}, "Articles"),
    table(["Published", "Outlet", "Title"], d.articles.map(a => [
      a.published || "undated", a.outlet || "", [h("a", { href: "#/article/" + enc(a.id) }, a.title || a.id), a.duplicate_of ? " (copy)" : ""],
    ]), { id: "story-articles" }),
  ];
}

async function eventPage(id) {
  const e = await api("events/" + enc(id));
  return [
    h("h1", {}, `${e.type} (${e.mode})`),
    h("p", { class: "meta" }, `${e.date || "undated"} · ${e.n_sources} independent sources`, e.story_id ? [" · ", h("a", { href: "#/story/" + enc(e.story_id) }, "story")] : ""),
    h("p", {}, "Actor: ", actorLinks(e.actors), " · Recipient: ", actorLinks(e.recipients), e.place ? " · Place: " + e.place : ""),
    h("h2", {}, "How each source reports it"),
    table(["Outlet", "Date", "Mode", "Stage", "According to", "Quote"], e.mentions.map(m => [
      h("a", { href: "#/article/" + enc(m.article_id) }, m.outlet || m.article_id), m.date || "", m.mode, m.stage || "",
      m.attribution || "", h("blockquote", {}, m.quote)])),
  ];
}

async function articlePage(id) {
  const an = await api("articles/" + enc(id));
  const a = an.article;
  return [
    h("h1", { id: "article-title" }, a.title || a.id),
    h("p", { class: "meta" }, `${a.outlet || "unknown outlet"} · ${a.published || "date unknown"} (confidence ${a.published_confidence.toFixed(2)})`,
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
    h("a", { href: "#/actor/" + enc(a.id) }, a.name), a.country || "", a.sector || "", a.kind, String(a.article_ids.length),
    Object.keys(a.variants).join("; ")]), { id: "actors" })];
}

async function actorPage(id) {
  const d = await api("actors/" + enc(id));
  const a = d.actor;
  return [
    h("h1", { id: "actor-name" }, a.name),
    h("p", { class: "meta" }, [a.country, a.sector, a.kind].filter(Boolean).join(" · "), ` · ${a.article_ids.length} articles · ${d.story_ids.length} stories`),
    h("h2", {}, "Names used"), h("div", { id: "actor-variants" }, Object.entries(a.variants).sort((x, y) => y[1] - x[1]).map(([v, n]) => pill(`${v} ×${n}`))),
    a.roles.length ? [h("h2", {}, "Roles"), h("ul", {}, a.roles.map(r => h("li", {}, r)))] : null,
    h("h2", {}, "Outlets reporting on this actor's events"), h("div", {}, Object.entries(d.outlets).map(([o, n]) => pill(`${o} (${n})`))),
    h("h2", {}, "Timeline"), timeline(d.events),
    h("h2", {}, "Events"), eventsTable(d.events, {}),
    h("h2", {}, "Stories"), h("ul", {}, d.story_ids.map(s => h("li", {}, h("a", { href: "#/story/" + enc(s) }, s)))),
  ];
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
  const W = 900, H = 560, pad = 70;
  const svg = s("svg", { class: "graph", "data-testid": "graph", viewBox: `0 0 ${W} ${H}` });
  const xs = g.nodes.map(n => n.x), ys = g.nodes.map(n => n.y);
  const sx = v => pad + (v - Math.min(...xs)) / ((Math.max(...xs) - Math.min(...xs)) || 1) * (W - 2 * pad);
  const sy = v => pad + (v - Math.min(...ys)) / ((Math.max(...ys) - Math.min(...ys)) || 1) * (H - 2 * pad);
  const pos = Object.fromEntries(g.nodes.map(n => [n.id, [sx(n.x), sy(n.y)]]));
  const pairCount = {};
  for (const e of g.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const k = [e.source, e.target].sort().join("|");  // both directions share a line: stack their labels
    const nth = pairCount[k] = (pairCount[k] || 0) + 1;
    const line = s("line", { x1, y1, x2, y2, "stroke-width": Math.min(1 + e.weight, 6), "data-type": e.type });
    line.appendChild(s("title", {}, `${e.type} ×${e.weight} (${e.modes.join(", ")})`));
    svg.appendChild(line);
    const arrow = x1 <= x2 ? "→" : "←";  // which way the event goes, as drawn (left to right or back)
    svg.appendChild(s("text", { class: "edge-label", x: (x1 + x2) / 2, y: (y1 + y2) / 2 + (nth - 1) * 12 },
      `${e.type}${e.weight > 1 ? " ×" + e.weight : ""} ${arrow}`));
  }
  for (const n of g.nodes) {
    const [x, y] = pos[n.id];
    const link = document.createElementNS(SVG, "a");
    if (!n.id.startsWith("text:")) link.setAttribute("href", "#/actor/" + enc(n.id));
    link.appendChild(s("circle", { cx: x, cy: y, r: 4 + Math.min(n.events, 10), "data-node": n.id }));
    const right = x > W / 2;  // labels of right-hand nodes extend leftwards so they stay inside the box
    link.appendChild(s("text", { x: x + (right ? -8 : 8), y: y - 8, "text-anchor": right ? "end" : "start" },
      n.name + (n.country ? ` (${n.country})` : "")));
    svg.appendChild(link);
  }
  const q = new URLSearchParams({ since: params.get("since") || "", until: params.get("until") || "" });
  return [h("h1", {}, "Actor graph"), h("p", { class: "meta" }, "Actors as nodes, event types as edges, for the chosen date range."), form,
          h("p", { class: "meta" }, `${g.nodes.length} actors, ${g.edges.length} edges · `, h("a", { href: "/api/graph.graphml?" + q }, "GraphML")),
          g.nodes.length ? svg : h("p", {}, "No events in this range.")];
}

// -- router ---------------------------------------------------------------------------------------------
async function route() {
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const pages = {
    "": () => storiesPage(), story: () => storyPage(parts[1]), event: () => eventPage(parts[1]),
    article: () => articlePage(parts[1]), actors: () => actorsPage(params), actor: () => actorPage(parts[1]),
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
