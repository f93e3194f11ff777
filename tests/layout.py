"""Measuring a lesson's layout in Chromium (issue 32): every plotting area of its main figure,
clipped text, overlapping labels and, on a phone, how far the main control sits from the
figure. Shared by `tests/test_layout.py` and the report (`python -m tests.layout_report`).

A lesson is loaded once per language and projector state; the other views of that state are
the same page with its viewport resized (Plotly redraws to the new width; the phone's width
reruns the page, which lays its figures out for a narrow screen), and each view is measured
with one `page.evaluate`."""

from __future__ import annotations

import contextlib
import dataclasses

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import wait_until_idle
from ui import study

MIN_AREA = (200, 150)  # px: a plotting area a back row can read
PHONE = (390, 844)


@dataclasses.dataclass(frozen=True)
class View:
    name: str
    width: int
    height: int
    projector: bool
    lang: str

    @property
    def query(self) -> str:
        parts = [f"lang={self.lang}"] + (["proj=1"] if self.projector else [])
        return "&".join(parts)


# Grouped by page load: each group is one load, then resizes.
LOADS: tuple[tuple[View, ...], ...] = (
    (
        View("1280x720", 1280, 720, False, "en"),
        View("1024x768", 1024, 768, False, "en"),
        View("phone", *PHONE, False, "en"),
    ),
    (
        View("1280x720 proj", 1280, 720, True, "en"),
        View("1024x768 proj", 1024, 768, True, "en"),
    ),
    (View("1024x768 proj zh", 1024, 768, True, "zh"),),
    (View("phone zh", *PHONE, False, "zh"),),
)
VIEWS = tuple(view for load in LOADS for view in load)

# The control a lesson is used by, as its Streamlit key (`.st-key-<key>`); a lesson not named
# here is used by the first slider on its page.
MAIN_CONTROL: dict[str, str] = {
    "learning-rate-1d": "lr1",
    "cliffs": "cliff_lr",
    "gradient-geometry": "gx",
    # the noise: the lesson asks to set σ to 0 to compare (after all three charts on a phone)
    "schedules": "s_noise",
    "critical-points": "cp_readout",
    "minibatch-noise": "mb_batch",
    "convergence-maps": "map_opt",
    "basins": "b_opt1",
    "initialization": "init",
    "batch-normalization": "bn_init",
    "network-landscape": "nl_res",
    "edge-of-stability": "eos_lr",  # its rates (the first slider, momentum, is beside them)
    # the first chosen optimizer's ε (SGD's by default): on a phone under the figure, it was
    # 2 366 px down in its tab with the figure ending at 750
    "playground": "sgd-lr",
}

# Lessons whose main figure must be readable on the phone too: every plotting area at least
# MIN_AREA on the phone as on the desktop, and no tick label of it hidden in any view.
WHOLE_ON_PHONE: frozenset[str] = frozenset({"cliffs", "minibatch-noise", "edge-of-stability"})

# Charts of a lesson drawn side by side to be compared, whose plotting areas must be of one
# size in every view: url_path → their Streamlit keys (L2's four-entry legend wrapped above
# its plot and made it 274 px to L1's 327 at 1280×720).
SAME_SIZE: dict[str, tuple[str, ...]] = {
    "regularization": ("reg_l2", "reg_l1"),
}

# Views beyond a lesson's default that it must pass too: url_path → query strings setting a
# control to a value where the page grows (an alert, a longer sentence or another panel above
# or beside the figure). Each is measured in every view, as "<view> · <query>", in a browser
# that shows its scrollbar as a desktop one does (`SCROLLBAR_ARGS`: 15 px less width).
EXTRA: dict[str, tuple[str, ...]] = {
    "cliffs": ("cliff_lr=10",),  # the learning rate's top: the run diverges at step 3
    # the cliff's 16 × 6 domain: to scale its plot was 372×140 px at 1024×768 with the projector
    # on (中文); y is drawn 1.3× as tall
    "playground": ("landscape=cliff",),
    # "your own formula" chosen: its option showed as "自己输入公式." in the narrow control
    # column at 1024×768 with the projector on (the selectbox's shown value is measured)
    "critical-points": ("landscape=typed",),
    # the cliff's 16 × 6 domain drawn to scale: 301×113 px maps at 1024×768 with the projector
    # on (a fresh read); the bowl's 2:1, 304×152
    "basins": ("b_ls=cliff", "b_ls=bowl"),
    # six schedules at the smallest ε₀ (rates ~10⁻⁵: long tick labels, a longer verdict); 200
    # steps (losses to 10⁻⁴); σ = 3 with ε₀ = 0.5 (the loss chart was 195–199 px wide)
    "schedules": (
        "sched=constant&sched=linear&sched=inv_sqrt&sched=step&sched=exponential"
        "&sched=cosine&eps0=0.00001",
        "n=200",
        "eps0=0.5&s_noise=3&n=200",
    ),
}


