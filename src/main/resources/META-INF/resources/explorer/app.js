// The explorer: the client kit's operations (dashboard, list, timeline, map, detail) on one page, in English,
// French or Arabic. It asks the API nothing other clients cannot ask, and says so in the page's language when an
// answer is bad or slow instead of leaving the page blank.
import { ApiError, loadManifest, run } from "./api.js";
import { LANGUAGES, number, words } from "./i18n.js";
import { HEIGHT, outlinePath, project, WIDTH } from "./map.js";

const FACET_GROUPS = ["kinds", "statuses", "sectors", "years", "countries"];
const PAGE = 20;

const state = {
  language: initialLanguage(),
  filter: {},
  after: null,
  labels: new Map(), // facet value to its label, for the list's kind and status
};
let generation = 0; // answers to an older filter or language are dropped

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
function h(tag, attributes = {}, ...children) {
  // `svg: true` makes an SVG element (a, title and the shapes exist in both vocabularies).
  const element = attributes.svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "svg" || value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * API text inside the page: isolated, so a Latin name in Arabic (or the reverse) keeps its own direction; a localized
 * string in another language than the page's (a fallback) says which, for screen readers and fonts.
 */
function text(value, language) {
  return h("bdi", { lang: language && language.toLowerCase() !== state.language ? language.toLowerCase() : null }, value ?? "");
}

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked && LANGUAGES[asked]) return asked;
  const browser = (navigator.language || "en").slice(0, 2);
  return LANGUAGES[browser] ? browser : "en";
}

function variables(extra = {}) {
  return { lang: state.language.toUpperCase(), ...extra };
}

