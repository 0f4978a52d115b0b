// Drives the built site in headless Chromium: language switching, sortable and filterable
// tables (with and without JavaScript), axe-core and screenshots at desktop and mobile widths.
//
//   node site_test.mjs --qala <qala binary> --root <project folder> --build <build folder>
//                      [--only <regular expression a kind must match>]
//
// Builds the site with `qala build` into a temporary folder, serves it on 127.0.0.1 (a free
// port), and checks one representative page of each kind of page. Kinds are discovered from the
// built site, never listed here: a page `<lang>/<section>/<slug>/<rest>` is of kind
// `<section>/*/<rest>` (the language and slug segments abstracted), split further by whether the
// page has sortable or filterable tables. Screenshots go to `<build>/screenshots/`.
// Prints QALA-SKIPPED and exits 0 when Chromium or node_modules is missing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();

function argument(name) {
  const at = process.argv.indexOf(name);
  if (at < 0 || at + 1 >= process.argv.length) {
    console.error(`usage: node site_test.mjs --qala <binary> --root <project> --build <build dir>`);
    process.exit(2);
  }
  return path.resolve(process.argv[at + 1]);
}

function skip(reason) {
  console.log(`QALA-SKIPPED: ${reason}`);
  process.exit(0);
}

function findChromium() {
  const candidates = [process.env.QALA_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  return null;
}

const qala = argument("--qala");
const root = argument("--root");
const buildDir = argument("--build");
const chromiumPath = findChromium();
if (!chromiumPath) skip("no chromium (install Debian's chromium, see scripts/setup.sh)");
for (const pkg of ["playwright-core", "axe-core"])
  if (!fs.existsSync(path.join(here, "node_modules", pkg, "package.json")))
    skip(`no ${pkg} in tests/browser/node_modules (run npm ci there, see scripts/setup.sh)`);
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// ---------------------------------------------------------------------------------------------
// Failures are collected so one run reports every problem.
const failures = [];
function fail(where, message) {
  failures.push(`${where}: ${message}`);
  console.log(`  FAIL ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Build the site into a temporary folder.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "qala-browser-"));
const siteDir = path.join(temp, "site");
const build = spawnSync(qala, ["build", "--root", root, "--out", siteDir], {
  cwd: root,
  encoding: "utf8",
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  console.error(`qala build failed with status ${build.status}`);
  fs.rmSync(temp, { recursive: true, force: true });
  process.exit(1);
}

function listHtml(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...listHtml(path.join(dir, entry.name), rel + "/"));
    else if (entry.name.endsWith(".html")) out.push(rel);
  }
  return out.sort();
}

const htmlPages = listHtml(siteDir);
const read = (rel) => fs.readFileSync(path.join(siteDir, rel), "utf8");
const languages = htmlPages
  .filter((p) => /^[a-z]{2}\/index\.html$/.test(p))
  .map((p) => p.slice(0, 2))
  .filter((lang) => new RegExp(`<html[^>]*\\slang="${lang}"`).test(read(`${lang}/index.html`)));
const rootDefault = /hreflang="x-default" href="([a-z]{2})\//.exec(read("index.html"));
const defaultLang = rootDefault ? rootDefault[1] : languages[0];
if (!languages.includes(defaultLang)) {
  console.error(`could not find the default language among ${languages.join(", ")}`);
  process.exit(1);
}
// In the site's own order (that of the alternates in the default language's head): en, ru, kk.
const siteOrder = [...read(`${defaultLang}/index.html`).matchAll(/hreflang="([a-z]{2})"/g)].map(
  (m) => m[1],
);
languages.sort((a, b) => siteOrder.indexOf(a) - siteOrder.indexOf(b));

// The kind of a page: the language and slug segments abstracted. After the language comes a
// section ("studies"), then a slug ("karaganda-2021", or "abai.html" as "*.html"); a deeper
// segment counts as a slug when more than four names stand in its place under the same parent.
const manyNames = 4;
function abstractPaths(rels) {
  const paths = rels.map((rel) => {
    const segments = rel.split("/").slice(1);
    if (segments.length >= 3) segments[1] = "*";
    else if (segments.length === 2 && segments[1] !== "index.html")
      segments[1] = "*" + path.extname(segments[1]);
    return segments;
  });
  for (let depth = 2; paths.some((p) => p.length > depth + 1); depth++) {
    const names = new Map();
    for (const p of paths) {
      if (p.length <= depth + 1) continue;
      const parent = p.slice(0, depth).join("/");
      if (!names.has(parent)) names.set(parent, new Set());
      names.get(parent).add(p[depth]);
    }
    for (const p of paths)
      if (p.length > depth + 1 && names.get(p.slice(0, depth).join("/")).size > manyNames)
        p[depth] = "*";
  }
  return paths.map((p) => p.join("/"));
}

// Split further by what the page's tables offer, so each is driven at least once.
function tableFeatures(rel) {
  const html = read(rel);
  const extras = [];
  if (/<table[^>]*\sdata-sortable/.test(html)) extras.push("sortable");
  if (/<input[^>]*\sdata-filter-table=/.test(html)) extras.push("filter");
  return extras.length ? ` [${extras.join(", ")}]` : "";
}

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt > 0 ? new RegExp(process.argv[onlyAt + 1]) : null;
const kinds = new Map();
const defaultPages = htmlPages.filter((rel) => rel.startsWith(defaultLang + "/"));
abstractPaths(defaultPages).forEach((abstracted, i) => {
  const rel = defaultPages[i];
  const kind = abstracted + tableFeatures(rel);
  if (only && !only.test(kind)) return;
  if (!kinds.has(kind)) kinds.set(kind, rel);
});
console.log(
  `site: ${htmlPages.length} html pages, languages ${languages.join(", ")} ` +
    `(default ${defaultLang}), ${kinds.size} kinds of page`,
);

// ---------------------------------------------------------------------------------------------
// A static server for the built site on a free loopback port.
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".pdf": "application/pdf",
};
const server = http.createServer((request, response) => {
  let rel;
  try {
    rel = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  let file = path.join(siteDir, path.normalize(rel));
  if (!file.startsWith(siteDir)) {
    response.writeHead(403).end();
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const type = types[path.extname(file)] || "application/octet-stream";
  response.writeHead(200, { "content-type": type });
  fs.createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const screenshots = path.join(buildDir, "screenshots");
fs.rmSync(screenshots, { recursive: true, force: true });
fs.mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
});

// Script errors and failed loads on the page being checked fail the test (the browser's own
// request for /favicon.ico aside).
let current = "browser";
function watchErrors(page) {
  page.on("pageerror", (error) => fail(current, `script error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if ((message.location().url || "").endsWith("/favicon.ico")) return;
    fail(current, `console error: ${message.text()} (${message.location().url || "page"})`);
  });
}