# EXTRA queries measured in the desktop views only: a phone draws the cliff to scale (its wide
# plot is the default bowl's width), and this harness reaches an EXTRA's phone view by
# resizing a desktop page, where ❚❚ was measured over the step slider that a phone's own load
# (the default views' phone) does not show; left for a phone-loaded measurement
DESKTOP_ONLY: frozenset[str] = frozenset({"landscape=cliff"})

# Lessons whose every chart, not only the main figure, must have plotting areas of at least
# MIN_AREA in the desktop views (wherever on the page the chart is).
ALL_CHARTS: frozenset[str] = frozenset({"gradient-geometry", "schedules", "cliffs"})

# Lessons whose main control must be on one phone screen with its figure: from the figure's top
# to the control's bottom at most the screen's height (measured from the figure's bottom, the
# cliffs' ε slider passed at 961–1 038 px with the figure at 178–478, and minibatch's batch
# size at 1 202–1 279 with the figure from 115).
ONE_SCREEN_ON_PHONE: frozenset[str] = frozenset({"cliffs", "minibatch-noise"})

# The controls (Streamlit keys) a lesson must show within the first screen in the desktop
# views, beside or under its figure: a lecturer moves them with the figure in sight.
FIRST_SCREEN: dict[str, tuple[str, ...]] = {
    "gradient-geometry": ("landscape", "gx", "gy", "g_lr", "g_tau"),
}

# Charts (Streamlit keys) whose plotting areas must be at least MIN_AREA on the phone too,
# beyond the main figure (schedules' path contour, the 2:1 bowl to scale, was 213×106 there).
PHONE_CHARTS: dict[str, tuple[str, ...]] = {"schedules": ("sched_contour",)}

# Chromium without Playwright's --hide-scrollbars: the page's vertical scrollbar takes its width
SCROLLBAR_ARGS = {"ignore_default_args": ["--hide-scrollbars"]}


def named_views(url_path: str) -> list[tuple[str, View]]:
    """(name, view) of every measured view of a lesson: its default ones, then its EXTRA ones."""
    return [(view.name, view) for view in VIEWS] + [
        (f"{view.name} · {query}", view)
        for query in EXTRA.get(url_path, ())
        for view in VIEWS
        if not (query in DESKTOP_ONLY and view.width <= 640)
    ]


