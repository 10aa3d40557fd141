// Marquee's live page: plain JS over the app's own JSON API (/articles, /trending, /entities). Text from articles is
// only ever inserted as text nodes, never as HTML, so an article cannot inject markup into the page.
"use strict";

const REFRESH_MS = 5000;
const state = { window: "1h", entity: null, entityPinned: false };

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response.json();
}

function ordinal(n) {
  const s = ["th", "st", "nd", "rd"], v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

/** The article text as nodes: entity mentions as <mark>, claim phrases wrapped in a span with their status. */
function highlighted(article) {
  const spans = [];
  for (const e of article.entities) {
    for (const m of e.mentions) spans.push({ start: m.start, end: m.end, kind: "mention", entity: e });
  }
  const claims = (article.claims || []).map(c => ({ start: c.start, end: c.end, claim: c }));
  const byStart = (a, b) => a.start - b.start || b.end - a.end;
  spans.sort(byStart);
  claims.sort(byStart);
  const text = article.text;
  const container = el("div", { class: "text" });
  // Claims and mentions may overlap ("five Oscar nominations" holds the mention "Oscar"): claims are the outer spans.
  let pos = 0;
  const renderRange = (from, to, parent) => {
    let p = from;
    for (const s of spans) {
      if (s.start < p || s.end > to || s.start < from) continue;
      parent.append(text.slice(p, s.start));
      parent.append(el("mark", { class: s.entity.type, title: s.entity.name + (s.entity.id ? " (" + s.entity.id + ")" : ""),
        dataset: { entity: s.entity.key }, onclick: () => showEntity(s.entity.key, true) }, text.slice(s.start, s.end)));
      p = s.end;
    }
    parent.append(text.slice(p, to));
  };
  for (const c of claims) {
    if (c.start < pos) continue;
    renderRange(pos, c.start, container);
    const span = el("span", { class: "claim " + c.claim.status, title: c.claim.status + ": " + c.claim.finding,
      dataset: { claimStatus: c.claim.status } });
    renderRange(c.start, c.end, span);
    container.append(span);
    pos = c.end;
  }
  renderRange(pos, text.length, container);
  return container;
}

function articleNode(a) {
  const claims = (a.claims || []).map(c => el("li", {},
    el("span", { class: "status " + c.status }, c.status), " “" + c.text + "” about " + c.subject_name + ": " + c.finding));
  return el("article", { dataset: { articleId: a.article_id } },
    el("h4", {}, a.title || a.article_id),
    el("div", { class: "meta" }, [a.source, a.published_at, a.entities.length + " entities"].filter(Boolean).join(" · ")),
    highlighted(a),
    claims.length ? el("ul", { class: "claims" }, ...claims) : null);
}

function sparkline(series) {
  const w = 96, h = 22, max = Math.max(1, ...series);
  const step = series.length > 1 ? w / (series.length - 1) : w;
  const points = series.map((v, i) => (i * step).toFixed(1) + "," + (h - 2 - (v / max) * (h - 4)).toFixed(1)).join(" ");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("viewBox", "0 0 " + w + " " + h);
  svg.setAttribute("aria-label", "articles per period: " + series.join(", "));
  const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
  line.setAttribute("points", points);
  svg.append(line);
  return svg;
}

function trendingList(target, entries) {
  target.replaceChildren(...(entries.length ? entries.map(e => el("li", { dataset: { entity: e.entity_key }, onclick: () => showEntity(e.entity_key, true) },
    el("span", { class: "name" }, e.entity_name), sparkline(e.series), el("span", { class: "count" }, String(e.articles))))
    : [el("li", { class: "empty" }, "nothing in this window")]));
}

async function showEntity(key, pinned) {
  state.entity = key;
  state.entityPinned = state.entityPinned || pinned;
  const view = document.getElementById("entity-view");
  try {
    const e = await getJson("/entities/" + encodeURIComponent(key));
    const rows = e.nominations.map(n => el("tr", {},
      el("td", {}, ordinal(n.ceremony) + " " + (n.body_name || n.body) + " (" + n.ceremony_year + ")"),
      el("td", {}, n.raw_category || n.category),
      el("td", {}, n.nominees.map(p => p.name).join(", ") || n.films.map(f => f.name).join(", ")),
      el("td", { class: n.won ? "won" : "" }, n.won ? "won" : "nominated")));
    view.replaceChildren(
      el("h3", { dataset: { entity: e.entity_key } }, e.name + " · " + e.entity_type.toLowerCase() + (e.entity_id ? " · " + e.entity_id : "")),
      el("p", {}, e.awards.nominations + " nominations, " + e.awards.wins + " wins in the awards reference"),
      rows.length ? el("table", { class: "awards" },
        el("thead", {}, el("tr", {}, el("th", {}, "ceremony"), el("th", {}, "category"), el("th", {}, "with"), el("th", {}, "result"))),
        el("tbody", {}, ...rows)) : el("p", { class: "empty" }, "no award history"),
      el("h3", {}, "Latest articles"),
      el("ul", {}, ...e.latest_articles.map(a => el("li", {}, (a.title || a.article_id) + " · " + a.mention_count + " mentions"))));
  } catch (err) {
    view.replaceChildren(el("p", { class: "empty" }, "Cannot load " + key + ": " + err.message));
  }
}

async function refresh() {
  const status = document.getElementById("status");
  try {
    const [list, films, people] = await Promise.all([
      getJson("/articles?limit=10"),
      getJson("/trending?type=FILM&limit=10&window=" + state.window),
      getJson("/trending?type=PERSON&limit=10&window=" + state.window)]);
    const articles = await Promise.all(list.articles.map(a => getJson("/articles/" + encodeURIComponent(a.article_id))));
    document.getElementById("article-list").replaceChildren(...(articles.length ? articles.map(articleNode)
      : [el("p", { class: "empty" }, "no articles yet")]));
    trendingList(document.getElementById("trending-films"), films.entities);
    trendingList(document.getElementById("trending-people"), people.entities);
    if (!state.entityPinned && films.entities.length) await showEntity(films.entities[0].entity_key, false);
    status.textContent = "updated " + new Date().toLocaleTimeString();
    document.body.dataset.state = "ready";
  } catch (err) {
    status.textContent = "offline: " + err.message;
    document.body.dataset.state = "error";
  }
}

document.getElementById("window").addEventListener("change", ev => { state.window = ev.target.value; refresh(); });
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get("entity")) showEntity(hash.get("entity"), true);
refresh();
setInterval(refresh, REFRESH_MS);