// ---------------------------------------------------------------------------------------------
// Checks.

/// The `<link rel=alternate hreflang>` entries: one per language plus x-default, each leading to
/// the same page in that language.
async function checkAlternates(page, rel, where) {
  const links = await page.$$eval('head link[rel="alternate"][hreflang]', (elements) =>
    elements.map((e) => ({ hreflang: e.getAttribute("hreflang"), href: e.href })),
  );
  const rest = rel.slice(rel.indexOf("/") + 1);
  const expected = [...languages.map((l) => [l, l]), ["x-default", defaultLang]];
  for (const [hreflang, lang] of expected) {
    const link = links.find((l) => l.hreflang === hreflang);
    if (!link) fail(where, `no <link rel=alternate hreflang="${hreflang}">`);
    else if (new URL(link.href).pathname !== `/${lang}/${rest}`)
      fail(where, `hreflang="${hreflang}" leads to ${link.href}, expected /${lang}/${rest}`);
  }
}

/// On the page `rel` (`<lang>/<rest>`), the switcher's link to `lang` lands on the same page
/// in `lang`. Returns whether it did.
async function switchLanguage(page, rel, lang, where) {
  const fromLang = rel.slice(0, rel.indexOf("/"));
  const rest = rel.slice(rel.indexOf("/") + 1);
  const link = page.locator(`header a[hreflang="${lang}"]`).first();
  if ((await link.count()) === 0) {
    fail(where, `no language switcher link to ${lang} in the header`);
    return false;
  }
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith(`/${rel}`)), link.click()]);
  const pathname = new URL(page.url()).pathname;
  const htmlLang = await page.getAttribute("html", "lang");
  if (pathname !== `/${lang}/${rest}`) {
    fail(where, `switching to ${lang} landed on ${pathname}, expected /${lang}/${rest}`);
    return false;
  }
  if (htmlLang !== lang) {
    fail(where, `switching to ${lang} gave <html lang="${htmlLang}">`);
    return false;
  }
  console.log(`  language switch ${fromLang} -> ${lang}: ${pathname}`);
  return true;
}