MEASURE_JS = """
([mainKey, lesson, firstScreen, allCharts]) => {
  const W = window.innerWidth, H = window.innerHeight;
  const r = (b) => [Math.round(b.left), Math.round(b.top), Math.round(b.right),
                    Math.round(b.bottom)];
  const box = (el) => r(el.getBoundingClientRect());
  const hit = (a, b, slack = 1) => a[0] < b[2] - slack && b[0] < a[2] - slack &&
                                   a[1] < b[3] - slack && b[1] < a[3] - slack;
  const visible = (el) => { const b = el.getBoundingClientRect();
                            return b.width > 0 && b.height > 0; };
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const chart = main.querySelector('[data-testid="stPlotlyChart"]');
  const gd = chart && chart.querySelector('.js-plotly-plot');
  const out = {figure: null, areas: [], clipped: [], overlaps: [], control: null, charts: {},
               toolbar: [...main.querySelectorAll('.modebar-btn')].filter(visible)
                 .map(b => b.getAttribute('data-title')),
               menu: [...document.querySelectorAll('[data-testid="stMainMenu"]')].filter(visible)
                 .length,
               multiselects: main.querySelectorAll('[data-testid="stMultiSelect"]').length,
               sideways: document.documentElement.scrollWidth > W};
  const areasOf = (gd) => {
    const areas = [];
    gd.querySelectorAll('.cartesianlayer .subplot').forEach((sp) => {
      const drag = gd.querySelector(`.draglayer .${[...sp.classList].find(c => c !== 'subplot')}
                                     .nsewdrag`);
      const el = drag || sp.querySelector('.bg');
      if (el && visible(el)) areas.push({kind: 'xy', id: [...sp.classList].join(' '),
                                         box: box(el)});
    });
    const L = gd._fullLayout, g = gd.getBoundingClientRect();
    for (const k of Object.keys(L)) {
      if (/^scene\\d*$/.test(k) && L[k]._scene) {
        const d = L[k].domain, s = L._size;
        areas.push({kind: '3d', id: k, box: r({
          left: g.left + s.l + d.x[0] * s.w, right: g.left + s.l + d.x[1] * s.w,
          top: g.top + s.t + (1 - d.y[1]) * s.h, bottom: g.top + s.t + (1 - d.y[0]) * s.h})});
      }
    }
    gd.querySelectorAll('.polarlayer > g').forEach((p) => {
      const bg = p.querySelector('.bg') || p;
      if (visible(bg)) areas.push({kind: 'polar', id: p.getAttribute('class'), box: box(bg)});
    });
    return areas.map(a => ({...a, w: a.box[2] - a.box[0], h: a.box[3] - a.box[1],
      onScreen: a.box[0] >= -1 && a.box[1] >= -1 && a.box[2] <= W + 1 && a.box[3] <= H + 1}));
  };
  // the lesson's other charts (ALL_CHARTS): their plotting areas, wherever they are
  out.otherAreas = !allCharts ? [] : [...main.querySelectorAll(
    '[data-testid="stPlotlyChart"] .js-plotly-plot')].filter(g => g !== gd && g._fullLayout)
    .flatMap(g => areasOf(g).map(a => ({...a, chart: ((g.closest('[class*="st-key-"]') ||
      {className: ''}).className.split(' ').find(c => c.startsWith('st-key-')) || '')})));
  // the controls that must end within the first screen (FIRST_SCREEN)
  out.firstScreen = (firstScreen || []).map((key) => {
    const el = main.querySelector(`.st-key-${key}`);
    return {key, box: el && visible(el) ? box(el) : null}; });
  if (gd && gd._fullLayout) {
    out.figure = box(gd);
    out.areas = areasOf(gd);
    // tick labels of the main figure Plotly hid (a label past the figure's edge is not drawn)
    out.hiddenTicks = [...gd.querySelectorAll('.xtick text, .ytick text')]
      .filter(t => getComputedStyle(t).display === 'none').map(t => t.textContent);

    // every chart of the page: titles against their own axis' tick labels, colour-bar labels
    // against each other, the play button against the slider, the legend against the plot
    main.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot').forEach((g2, n) => {
      const name = (g2.closest('[class*="st-key-"]') || {className: ''}).className
        .split(' ').find(c => c.startsWith('st-key-')) || `chart ${n}`;
      out.charts[name.replace(/^st-key-/, '')] = [...g2.querySelectorAll('.draglayer .nsewdrag')]
        .filter(visible).map(d => { const b = d.getBoundingClientRect();
                                    return [Math.round(b.width), Math.round(b.height),
                                            Math.round(b.top)]; });
      const texts = (sel) => [...g2.querySelectorAll(sel)].filter(visible)
        .map(t => ({t: t.textContent, b: box(t)})).filter(t => t.t.trim());
      g2.querySelectorAll('.infolayer [class^="g-"][class$="title"]').forEach((title) => {
        const ax = title.getAttribute('class').slice(2, -5);  // g-x2title -> x2
        if (!/^[xy]\\d*$/.test(ax)) return;
        // a text's box holds its line's ascent and descent: a fifth of its height off each
        // edge leaves the glyphs (w₁ under the tick 1 is apart; a title on −4 is not)
        const ink = (b) => {  // across the line: vertical for a rotated y title
          const w = b[2] - b[0], h = b[3] - b[1];
          return h <= w ? [b[0], b[1] + h / 5, b[2], b[3] - h / 5]
                        : [b[0] + w / 5, b[1], b[2] - w / 5, b[3]]; };
        const tb = [...title.querySelectorAll('text')].filter(visible).map(box).map(ink);
        for (const tick of texts(`.${ax}tick text, .${ax}tick2 text`)) {
          for (const b of tb) if (hit(b, ink(tick.b))) {
            out.overlaps.push(`${name}: ${ax} title over tick ${tick.t}`); return; }
        }
      });
      g2.querySelectorAll('.colorbar').forEach((cb) => {
        const ticks = [...cb.querySelectorAll('.cbaxis text, [class*="tick"] text')]
          .filter(visible).map(t => ({t: t.textContent, b: box(t)}));
        const seen = new Set();
        ticks.forEach((a, i) => {
          if (seen.has(a.t)) out.overlaps.push(`${name}: colour bar repeats ${a.t}`);
          seen.add(a.t);
          ticks.slice(i + 1).forEach((b) => { if (hit(a.b, b.b, 0)) out.overlaps.push(
            `${name}: colour-bar labels ${a.t} / ${b.t}`); });
        });
      });
      const inkBox = (b) => { const h = b[3] - b[1]; return [b[0], b[1] + h / 5, b[2],
                                                               b[3] - h / 5]; };
      // tick labels of different axes (the last x tick of one panel against the next
      // panel's y ticks), annotations against each other, against tick labels and against
      // the lines drawn
      const ticks = [...g2.querySelectorAll(
        '.xaxislayer-above [class*="tick"] text, .yaxislayer-above [class*="tick"] text')]
        .filter(visible).map(t => ({t: t.textContent, b: box(t),
          ax: t.parentElement.getAttribute('class')}));
      const sizes = new Set([...g2.querySelectorAll('.xaxislayer-above [class*="tick"] text, ' +
        '.yaxislayer-above [class*="tick"] text')].filter(visible).map(t => t.style.fontSize));
      if (sizes.size > 1) out.overlaps.push(
        `${name}: tick labels in ${[...sizes].join(' and ')} type`);
      // an x and a y axis of one panel meet at its corner, where Plotly keeps them apart
      const axis = (cls) => cls.replace(/tick2?$/, '');
      const full = (id) => (g2._fullLayout || {})[`${id[0]}axis${id.slice(1)}`] || {};
      const panel = (p, q) => full(p).anchor === q || full(q).anchor === p;
      ticks.forEach((a, i) => ticks.slice(i + 1).forEach((b) => {
        if (a.ax !== b.ax && !panel(axis(a.ax), axis(b.ax)) &&
            hit(inkBox(a.b), inkBox(b.b), -2)) out.overlaps.push(
          `${name}: tick ${a.t} over tick ${b.t}`); }));
      const opaque = (t) => {  // a label on its own background hides the lines behind it
        const bg = t.closest('.annotation') && t.closest('.annotation').querySelector('.bg');
        if (!bg) return false;
        const cs = getComputedStyle(bg);
        return !/rgba\\([^)]*,\\s*0\\)|transparent|none/.test(cs.fill) &&
          parseFloat(cs.fillOpacity || '1') > 0.5; };
      const notes = [...g2.querySelectorAll('.annotation-text-g text, .annotation-text')]
        .filter(visible).map(t => ({t: t.textContent, b: inkBox(box(t)), opaque: opaque(t)}))
        .filter(t => t.t.trim());
      notes.forEach((a, i) => {
        notes.slice(i + 1).forEach((b) => { if (a.t !== b.t && hit(a.b, b.b)) out.overlaps
          .push(`${name}: annotation ${a.t} over annotation ${b.t}`); });
        for (const tk of ticks) if (hit(a.b, inkBox(tk.b))) {
          out.overlaps.push(`${name}: annotation ${a.t} over tick ${tk.t}`); break; }
      });
      const paths = [...g2.querySelectorAll('.scatterlayer .trace .js-line')].filter((p) => {
        const b = p.getBoundingClientRect();  // a level line is 0 px high
        return b.width + b.height > 0 && getComputedStyle(p).visibility !== 'hidden'; });
      for (const a of notes.filter(n => !n.opaque)) {
        let over = false;
        for (const p of paths) {
          const m = p.getScreenCTM(), n = p.getTotalLength ? p.getTotalLength() : 0;
          if (!m || !n) continue;
          const stroke = parseFloat(getComputedStyle(p).strokeWidth) || 1;
          for (let k = 0; k <= 400 && !over; k++) {
            const q = p.getPointAtLength(n * k / 400);
            const x = m.a * q.x + m.c * q.y + m.e, y = m.b * q.x + m.d * q.y + m.f;
            // within 2 px of the glyphs reads as the text sitting on the line
            over = x > a.b[0] && x < a.b[2] && y + stroke / 2 > a.b[1] - 2 &&
              y - stroke / 2 < a.b[3] + 2;
          }
          if (over) break;
        }
        if (over) out.overlaps.push(`${name}: annotation ${a.t} over a line`);
      }
      const buttons = [...g2.querySelectorAll('.updatemenu-button')].filter(visible).map(box);
      const rails = [...g2.querySelectorAll(
        '.slider-container .slider-rail-rect, .slider-container .slider-label')]
        .filter(visible).map(box);
      if (buttons.some(b => rails.some(s => hit(b, s)))) out.overlaps.push(
        `${name}: a button over the slider`);
      const legend = g2.querySelector('.legend .bg');
      if (legend && visible(legend)) {
        const lb = box(legend);
        g2.querySelectorAll('.draglayer .nsewdrag').forEach((d) => {
          if (visible(d) && hit(lb, box(d), 2)) out.overlaps.push(`${name}: legend over a plot`);
        });
      }
      const bar = g2.parentElement.querySelector('.modebar-container');
      const mb = bar && [...bar.querySelectorAll('.modebar-btn')].filter(visible).map(box);
      if (mb && mb.length) {
        const under = texts('.legendtext, .gtitle, .annotation-text');
        for (const t of under) if (mb.some(m => hit(m, t.b))) {
          out.overlaps.push(`${name}: toolbar over ${t.t}`); break; }
      }
    });
  }
  // text that is cut: formulas, labels, options, chips and buttons
  const sels = ['.katex-display', '.katex', '[data-testid="stWidgetLabel"] *',
    '[data-testid="stMultiSelectTagsContainer"]',
    '[data-baseweb="select"] *', '[data-baseweb="tag"] *', 'button', 'button *',
    'label', 'label *', '[data-testid="stMarkdownContainer"] p',
    '[data-testid="stMetricValue"] *', '[data-testid="stMetricLabel"] *'];
  const seen = new Set();
  for (const el of main.querySelectorAll(sels.join(','))) {
    if (seen.has(el) || !visible(el) || el.clientWidth < 4 ||
        el.closest('.js-plotly-plot, iframe, .katex-mathml')) continue;
    seen.add(el);
    const cs = getComputedStyle(el);
    const cut = el.scrollWidth > el.clientWidth + 3 &&  // KaTeX's italic corrections
      (cs.textOverflow === 'ellipsis' || ['hidden', 'clip', 'auto', 'scroll']
        .includes(cs.overflowX));
    const pastScreen = el.matches('.katex-display, .katex') &&
      (el.getBoundingClientRect().right > W + 1);
    if (cut || pastScreen) out.clipped.push(
      (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60));
  }
  // a selectbox's shown value (an <input> whose text can run past its box) and pills or
  // segmented controls that run past their container instead of clipping
  const measureText = (el, text) => { const cs = getComputedStyle(el);
    const c = measureText.c || (measureText.c = document.createElement('canvas'));
    const ctx = c.getContext('2d'); ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return ctx.measureText(text).width; };
  for (const el of main.querySelectorAll('[data-testid="stSelectbox"] input, ' +
                                         '[data-baseweb="select"] input')) {
    if (!visible(el) || !el.value) continue;
    const cs = getComputedStyle(el);
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    if (measureText(el, el.value) > room + 2) out.clipped.push(el.value.slice(0, 60));
  }
  for (const group of main.querySelectorAll('[data-testid="stButtonGroup"]')) {
    const holder = group.closest('[data-testid="stElementContainer"]') || group.parentElement;
    if (!visible(group) || !holder) continue;
    const edge = holder.getBoundingClientRect().right;
    for (const b of group.querySelectorAll('button')) {
      if (visible(b) && b.getBoundingClientRect().right > edge + 1) out.clipped.push(
        (b.innerText || '').trim().slice(0, 60) + ' (past its column)');
    }
  }
  // the study steps' selector: how many rows its buttons take
  const steps = lesson && main.querySelector(`.st-key-study-${lesson} [data-testid="stButtonGroup"]`);
  const pills = steps ? [...steps.querySelectorAll('button[role="radio"]')].filter(visible) : [];
  out.stepRows = pills.length ? new Set(pills.map(b => Math.round(b.getBoundingClientRect().top)))
    .size : null;
  // the main control: its distance from the figure (0 when they overlap vertically)
  const control = mainKey ? main.querySelector(`.st-key-${mainKey}`)
    : main.querySelector('[data-testid="stSlider"]');
  if (control && out.figure) {
    const c = box(control), f = out.figure;
    out.control = Math.max(0, c[1] - f[3], f[1] - c[3]);
    out.controlSpan = Math.max(c[3], f[3]) - Math.min(c[1], f[1]);
  }
  // what a visitor must never see: an exception, or Streamlit's "Page not found"
  out.exceptions = document.querySelectorAll('[data-testid="stException"]').length +
    (document.body.innerText.includes('Page not found') ? 1 : 0);
  return out;
}
"""