function cleanFilter() {
  const filter = {};
  for (const [key, value] of Object.entries(state.filter)) {
    if (Array.isArray(value) ? value.length > 0 : value) filter[key] = value;
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

function showStatus(message, isError = false, retry = null) {
  const status = $("status");
  status.replaceChildren(message);
  status.className = isError ? "error" : "";
  status.toggleAttribute("data-error", isError);
  if (isError) status.setAttribute("data-testid", "error");
  else status.removeAttribute("data-testid");
  if (retry) status.append(" ", h("button", { type: "button", onclick: retry }, words(state.language).retry));
}

function explain(error) {
  const w = words(state.language);
  if (error instanceof ApiError && error.code === "TIMEOUT") return w.timeout;
  if (error instanceof ApiError && error.code === "RATE_LIMITED") return w.rateLimited;
  return w.error;
}

async function guarded(work) {
  const mine = ++generation;
  showStatus(words(state.language).loading);
  document.body.setAttribute("aria-busy", "true");
  try {
    await work(() => mine === generation);
    if (mine === generation) showStatus("");
  } catch (error) {
    console.error(error);
    if (mine === generation) showStatus(explain(error), true, () => refresh());
  } finally {
    if (mine === generation) document.body.removeAttribute("aria-busy");
  }
}

function setLanguage(language) {
  state.language = language;
  const { dir } = LANGUAGES[language];
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
  const url = new URL(location.href);
  url.searchParams.set("lang", language);
  history.replaceState(null, "", url);
  renderChrome();
  refresh(true);
}

function renderChrome() {
  const w = words(state.language);
  document.title = `Jisr — ${w.title}`;
  $("title").textContent = w.title;
  $("subtitle").textContent = w.subtitle;
  $("graphiql").textContent = w.graphiql;
  $("languages").setAttribute("aria-label", w.language);
  $("languages").replaceChildren(
    ...Object.entries(LANGUAGES).map(([code, { label }]) =>
      h("button", {
        type: "button",
        lang: code,
        "data-testid": `lang-${code}`,
        "aria-pressed": code === state.language ? "true" : "false",
        onclick: () => setLanguage(code),
      }, label)),
  );
  $("filters-heading").textContent = w.filters;
  $("search-label").textContent = w.search;
  $("clear").textContent = w.clear;
  $("initiatives-heading").textContent = w.initiatives;
  $("more").textContent = w.more;
  $("timeline-heading").textContent = w.timeline;
  $("map-heading").textContent = w.map;
  document.querySelector(".skip").textContent = w.initiatives;
}

/** Dashboard, list and timeline for the current filter; the map too when the language changed. */
function refresh(withMap = false) {
  state.after = null;
  return guarded(async (current) => {
    const filter = cleanFilter();
    const [dashboard, list, timeline, map] = await Promise.all([
      run("Dashboard", variables({ filter }), state.language),
      run("InitiativeList", variables({ filter, first: PAGE }), state.language),
      run("Timeline", { filter }, state.language),
      withMap ? run("DataCentreMap", variables(), state.language) : null,
    ]);
    if (!current()) return;
    renderFacets(dashboard.initiatives.facets);
    renderList(list.initiatives, false);
    renderTimeline(timeline.initiatives.timeline);
    if (map) renderMap(map.dataCentres);
  });
}

/** A facet's filter selection as filter input: its set fields, without the __typename the answer carries. */
function selection(facet) {
  return Object.entries(facet.filter).filter(([key, value]) => key !== "__typename" && value !== null && value !== undefined);
}

function isActive(group, facet) {
  return selection(facet).some(([key, value]) =>
    Array.isArray(value) ? value.some((v) => state.filter[key]?.includes(v)) : value && state.filter[key] === value);
}

function toggleFacet(group, facet) {
  const active = isActive(group, facet);
  for (const [key, value] of selection(facet)) {
    if (Array.isArray(value)) {
      const current = new Set(state.filter[key] ?? []);
      value.forEach((v) => (active ? current.delete(v) : current.add(v)));
      state.filter[key] = [...current];
    } else {
      state.filter[key] = active ? null : value;
    }
  }
  refresh();
}

function renderFacets(facets) {
  const w = words(state.language);
  for (const group of FACET_GROUPS) {
    for (const facet of facets[group]) state.labels.set(`${group}:${facet.value}`, facet.label.text);
  }
  $("facets").replaceChildren(
    ...FACET_GROUPS.filter((group) => facets[group].length > 0).map((group) =>
      h("fieldset", {},
        h("legend", {}, w[group]),
        h("ul", {},
          ...facets[group].map((facet) =>
            h("li", {},
              h("button", {
                type: "button",
                "data-testid": "facet",
                "data-group": group,
                "data-value": facet.value,
                "data-count": facet.count,
                "aria-pressed": isActive(group, facet) ? "true" : "false",
                onclick: () => toggleFacet(group, facet),
              }, text(facet.label.text), " ", h("span", { class: "count" }, number(state.language, facet.count)))))))),
  );
}

function renderList(connection, append) {
  const w = words(state.language);
  $("total").textContent = w.count(number(state.language, connection.totalCount));
  $("total").setAttribute("data-total", connection.totalCount);
  const items = connection.edges.map(({ node }) =>
    h("li", { "data-testid": "initiative-item", "data-id": node.id },
      h("button", { type: "button", class: "link", onclick: () => openDetail(node.id) }, text(node.title.text, node.title.language)),
      h("span", { class: "meta" },
        text(state.labels.get(`kinds:${node.kind}`) ?? node.kind), " · ",
        text(state.labels.get(`statuses:${node.status}`) ?? node.status),
        node.date ? [" · ", h("time", {}, node.date.text)] : null,
        node.title.provenance.basis === "EDITORIAL" ? [" · ", h("em", { class: "editorial", title: w.editorialNote }, w.editorial)] : null)));
  if (append) $("list").append(...items);
  else $("list").replaceChildren(...items);
  state.after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  $("more").hidden = !state.after;
}

function renderTimeline(timeline) {
  const w = words(state.language);
  const max = Math.max(1, ...timeline.buckets.map((bucket) => bucket.exact + bucket.possible));
  $("timeline").replaceChildren(
    h("ol", { class: "bars" },
      ...timeline.buckets.map((bucket) =>
        h("li", { "data-testid": "timeline-bucket", "data-exact": bucket.exact, "data-possible": bucket.possible },
          h("button", {
            type: "button",
            "aria-label": `${bucket.period}: ${bucket.exact}`,
            onclick: () => {
              state.filter.dateFrom = bucket.filter.dateFrom;
              state.filter.dateTo = bucket.filter.dateTo;
              refresh();
            },
          },
            h("span", { class: "bar", style: `height:${(100 * bucket.exact) / max}%` }),
            h("span", { class: "bar possible", style: `height:${(100 * bucket.possible) / max}%` }),
            h("span", { class: "period" }, bucket.period))))),
  );
  $("timeline-note").textContent = w.timelineNote(
    number(state.language, timeline.imprecise), number(state.language, timeline.undated));
}

function renderMap(connection) {
  const w = words(state.language);
  const located = connection.edges.map((edge) => edge.node).filter((node) => node.location);
  // A group, not an image: its markers are links a keyboard reaches, each narrowing the list to its data centre.
  const svg = h("svg", {
    svg: true, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group", "aria-labelledby": "map-heading map-note",
  },
    h("path", { svg: true, d: outlinePath(), class: "land" }),
    ...located.map((node) => {
      const [x, y] = project(node.location.longitude, node.location.latitude);
      return h("a", {
        svg: true, href: `#${node.slug}`, "data-testid": "map-marker", "data-slug": node.slug,
        "aria-label": node.name.text,
        "aria-current": state.filter.dataCentres?.includes(node.slug) ? "true" : null,
        onclick: (event) => {
          event.preventDefault();
          state.filter.dataCentres = state.filter.dataCentres?.includes(node.slug) ? [] : [node.slug];
          refresh(true);
        },
      },
        h("title", { svg: true }, `${node.name.text}${node.city ? ` — ${node.city}` : ""}`),
        h("circle", { svg: true, cx: x.toFixed(1), cy: y.toFixed(1), r: 6, class: node.location.exact ? "exact" : "city" }));
    }));
  $("map").replaceChildren(svg);
  $("map-note").textContent = w.mapNote(number(state.language, located.length));
}

function openDetail(id) {
  const detail = $("detail");
  const opener = document.activeElement;
  return guarded(async (current) => {
    const data = await run("InitiativeDetail", variables({ id }), state.language);
    if (!current() || !data.initiative) return;
    const w = words(state.language);
    const item = data.initiative;
    const editorial = (localized) =>
      localized?.provenance.basis === "EDITORIAL" ? h("em", { class: "editorial", "data-testid": "editorial", title: w.editorialNote }, w.editorial) : null;
    const close = () => {
      detail.hidden = true;
      opener?.focus?.();
    };
    detail.replaceChildren(
      h("div", { class: "card" },
        h("button", { type: "button", class: "close", onclick: close }, w.close),
        h("h2", { id: "detail-heading" }, text(item.title.text, item.title.language)), editorial(item.title),
        item.summary ? h("section", {}, h("h3", {}, w.summary), h("p", {}, text(item.summary.text, item.summary.language)), editorial(item.summary)) : null,
        item.partners.length > 0
          ? h("section", {}, h("h3", {}, w.partners),
              h("ul", {}, ...item.partners.map((p) => h("li", {}, text(p.organisation.name.text), p.role ? ` (${p.role})` : ""))))
          : null,
        item.dataCentres.length > 0
          ? h("section", {}, h("h3", {}, w.dataCentres), h("ul", {}, ...item.dataCentres.map((d) => h("li", {}, text(d.name.text)))))
          : null,
        h("section", {}, h("h3", {}, w.sources),
          h("ol", {}, ...item.sources.map((source) =>
            h("li", { "data-testid": "source" },
              h("a", { href: source.url, rel: "noopener noreferrer", target: "_blank", dir: "ltr" }, text(source.publisher ?? source.url)),
              source.publishedOn ? [" · ", h("time", { datetime: source.publishedOn }, source.publishedOn)] : null,
              source.copy ? [" · ", h("em", {}, w.mirror)] : null,
              source.quote ? h("blockquote", { dir: "auto" }, source.quote) : null))))),
    );
    detail.hidden = false;
    detail.focus();
    detail.onkeydown = (event) => {
      if (event.key === "Escape") close();
    };
  });
}

async function start() {
  document.documentElement.lang = state.language;
  document.documentElement.dir = LANGUAGES[state.language].dir;
  renderChrome();
  let typing;
  $("search").addEventListener("input", (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.filter.search = event.target.value.trim() || null;
      refresh();
    }, 300);
  });
  $("clear").addEventListener("click", () => {
    state.filter = {};
    $("search").value = "";
    refresh();
  });
  $("more").addEventListener("click", () =>
    guarded(async (current) => {
      const data = await run("InitiativeList", variables({ filter: cleanFilter(), first: PAGE, after: state.after }), state.language);
      if (current()) renderList(data.initiatives, true);
    }));
  try {
    await loadManifest();
  } catch (error) {
    showStatus(explain(error), true, () => location.reload());
    return;
  }
  refresh(true);
}

start();