async function checkAxe(page, where) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      count: v.nodes.length,
    }));
  });
  for (const v of violations) {
    console.log(`  axe ${v.impact}: ${v.id} (${v.help}) on ${v.count} element(s): ${v.targets.join(" | ")}`);
    if (v.impact === "serious" || v.impact === "critical")
      fail(where, `axe ${v.impact} violation ${v.id}`);
  }
  if (violations.length === 0) console.log("  axe: no violations");
}

/// Sort keys of one column of a table, in row order, as the page shows them.
async function columnKeys(table, column) {
  return table.evaluate((element, columnIndex) => {
    const keyOf = (cell) => {
      if (!cell) return null;
      const raw = cell.hasAttribute("data-sort-value")
        ? cell.getAttribute("data-sort-value")
        : cell.textContent;
      return raw.trim();
    };
    const rows = [];
    for (const body of element.tBodies)
      for (const row of body.rows) {
        let position = 0;
        let found = null;
        for (const cell of row.cells) {
          if (position === columnIndex) found = cell;
          position += cell.colSpan;
        }
        rows.push({ key: keyOf(found), text: row.textContent });
      }
    return rows;
  }, column);
}

/// -1, 0 or 1 by the rule the page promises: empty last, numbers as numbers and before texts,
/// texts by the page language's collation.
function compareKeys(a, b, collator) {
  const empty = (k) => k === null || k === "";
  if (empty(a) || empty(b)) return 0; // placed last in both directions, checked separately
  const na = Number(a);
  const nb = Number(b);
  const numA = Number.isFinite(na);
  const numB = Number.isFinite(nb);
  if (numA && numB) return Math.sign(na - nb);
  if (numA !== numB) return numA ? -1 : 1;
  return Math.sign(collator.compare(a, b));
}

function checkOrder(rows, direction, collator, where, label) {
  const keys = rows.map((r) => r.key);
  const firstEmpty = keys.findIndex((k) => k === null || k === "");
  if (firstEmpty >= 0 && keys.slice(firstEmpty).some((k) => !(k === null || k === "")))
    fail(where, `${label}: empty cells are not last`);
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1], keys[i], collator) * direction > 0) {
      fail(where, `${label}: rows out of order at row ${i}: "${keys[i - 1]}" before "${keys[i]}"`);
      return false;
    }
  }
  return true;
}