# On the phone, with a study step chosen: how far its question's answer control (the input and
# Check) reaches below the figure's top, and how far its question card is from the step buttons
# (a student taps a step, then answers it without hunting for the question). Heights are from
# the top of the page's content, so scrolling does not change them.
STUDY_JS = """
([lesson]) => {
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const origin = (main.querySelector('[data-testid="stMainBlockContainer"]') || main)
    .getBoundingClientRect().top;
  const box = (el) => { const b = el.getBoundingClientRect();
                        return [b.top - origin, b.bottom - origin].map(Math.round); };
  const one = (sel) => { const el = main.querySelector(sel); return el ? box(el) : null; };
  const chart = main.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const parts = [...main.querySelectorAll(
    `[class*="st-key-study-answer-${lesson}-"], [class*="st-key-study-check-${lesson}-"]`)]
    .map(box).filter(b => b[1] > b[0]);
  return {figure: chart ? box(chart)[0] : null, selector: one(`.st-key-study-${lesson}`),
          card: one(`.st-key-study-box-${lesson}`),
          answer: parts.length ? Math.max(...parts.map(b => b[1])) : null};
}
"""


def measure_study(page: Page, url_path: str) -> list[dict]:
    """On the phone: each study step chosen in turn, how far below the figure's top its answer
    control ends (`answer`: the input and Check, px) and how far its question card is from the
    step buttons (`apart`, px); empty for a lesson without steps. A lesson that hides its figure
    while the question is open is measured from where the figure was."""
    n_steps = len(study.steps_of(url_path))
    if not n_steps:
        return []
    pills = page.locator(f".st-key-study-{url_path}").get_by_role("radio")
    pills.first.wait_for(timeout=300_000)  # a busy machine may still be compiling
    figure = page.evaluate(STUDY_JS, [url_path])["figure"]
    found = []
    for i in range(n_steps):
        pills.nth(i).click()
        page.wait_for_timeout(300)
        settle(page)
        # its question (a busy machine may answer the click after a while); without one it is
        # measured as it is: "no answer control found"
        with contextlib.suppress(PlaywrightTimeout):
            page.locator(f'[class*="st-key-study-check-{url_path}-"]').first.wait_for(
                timeout=120_000
            )
        settle(page)
        m = page.evaluate(STUDY_JS, [url_path])
        top = m["figure"] if m["figure"] is not None else figure
        sel, card = m["selector"], m["card"]
        found.append(
            {
                "step": i + 1,
                "answer": None if m["answer"] is None or top is None else m["answer"] - top,
                "apart": max(0, card[0] - sel[1], sel[0] - card[1]) if sel and card else None,
            }
        )
    return found