async function checkSorting(page, where, maxTables = 3) {
  const lang = await page.getAttribute("html", "lang");
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  const tables = page.locator("table[data-sortable]");
  const count = await tables.count();
  for (let t = 0; t < Math.min(count, maxTables); t++) {
    const table = tables.nth(t);
    const headers = table.locator('thead th[scope="col"]');
    const headerCount = await headers.count();
    if (headerCount === 0) continue;
    // The first column, and the first column of the other sort (by data-sort-value or by text)
    // when there is one, else the last column.
    const byValue = await table.evaluate((element) => {
      const row = element.tBodies[0] && element.tBodies[0].rows[0];
      const out = [];
      if (row)
        for (const cell of row.cells) {
          out.push(cell.hasAttribute("data-sort-value"));
          for (let extra = 1; extra < cell.colSpan; extra++) out.push(null);
        }
      return out;
    });
    const columns = new Set([0]);
    const other = byValue.findIndex((v) => v !== null && v !== byValue[0]);
    if (other > 0) columns.add(other);
    else if (byValue.length > 1) columns.add(byValue.length - 1);
    const before = (await columnKeys(table, 0)).map((r) => r.text).sort();
    for (const column of columns) {
      // The index among the th[scope=col] of the one-column header over `column`, placed by
      // the colspans and rowspans of the head (computed here, not by the page's script).
      const header = await table.evaluate((element, wanted) => {
        const taken = [];
        const start = new Map();
        Array.from(element.tHead.rows).forEach((row, r) => {
          taken[r] = taken[r] || [];
          let position = 0;
          for (const cell of row.cells) {
            while (taken[r][position]) position++;
            start.set(cell, position);
            for (let down = 0; down < Math.max(cell.rowSpan, 1); down++) {
              taken[r + down] = taken[r + down] || [];
              for (let across = 0; across < cell.colSpan; across++)
                taken[r + down][position + across] = true;
            }
            position += cell.colSpan;
          }
        });
        const ths = Array.from(element.tHead.querySelectorAll('th[scope="col"]'));
        return ths.findIndex((th) => th.colSpan === 1 && start.get(th) === wanted);
      }, column);
      if (header < 0) continue;
      const th = headers.nth(header);
      const button = th.locator("button");
      if ((await button.count()) !== 1) {
        fail(where, `table ${t + 1}: header ${header + 1} has no sort button`);
        continue;
      }
      const label = `table ${t + 1}, column ${column + 1}`;
      await button.click();
      const ascending = await columnKeys(table, column);
      const sortAsc = await th.getAttribute("aria-sort");
      if (sortAsc !== "ascending") fail(where, `${label}: aria-sort is "${sortAsc}" after one click`);
      const okAsc = checkOrder(ascending, 1, collator, where, `${label} ascending`);
      await button.click();
      const descending = await columnKeys(table, column);
      const sortDesc = await th.getAttribute("aria-sort");
      if (sortDesc !== "descending")
        fail(where, `${label}: aria-sort is "${sortDesc}" after two clicks`);
      const okDesc = checkOrder(descending, -1, collator, where, `${label} descending`);
      const after = descending.map((r) => r.text).sort();
      if (JSON.stringify(after) !== JSON.stringify(before))
        fail(where, `${label}: sorting changed the set of rows`);
      if (okAsc && okDesc)
        console.log(`  sorted ${label} (${ascending.length} rows) ascending and descending`);
    }
  }
}

async function visibleRows(table) {
  return table.evaluate((element) => {
    const out = [];
    for (const body of element.tBodies)
      for (const row of body.rows)
        out.push({
          visible: !row.hidden && row.getClientRects().length > 0,
          text: Array.from(row.cells, (c) => c.textContent.trim()).join(" "),
        });
    return out;
  });
}

async function checkFiltering(page, where) {
  const lang = await page.getAttribute("html", "lang");
  const inputs = page.locator("input[data-filter-table]");
  const count = await inputs.count();
  for (let i = 0; i < Math.min(count, 3); i++) {
    const input = inputs.nth(i);
    const tableId = await input.getAttribute("data-filter-table");
    const table = page.locator(`table[id="${tableId}"]`);
    if ((await table.count()) !== 1) {
      fail(where, `filter ${i + 1} names table "${tableId}", which is not on the page`);
      continue;
    }
    if (!(await input.isVisible())) {
      fail(where, `filter for "${tableId}" is not visible with JavaScript on`);
      continue;
    }
    const rows = await visibleRows(table);
    // A query that keeps some rows and drops others: a word from a middle row's text.
    const sample = rows[Math.floor(rows.length / 2)].text;
    const words = sample.split(/\s+/).filter((w) => w.length >= 2);
    let query = words[0] || sample.slice(0, 2);
    for (const word of words) {
      const hits = rows.filter((r) => r.text.toLocaleLowerCase(lang).includes(word.toLocaleLowerCase(lang)));
      if (hits.length < rows.length) {
        query = word;
        break;
      }
    }
    // Typed in upper case: matching ignores case.
    const typed = query.toLocaleUpperCase(lang);
    await input.fill(typed);
    const expected = rows.filter((r) =>
      r.text.toLocaleLowerCase(lang).includes(query.toLocaleLowerCase(lang)),
    ).length;
    const shown = await visibleRows(table);
    const shownCount = shown.filter((r) => r.visible).length;
    const wrong = shown.filter(
      (r) => r.visible !== r.text.toLocaleLowerCase(lang).includes(query.toLocaleLowerCase(lang)),
    );
    if (wrong.length) fail(where, `filter "${typed}" on ${tableId}: ${wrong.length} rows wrongly shown or hidden`);
    if (shownCount !== expected)
      fail(where, `filter "${typed}" on ${tableId}: ${shownCount} rows visible, expected ${expected}`);
    const status = await page.evaluate((element) => {
      const id = element.getAttribute("data-filter-status");
      const region = id ? document.getElementById(id) : element.nextElementSibling;
      if (!region) return null;
      const live = region.closest("[aria-live]") || (region.getAttribute("role") === "status" ? region : null);
      return live ? region.textContent : null;
    }, await input.elementHandle());
    if (status === null) fail(where, `filter on ${tableId}: no aria-live region for the count`);
    else if (!status.includes(String(expected)) || !status.includes(String(rows.length)))
      fail(where, `filter on ${tableId}: announced "${status}", expected ${expected} of ${rows.length}`);
    else console.log(`  filter "${typed}" on ${tableId}: ${expected} of ${rows.length} rows, announced "${status}"`);
    await input.fill("");
    const cleared = (await visibleRows(table)).filter((r) => r.visible).length;
    if (cleared !== rows.length) fail(where, `filter cleared on ${tableId}: ${cleared} of ${rows.length} rows visible`);
  }
}

/// Without JavaScript the tables are complete and readable, and no dead filter box shows.
async function checkWithoutScript(noScript, rel, where, withScriptTables) {
  await noScript.goto(`${origin}/${rel}`);
  const tables = await noScript.$$eval("table[data-sortable]", (elements) =>
    elements.map((t) => ({
      text: t.textContent.replace(/\s+/g, " ").trim(),
      hiddenRows: t.querySelectorAll("tbody tr[hidden]").length,
      buttons: t.querySelectorAll("thead button").length,
    })),
  );
  tables.forEach((table, i) => {
    if (table.hiddenRows) fail(where, `without JavaScript table ${i + 1} hides ${table.hiddenRows} rows`);
    if (table.buttons) fail(where, `without JavaScript table ${i + 1} has sort buttons`);
    if (withScriptTables[i] !== undefined && withScriptTables[i] !== table.text)
      fail(where, `table ${i + 1} reads differently with and without JavaScript`);
  });
  const deadFilters = await noScript.locator("input[data-filter-table]").evaluateAll((inputs) =>
    inputs.filter((i) => i.getClientRects().length > 0).length,
  );
  // A note, not a failure: the tables stay readable; the box is only of no use.
  if (deadFilters)
    console.log(`  note: without JavaScript ${deadFilters} filter box(es) show but cannot work ` +
      "(mark the box hidden; tables.js shows it)");
  console.log(`  without JavaScript: ${tables.length} sortable table(s) complete`);
}