# On the desktop views, the lessons whose named study step is measured with its question open
# (its link `?step=<name>`): its answer control (the input and Check) must end within the
# first screen, and the figure stay wholly on screen above or beside it.
DESKTOP_STEP: dict[str, str] = {
    "playground": "valley_end",
}

# The projector views measured with DESKTOP_STEP's question open too (at 1280×720 the
# playground's Check ended at 1077 px, a question column of a third of the width)
DESKTOP_STEP_PROJECTOR: frozenset[str] = frozenset({"1280x720 proj"})

# The open question's answer control and the figure, in the viewport (scrolled to the top).
DESKTOP_STUDY_JS = """
([lesson]) => {
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const parts = [...main.querySelectorAll(
    `[class*="st-key-study-answer-${lesson}-"], [class*="st-key-study-check-${lesson}-"]`)]
    .map(el => el.getBoundingClientRect()).filter(b => b.height > 0);
  const chart = main.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const f = chart ? chart.getBoundingClientRect() : null;
  return {answer: parts.length ? Math.round(Math.max(...parts.map(b => b.bottom))) : null,
          figure: f ? [f.left, f.top, f.right, f.bottom].map(Math.round) : null};
}
"""


def measure_desktop_study(page: Page, base: str, url_path: str, view: View) -> dict | None:
    """The view opened at its lesson's `DESKTOP_STEP` (question open): where its answer
    control ends and where the figure is, in the first screen; None for other lessons."""
    name = DESKTOP_STEP.get(url_path)
    if name is None:
        return None
    page.set_viewport_size({"width": view.width, "height": view.height})
    if not load(page, f"{base}/{url_path}?{view.query}&step={name}"):
        return {"step": name, "answer": None, "figure": None}
    with contextlib.suppress(PlaywrightTimeout):
        page.locator(f'[class*="st-key-study-check-{url_path}-"]').first.wait_for(timeout=120_000)
    page.evaluate("window.scrollTo(0, 0)")
    settle(page)
    return {"step": name, **page.evaluate(DESKTOP_STUDY_JS, [url_path])}