const widths = { desktop: 1280, mobile: 375 };
// Screenshots stop this far down: the longest pages (every check of every study) would take
// minutes to capture whole, and the top of a page shows its layout.
const maxShotHeight = 6000;

/// A screenshot of the page as loaded, at `label`'s width (the page is resized, not reloaded);
/// at the mobile width also checks that nothing makes the page scroll sideways.
async function shoot(page, name, label, where) {
  const width = widths[label];
  await page.setViewportSize({ width, height: 900 });
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  if (label === "mobile" && size.scroll > size.client)
    fail(where, `horizontal scroll at ${width} px: the page is ${size.scroll} px wide`);
  const height = Math.min(size.height, maxShotHeight);
  await page.screenshot({
    path: path.join(screenshots, `${name}-${label}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
  });
}

// ---------------------------------------------------------------------------------------------
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
const page = await context.newPage();
const noScript = await noScriptContext.newPage();
watchErrors(page);

// Per kind: the page in the default language (hreflang links, axe, screenshots, tables), then
// the switcher to each other language in turn (each landing page screenshot too).
// A step that throws (a timeout, a missing element) is a failure of that page, reported with
// the rest; the browser, the server and the temporary site are cleaned up in any case.
try {
  for (const [kind, rel] of kinds) {
    const kindStarted = Date.now();
    try {
      const where = `${kind} (${rel})`;
      current = where;
      console.log(`${kind}: ${rel}`);
      const rest = rel.slice(rel.indexOf("/") + 1);
      const name = rest.replace(/\/index\.html$|\.html$/, "").replace(/[^A-Za-z0-9_-]+/g, "_") || "home";
      await page.setViewportSize({ width: widths.desktop, height: 900 });
      await page.goto(`${origin}/${rel}`);
      await checkAlternates(page, rel, where);
      await checkAxe(page, where);
      await shoot(page, `${name}-${defaultLang}`, "desktop", where);
      await shoot(page, `${name}-${defaultLang}`, "mobile", where);
      await page.setViewportSize({ width: widths.desktop, height: 900 });
      if (/\[.*sortable/.test(kind)) {
        const tableTexts = await page.$$eval("table[data-sortable]", (elements) =>
          elements.map((t) => t.textContent.replace(/\s+/g, " ").trim()),
        );
        await checkSorting(page, where);
        await checkFiltering(page, where);
        await checkWithoutScript(noScript, rel, where, tableTexts);
      }
      // en -> ru -> kk: each switch from the page the last one landed on, which saves a load.
      let from = defaultLang;
      for (const lang of languages) {
        if (lang === defaultLang) continue;
        if (!(await switchLanguage(page, `${from}/${rest}`, lang, where))) {
          await page.goto(`${origin}/${defaultLang}/${rest}`);
          from = defaultLang;
          continue;
        }
        from = lang;
        current = `${kind} (${lang}/${rest})`;
        await shoot(page, `${name}-${lang}`, "desktop", current);
        await shoot(page, `${name}-${lang}`, "mobile", current);
        await page.setViewportSize({ width: widths.desktop, height: 900 });
        // Texts sort by this language's alphabet (the check's collator is Node's ICU).
        if (/\[.*sortable/.test(kind)) await checkSorting(page, current, 1);
      }
    } catch (error) {
      fail(current, `stopped: ${error.message.split("\n")[0]}`);
    }
    console.log(`  (${((Date.now() - kindStarted) / 1000).toFixed(1)} s)`);
  }
} catch (error) {
  fail(current, `stopped: ${error.message}`);
} finally {
  await browser.close();
  server.close();
  fs.rmSync(temp, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`screenshots in ${screenshots}`);
if (failures.length) {
  console.log(`\n${failures.length} failure(s) in ${seconds} s:`);
  for (const failure of failures) console.log(`- ${failure}`);
  process.exit(1);
}
console.log(`all browser checks passed for ${kinds.size} kinds of page in ${seconds} s`);