def load(page: Page, url: str, timeout_ms: float = 300_000) -> bool:
    """Opens `url` and waits for its script and its first chart, opening it once more if it
    did not come (in a clean clone under two workers' load one phone view's script was still
    running after 300 s); False when it is still not there."""
    for _ in range(2):
        page.goto(url)
        try:  # a layout test, not a speed test: a machine busy with other work may be slow
            wait_until_idle(page, timeout_ms=timeout_ms)
            page.wait_for_selector(
                '[data-testid="stMain"] .js-plotly-plot .main-svg', timeout=60_000
            )
        except PlaywrightTimeout:
            continue
        return True
    return False


SETTLED_JS = """
() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() =>
  done([...document.querySelectorAll('.js-plotly-plot')].every(
    g => g._fullLayout && Math.abs(g.getBoundingClientRect().width -
         g._fullLayout.width) < 2)))))
"""


def settle(page: Page) -> None:
    """Waits until every chart has been redrawn to its container's width (after a resize)."""
    wait_until_idle(page, timeout_ms=300_000)
    for _ in range(40):
        if page.evaluate(SETTLED_JS):
            break
        page.wait_for_timeout(250)
    page.wait_for_timeout(300)  # Plotly's own debounced resize


def measure_lesson(
    page: Page, base: str, url_path: str, scrollbar_page: Page | None = None
) -> dict[str, dict | None]:
    """Every view of one lesson, its EXTRA queries' too (their desktop views on
    `scrollbar_page`, a browser launched with SCROLLBAR_ARGS, when given): {view name (`named_views`): measurement, or
    None when it did not load}. The phone's study steps are measured in the default view
    only."""
    found: dict[str, dict | None] = {}
    default = page
    for extra in ("", *EXTRA.get(url_path, ())):
        for group in LOADS:
            first = group[0]
            # a phone's scrollbar lies over the page: the desktop views only, with a scrollbar
            page = scrollbar_page if extra and scrollbar_page and first.width > 640 else default
            page.set_viewport_size({"width": first.width, "height": first.height})
            query = "&".join(q for q in (first.query, extra) if q)
            loaded = load(page, f"{base}/{url_path}?{query}")
            for view in group:
                if extra in DESKTOP_ONLY and view.width <= 640:
                    continue
                name = f"{view.name} · {extra}" if extra else view.name
                if not loaded:
                    found[name] = None
                    continue
                if view is not first:
                    page.set_viewport_size({"width": view.width, "height": view.height})
                    if view.width <= 640:  # the page reruns for a phone's width
                        page.wait_for_timeout(500)
                page.evaluate("window.scrollTo(0, 0)")
                settle(page)
                args = [
                    MEASURE_JS,
                    [
                        MAIN_CONTROL.get(url_path),
                        url_path,
                        list(FIRST_SCREEN.get(url_path, ())),
                        url_path in ALL_CHARTS,
                    ],
                ]
                found[name] = page.evaluate(*args)
                # a view found wrong is measured again once the page has had time to finish
                # a rerun (a phone's rerun for its width can start after `settle` saw the page
                # idle: on a loaded machine the schedules' contour measured 0×0 mid-redraw); a
                # layout that is wrong stays wrong
                for _ in range(2):
                    if not problems(view, found[name], url_path):
                        break
                    page.wait_for_timeout(2000)
                    settle(page)
                    found[name] = page.evaluate(*args)
                if view.width <= 640 and view.lang == "en" and not extra:
                    found[name]["study"] = measure_study(page, url_path)
    page = default
    # a desktop view with a step's question open: one load each; with the projector's type
    # at 1280×720 only (at 1024×768 its question is taller than the screen beside the figure)
    for view in VIEWS:
        if (
            view.width > 640
            and (not view.projector or view.name in DESKTOP_STEP_PROJECTOR)
            and (found.get(view.name) is not None)
        ):
            found[view.name]["desktop_study"] = measure_desktop_study(page, base, url_path, view)
    return found


def problems(view: View, m: dict | None, url_path: str | None = None) -> list[str]:
    """What the issue asks of one view, as sentences; empty when the view is right. A lesson
    in WHOLE_ON_PHONE (`url_path`) is held to its plotting areas' size on the phone as well,
    and to every tick label of its main figure drawn."""
    if m is None:
        return ["did not load"]
    out = []
    if not m["areas"]:
        out.append("no plotting area found")
    phone = view.width <= 640
    whole = url_path in WHOLE_ON_PHONE
    if whole and m.get("hiddenTicks"):
        out.append(f"tick labels not drawn: {m['hiddenTicks']}")
    for a in m["areas"]:
        small = a["w"] < MIN_AREA[0] or a["h"] < MIN_AREA[1]
        if (not phone or whole) and small:
            out.append(f"{a['kind']} area {a['w']}×{a['h']}")
        if not phone and not a["onScreen"]:
            out.append(f"{a['kind']} area off screen at {a['box']}")
    for key in PHONE_CHARTS.get(url_path, ()) if phone else ():
        for w, h, *_ in m.get("charts", {}).get(key) or [[0, 0]]:
            if w < MIN_AREA[0] or h < MIN_AREA[1]:
                out.append(f"{key}: area {w}×{h} on the phone")
    same = SAME_SIZE.get(url_path, ())
    sizes = {key: m.get("charts", {}).get(key) for key in same}
    if len({str(v) for v in sizes.values()}) > 1:  # ±1 px of rounding is one size
        flat = [a for v in sizes.values() for a in (v or [[0, 0, 0]])]
        if any(abs(a[i] - flat[0][i]) > 1 for a in flat for i in (0, 1)) or None in sizes.values():
            out.append(f"plotting areas of different sizes: {sizes}")
        # side by side on a desktop, their plots' tops in one row (a title that wrapped to a
        # second line put L2's 35 px below L1's at 1024×768 with the projector on, 中文)
        if not phone and any(abs(a[2] - flat[0][2]) > 1 for a in flat):
            out.append(f"plotting areas not in one row: {sizes}")
    for a in m.get("otherAreas", ()):
        if not phone and (a["w"] < MIN_AREA[0] or a["h"] < MIN_AREA[1]):
            out.append(f"{a['chart']}: {a['kind']} area {a['w']}×{a['h']}")
    for c in m.get("firstScreen", ()) if not phone else ():
        if c["box"] is None:
            out.append(f"control {c['key']} not shown")
        elif c["box"][1] < 0 or c["box"][3] > view.height:
            out.append(f"control {c['key']} outside the first screen at {c['box']}")
    if m["sideways"]:
        out.append("the page scrolls sideways")
    out += [f"cut: {text!r}" for text in m["clipped"]]
    out += m["overlaps"]
    if phone and (m.get("stepRows") or 0) > 1:  # a thumb's one row of step numbers
        out.append(f"the study steps wrap to {m['stepRows']} rows")
    if phone and m["control"] is not None and m["control"] > view.height:
        out.append(f"main control {m['control']} px from the figure")
    span = m.get("controlSpan")
    if phone and url_path in ONE_SCREEN_ON_PHONE and span is not None and span > view.height:
        out.append(f"main control and figure span {span} px, more than one screen")
    d = m.get("desktop_study")
    if d is not None and not phone:
        if d["answer"] is None:
            out.append(f"study step {d['step']}: no answer control found")
        elif d["answer"] > view.height:
            out.append(f"study step {d['step']}: answer control ends at {d['answer']} px")
        f = d["figure"]
        if f is None or f[0] < 0 or f[1] < 0 or f[2] > view.width or f[3] > view.height:
            out.append(f"study step {d['step']}: figure not wholly on screen at {f}")
    for s in m.get("study", ()) if phone else ():
        if s["answer"] is None:
            out.append(f"study step {s['step']}: no answer control found")
        elif s["answer"] > view.height:
            out.append(
                f"study step {s['step']}: answer control {s['answer']} px below the figure's top"
            )
        if s["apart"] is not None and s["apart"] > view.height:
            out.append(f"study step {s['step']}: question {s['apart']} px from the step buttons")
    return out


def smallest(m: dict | None) -> str:
    if not m or not m["areas"]:
        return "—"
    a = min(m["areas"], key=lambda a: a["w"] * a["h"])
    return f"{a['w']}×{a['h']}"
