"""Specs → Streamlit widgets, every one kept in the URL. The only `ui` module that imports
Streamlit.

Numbers use Streamlit's own binding (`bind="query-params"`): their URL form is the same in
both languages. Choices (landscape, optimizers) are synced by hand under their ASCII names,
because a bound option widget would put the translated label into the URL.
"""

from __future__ import annotations

import contextlib
import html
import json
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence

import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.state.session_state_proxy import get_session_state

import landscapes
from optimizers.specs import HyperParam
from ui import export, theme, urlstate
from ui.i18n import CATALOG, t

NOTICES = "_url_notices"

# Query keys bound to widgets through `bind="query-params"` (Streamlit refuses to set those
# through st.query_params); collected as the helpers below create them.
BOUND: set[str] = set()


CONTROLS = "_controls"  # {key: label} of the page's controls in this run, for the share box
LABELS = "_choice_labels"  # a menu's key → how it shows an option (this run's language)
READ = "_read_keys"  # the link's keys this page's run looked at (its controls, its own reads)
# {page: keys} of the controls each page made in this session: a key of a view not drawn now
# (a study step or the view switch moved on from it) is held for that view, not ignored
HELD = "_held_keys"
PROJECTOR = "proj"
HIDE = "hide"
# Read by `app.py` for every page, before the page runs: the language, projector mode and `hide=`.
APP_KEYS = frozenset({"lang", PROJECTOR, HIDE})


def begin_page() -> None:
    """Called by `app.py` before the page runs: the share box lists only this page's controls,
    and a link key counts as read only when this page reads it."""
    st.session_state[CONTROLS] = {}
    st.session_state[READ] = set()


def reads(*keys: str) -> None:
    """Declares link keys the page reads from `st.query_params` itself (the controls made here
    are counted already): any other key in the link gets a "no such setting" notice."""
    st.session_state.setdefault(READ, set()).update(keys)
    page = st.session_state.get(PAGE)
    st.session_state.setdefault(HELD, {}).setdefault(page, set()).update(keys)


def _register(key: str, label: str) -> None:
    st.session_state.setdefault(CONTROLS, {})[key] = label
    reads(key)
    _resend(key)


def _resend(key: str) -> None:
    """Send the widget's value again when the browser has lost its own record of it.

    A browser keeps a widget's value, and sends it back with every rerun, from the run that
    first drew it. After a page loads, Streamlit's front end sometimes (about one load in
    ten, here) drops those records; a later rerun then sends the widget's bare default and
    the page resets (no optimizers, the start at the slider's end). When this run's message
    carried no value for `key`, writing the value back before the widget is made sends it
    with the widget again (`set_value`), and the browser takes it. A widget whose value did
    come with the message is left alone, so a run never overrides a slider that is being
    moved. (Streamlit keeps those records in Session State's widget state; it has no public
    call to ask for them.)"""
    if key in st.session_state and not _came_from_browser(key):
        st.session_state[key] = st.session_state[key]


def _came_from_browser(key: str) -> bool:
    state = get_session_state()._state
    widget_id = state._key_id_mapper.get_id_from_key(key)
    return widget_id is not None and widget_id in state._new_widget_state


def _notice(
    key: str,
    raw: str,
    fallback: str,
    kind: str = "invalid",
    fallback_title: str | None = None,
    every_page: bool = False,
) -> None:
    reads(key)  # named by this notice: not "no such setting" too
    notices = st.session_state.setdefault(NOTICES, {})
    # A lesson's notice belongs to its page (the app's own controls, read before the page is
    # known, to every page): a page left and its controls gone, it goes too.
    page = None if every_page else st.session_state.get(PAGE)
    notices[key] = urlstate.Notice(key, raw, fallback, kind, page, fallback_title)


def notice(
    key: str, raw: str, fallback: str, kind: str = "invalid", fallback_title: str | None = None
) -> None:
    """An ignored link value read by the page itself (`?step=`): said under the page."""
    _notice(key, raw, fallback, kind, fallback_title)


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return urlstate.format_number(value)
    return str(value)


def show_url_notices(lang: str) -> None:
    """One warning per ignored URL value, while its control still holds the fallback."""
    notices = st.session_state.get(NOTICES, {})
    page = st.session_state.get(PAGE)
    for key, notice in list(notices.items()):
        held = _as_text(st.session_state[key]) if key in st.session_state else None
        if notice.page not in (None, page):
            moved_on = True  # another page's control
        elif notice.kind == "unused":
            moved_on = key not in st.query_params  # the formula left the link
        else:
            moved_on = held is not None and held not in (notice.fallback, notice.raw)
        if moved_on:
            del notices[key]
            continue
        st.warning(
            t(
                f"url.{notice.kind}",
                lang,
                param=notice.key,
                value=urlstate.shown(notice.raw),
                fallback=_fallback_shown(notice, lang),
            ),
            icon=":material/link_off:",
        )
    _show_unread_keys(lang)


def _fallback_shown(notice: urlstate.Notice, lang: str) -> str:
    """What a notice says is used instead, as the reader sees it: a menu's option as the menu
    shows it in this run's language ("Elongated bowl x²/10 + y²", not "bowl")."""
    if notice.fallback_title:
        return t(notice.fallback_title, lang)
    label = st.session_state.get(LABELS, {}).get(notice.key)
    if label is not None and notice.fallback:
        try:
            return urlstate.shown(", ".join(label(v) for v in notice.fallback.split(",")))
        except (KeyError, ValueError, TypeError):
            pass
    return urlstate.shown(notice.fallback)


def _show_unread_keys(lang: str) -> None:
    """One warning naming every key of the link that nothing on this page read: a typo
    (`?lanscape=saddle`) or another lesson's setting would otherwise be dropped silently."""
    # a key this page read earlier in the session belongs to one of its views not drawn now
    held = st.session_state.get(HELD, {}).get(st.session_state.get(PAGE), set())
    read = APP_KEYS | st.session_state.get(READ, set()) | held
    unread = [key for key in st.query_params if key not in read]
    if not unread:
        return
    items = [
        (
            urlstate.shown(key),
            ", ".join(f"“{urlstate.shown(v)}”" for v in st.query_params.get_all(key)),
        )
        for key in unread
    ]
    if len(items) == 1:
        (param, value), *_ = items
        text = t("url.no_setting", lang, param=param, value=value)
    else:
        listed = "; ".join(f"{param}: {value}" for param, value in items)
        text = t("url.no_settings", lang, items=listed)
    st.warning(text, icon=":material/link_off:")


def set_param(key: str, value: str | list[str]) -> None:
    """`st.query_params[key] = value`, only when the link does not already say so. Each write
    sends the server's whole query string to the browser, which replaces the address bar with
    it: written on every run (the language is), it could put back a link from before a
    slider's move when the browser's rerun had not yet carried the slider's value (a CI run
    saw `?lang=en` after SGD's ε moved to 0.11)."""
    wanted = [value] if isinstance(value, str) else list(value)
    if st.query_params.get_all(key) != wanted:
        st.query_params[key] = value


def _forget_link_value(key: str) -> None:
    """Drop a refused value from the link, so that its widget starts at the default the
    notice names. Streamlit seeds a bound widget from the link it was opened with, before
    Session State, and reads more than we allow (`int("1_0")` is 10, `float(" 5 ")` is 5):
    the value is taken out of that first snapshot as well as the address. (Streamlit keeps
    the snapshot in Session State's query parameters; it has no public call to edit it.)"""
    st.query_params.pop(key, None)
    snapshot = getattr(get_session_state()._state.query_params, "_initial_query_params", None)
    if isinstance(snapshot, dict):
        snapshot.pop(key, None)


def _check_bound_number(key: str, checker: Callable[[str], object], default: float) -> None:
    """A number from the link, before its bound widget first reads it. An invalid value gets
    a notice. A valid one is handed to the widget through Session State, so that every
    spelling counts (Streamlit itself matches a log slider's link value against its label:
    `0.50`, `5e-1` or `.5` would be dropped silently); a key given twice keeps its first
    value, with a notice. The widget is still given `value=default`: the value Streamlit
    takes for its default, which keeps the default out of the link."""
    raws = st.query_params.get_all(key)
    if key in st.session_state or not raws:
        return
    value = checker(raws[0])
    if value is None:
        _notice(key, raws[0], urlstate.format_number(default))
        _forget_link_value(key)
        st.session_state[key] = default
        return
    if len(raws) > 1:
        _notice(key, ", ".join(raws), urlstate.format_number(value), "repeated")
    st.session_state[key] = value
    _spell_as_the_widget(key, urlstate.format_number(value), raws)


def _spell_as_the_widget(key: str, spelling: str, raws: list[str]) -> None:
    """The link's value in the spelling its widget writes (`?g_lr=0.00001` → `1e-05`):
    Streamlit keeps a bound key in the address only while it matches the widget's label, so
    the link lost a value taken in another spelling, and a shared or reloaded link then said
    nothing of it. Rewritten in the address and in the snapshot the widget first reads."""
    if raws == [spelling]:
        return
    with contextlib.suppress(StreamlitAPIException):  # already bound: its widget writes it
        st.query_params[key] = spelling
    snapshot = getattr(get_session_state()._state.query_params, "_initial_query_params", None)
    if isinstance(snapshot, dict) and key in snapshot:
        snapshot[key] = [spelling]


def hyperparam(
    spec: HyperParam,
    key: str,
    lang: str,
    *,
    default: float | None = None,
    disabled: bool = False,
    label: str | None = None,
) -> float:
    """A slider for `spec`, on a log grid where the spec is log-scaled, bound to `?key=`."""
    default = spec.default if default is None else default
    BOUND.add(key)
    _check_bound_number(key, lambda raw: urlstate.check_hyperparam(spec, raw), default)
    label = label or t(spec.label_key, lang)
    _register(key, label)
    if spec.log:
        raw = st.query_params.get(key)
        kept = st.session_state.get(key)
        return st.select_slider(
            label,
            options=urlstate.slider_options(
                spec,
                default,
                urlstate.check_hyperparam(spec, raw) if raw is not None else None,
                kept if isinstance(kept, float) else None,
            ),
            value=default,
            format_func=urlstate.format_number,
            key=key,
            bind="query-params",
            disabled=disabled,
        )
    return st.slider(
        label,
        min_value=float(spec.low),
        max_value=float(spec.high),
        value=float(default),
        step=urlstate.linear_step(spec),
        format="%g",
        key=key,
        bind="query-params",
        disabled=disabled,
    )


def number_slider(
    label: str,
    key: str,
    *,
    low: float,
    high: float,
    default: float,
    step: float,
    integer: bool = False,
    help: str | None = None,
    on_change: Callable[[], None] | None = None,
    disabled: bool = False,
) -> float:
    """A plain bound slider with URL checking (steps, start coordinates, noise, …);
    `disabled`: shown but not movable (a study step that holds it at its value)."""
    BOUND.add(key)
    _register(key, label)
    _check_bound_number(
        key, lambda raw: urlstate.check_number(raw, low=low, high=high, integer=integer), default
    )
    if integer:
        return st.slider(
            label,
            min_value=int(low),
            max_value=int(high),
            value=int(default),
            step=int(step),
            key=key,
            bind="query-params",
            help=help,
            on_change=on_change,
            disabled=disabled,
        )
    return st.slider(
        label,
        min_value=float(low),
        max_value=float(high),
        value=float(default),
        step=float(step),
        format="%g",
        key=key,
        bind="query-params",
        help=help,
        on_change=on_change,
        disabled=disabled,
    )


def choice(
    label: str,
    key: str,
    options: Sequence[str],
    default: str,
    format_func: Callable[[str], str],
    *,
    widget=None,
    keep: bool = False,
    **kwargs,
) -> str:
    """A selectbox (or radio) whose value lives in `?key=<ascii option>`.

    A value equal to `default` is left out of the link, unless `keep`: a default that differs
    from reader to reader (the language, from the browser's locale) must stay in the link, or
    a shared link opens in the receiver's language instead of the sender's.

    The value is also kept under a plain session key, which Streamlit never discards: a page
    change clears the URL and the widget's state, and the language (say) must survive it.
    Precedence: the URL, then the kept value, then `default`.
    """
    shadow = f"_keep_{key}"
    _register(key, label)
    st.session_state.setdefault(LABELS, {})[key] = format_func
    if key not in st.session_state or st.session_state[key] not in options:
        raw = st.query_params.get(key)
        if raw is not None and urlstate.check_choice(raw, options) is None:
            _notice(key, raw, default)
            raw = None
        kept = st.session_state.get(shadow)
        st.session_state[key] = raw or (kept if kept in options else default)
    current = st.session_state[key]
    value = (widget or st.selectbox)(
        label,
        options,
        index=list(options).index(current),
        format_func=format_func,
        key=key,
        **kwargs,
    )
    st.session_state[shadow] = value
    if value == default and not keep:
        st.query_params.pop(key, None)
    else:
        set_param(key, value)
    return value


def view_switch(
    key: str, views: Sequence[str], labels: Mapping[str, str], label: str, default: str = ""
) -> str:
    """Which of a lesson's views to draw, as a row of options kept in `?key=`. Unlike tabs,
    which build and send every view, only the chosen one is computed and drawn."""
    return choice(
        label,
        key,
        list(views),
        default or views[0],
        labels.__getitem__,
        widget=st.radio,
        horizontal=True,
        label_visibility="collapsed",
    )


def choices(
    label: str,
    key: str,
    options: Sequence[str],
    default: Sequence[str],
    format_func: Callable[[str], str],
    *,
    widget=None,
    **kwargs,
) -> list[str]:
    """A row of toggles (`st.pills`: it never hides a choice, never cuts a chip, and has no
    built-in English, where a multiselect's "Select all" stayed English in 中文) whose values
    live in `?key=a&key=b` (ASCII names); `widget=st.multiselect` for a long list."""
    _register(key, label)
    st.session_state.setdefault(LABELS, {})[key] = format_func
    if key not in st.session_state:
        raws = st.query_params.get_all(key)
        good, bad = urlstate.check_choices(raws, options)
        if bad:
            _notice(key, ",".join(bad), ",".join(good or default))
        st.session_state[key] = good or list(default)
    widget = widget or st.pills
    if widget is st.multiselect:
        value = st.multiselect(
            label, options, default=list(default), format_func=format_func, key=key, **kwargs
        )
    else:
        value = widget(
            label,
            options,
            selection_mode="multi",
            default=list(default),
            format_func=format_func,
            key=key,
            **kwargs,
        )
    value = [v for v in options if v in value]  # in the options' order, whatever the clicks
    if list(value) == list(default):
        st.query_params.pop(key, None)
    else:
        set_param(key, list(value))
    return list(value)


TYPED = "typed"  # the landscape option that shows a formula box
TYPED_DEFAULTS = {2: "x^2/10 + y^2", 1: "x + sin(x)"}


def landscape_ref(key: str, formula_key: str, dim: int, default: str) -> str:
    """What `landscapes.get` should load for the choice under `key` (callbacks use this):
    a registered name, or the typed formula's reference while it parses, else `default`."""
    name = st.session_state.get(key, default)
    if name != TYPED:
        return name
    text = st.session_state.get(formula_key, TYPED_DEFAULTS[dim])
    half_width = st.session_state.get(f"{formula_key}_w", landscapes.expression.HALF_WIDTH)
    try:
        return landscapes.from_expression(text, dim=dim, half_width=float(half_width)).name
    except ValueError:
        return default


def _picker_name(name: str, lang: str) -> str:
    """A surface as its picker lists it: its short name where it has one ("Himmelblau", not
    "Himmelblau (four minima)": cut in a column at 1024 px), else its title."""
    if name == TYPED:
        return t("landscape.typed.short", lang)
    short = f"landscape.{name}.short"
    return t(short, lang) if short in CATALOG else t(landscapes.get(name).title_key, lang)


def landscape(
    label: str,
    key: str,
    names: Sequence[str],
    default: str,
    lang: str,
    *,
    dim: int = 2,
    formula_key: str = "f",
    on_change: Callable[[], None] | None = None,
) -> str:
    """A landscape picker whose last option is "your own formula": a box (kept in `?f=`) that
    is parsed, never run; returns the name `landscapes.get` loads. A formula that does not
    parse shows why and where, and the page draws `default` meanwhile."""
    chosen = choice(
        label,
        key,
        [*names, TYPED],
        default,
        lambda n: _picker_name(n, lang),
        on_change=on_change,
    )
    # The formula's box takes its text out of the link when it goes, so a formula in the link
    # while another surface is chosen came with the link: it is named, not dropped silently.
    linked = st.query_params.get(formula_key)
    notices = st.session_state.setdefault(NOTICES, {})
    if chosen != TYPED:
        if linked is not None:
            _notice(formula_key, linked, chosen, "unused", landscapes.get(chosen).title_key)
            reads(f"{formula_key}_w")  # the formula's range goes with it
        return chosen
    if getattr(notices.get(formula_key), "kind", None) == "unused":
        del notices[formula_key]  # the formula is in use now
    BOUND.add(formula_key)
    _register(formula_key, t(f"typed.label{dim}", lang))
    text = st.text_input(
        t(f"typed.label{dim}", lang),
        value=TYPED_DEFAULTS[dim],
        key=formula_key,
        bind="query-params",
        placeholder=t(f"typed.placeholder{dim}", lang),
        help=t("typed.help", lang),
        on_change=on_change,
    )
    low, high = landscapes.expression.HALF_WIDTHS
    half_width = number_slider(
        t("typed.range", lang),
        f"{formula_key}_w",
        low=low,
        high=high,
        default=landscapes.expression.HALF_WIDTH,
        step=0.5,
        on_change=on_change,
    )
    try:
        ls = landscapes.from_expression(text, dim=dim, half_width=float(half_width))
    except landscapes.ExpressionError as err:
        if linked is not None and text == linked:  # the link's formula, named at the top too
            _notice(formula_key, linked, default, fallback_title=landscapes.get(default).title_key)
        st.error(
            t(f"typed.err.{err.code}", lang, piece=err.piece, column=err.column)
            + " "
            + t("typed.fallback", lang),
            icon=":material/function:",
        )
        return default
    st.latex(_narrow_latex(ls.latex, projector_on()))
    share = landscapes.expression.nonfinite_share(ls)
    if share > 0:
        st.warning(t("typed.nonfinite", lang, share=f"{100 * share:.3g}"), icon=":material/block:")
    return ls.name


def _narrow_latex(latex: str, projector: bool = False) -> str:
    """A typed formula for a narrow column: "f(x, y) =" on its own line, long ones smaller.
    With the projector's larger type every formula breaks there ("f(x,y)= x²/10 + y²" was cut
    in the control column at 1024×768)."""
    head, _, body = latex.partition(" = ")
    if len(body) < 40 and not (projector and body):
        return latex
    size = r"\small " if len(body) < 90 else r"\footnotesize "
    return r"\begin{gathered}" + head + r" = \\ " + size + body + r"\end{gathered}"


def toggle(label: str, key: str, default: bool = False, help: str | None = None) -> bool:
    """A bound on/off switch (`?key=true`), with URL checking like the sliders."""
    BOUND.add(key)
    _register(key, label)
    raw = st.query_params.get(key)
    if raw is not None and raw.lower() not in ("true", "false"):
        _notice(key, raw, str(default).lower())
    return st.toggle(label, value=default, key=key, bind="query-params", help=help)


def divergence_alert(runs: Iterable[tuple[str, int | None]], lang: str) -> None:
    """One alert naming every diverged run ("SGD diverged at step 3 · …"), so a figure under
    it stays on screen however many runs diverge."""
    diverged = [
        t("playground.diverged", lang, name=label, step=step)
        for label, step in runs
        if step is not None
    ]
    if diverged:
        st.error(" · ".join(diverged), icon=":material/warning:")


# ---- classroom: projector mode, charts, lesson links ---------------------------------------------
def projector_toggle(lang: str) -> bool:
    """The sidebar's projector switch, kept in `?proj=1` and across pages."""
    shadow = f"_keep_{PROJECTOR}"
    _resend(PROJECTOR)
    if PROJECTOR not in st.session_state:
        raw = st.query_params.get(PROJECTOR)
        if raw is not None and raw.lower() not in ("0", "1", "true", "false"):
            _notice(PROJECTOR, raw, "false")
            raw = None
        st.session_state[PROJECTOR] = (
            raw.lower() in ("1", "true")
            if raw is not None
            else bool(st.session_state.get(shadow, False))
        )
    on = st.toggle(
        t("app.projector", lang),
        key=PROJECTOR,
        help=t("app.projector.help", lang),
        on_change=_projector_switched,
    )
    if st.session_state.pop(_COLLAPSE, False):
        # Switched on from the sidebar: fold the sidebar away so the lesson fills the screen.
        fold_sidebar()
    st.session_state[shadow] = on
    if on:
        set_param(PROJECTOR, "1")
    else:
        st.query_params.pop(PROJECTOR, None)
    return on


_COLLAPSE = "_collapse_sidebar"
COLLAPSE_HTML = """<script>
const button = window.parent.document.querySelector(
  '[data-testid="stSidebarCollapseButton"] button');
if (button) button.click();
</script>"""


def fold_sidebar() -> None:
    """Folds the sidebar away in the browser (a no-op while it is folded). Call it in the
    sidebar: the element it leaves is one pixel high."""
    st.iframe(COLLAPSE_HTML, height=1)


TO_TOP_HTML = """<script>
const doc = window.parent.document;
const up = () => {
  for (const el of [doc.querySelector('[data-testid="stMain"]'),
                    doc.querySelector('[data-testid="stAppViewContainer"]'),
                    doc.scrollingElement]) if (el) el.scrollTop = 0;
};
up();
for (const ms of [100, 300, 800, 1500]) setTimeout(up, ms);
</script>"""


def scroll_to_top() -> None:
    """Brings the page to its top in the browser: a page reached by `st.switch_page` can keep
    the scroll of the page left, which was down at its menu. Call it last on the page (the
    element it leaves is one pixel high)."""
    st.iframe(TO_TOP_HTML, height=1)


_LAST_PAGE = "_last_page"


def fold_sidebar_on_page_change(page: str) -> None:
    """A lesson chosen from the sidebar gets the whole width: the sidebar folds away. And a
    page reached from another opens at its top: the browser kept the scroll of the page left
    (issue 33: "下一课" from critical points, clicked at the bottom of its reveal, landed at
    the bottom of basins). One element, one pixel high, as before."""
    previous = st.session_state.get(_LAST_PAGE)
    st.session_state[_LAST_PAGE] = page
    if previous is not None and previous != page:
        st.iframe(COLLAPSE_HTML + TO_TOP_HTML, height=1)


def _projector_switched() -> None:
    if st.session_state.get(PROJECTOR):
        st.session_state[_COLLAPSE] = True


def projector_on() -> bool:
    return bool(st.session_state.get(PROJECTOR, False))


PAGE = "_page"  # the current page's url_path, set by app.py: downloads are named after it


# Plotly's toolbar is left out of every chart: its tooltips are English only (Streamlit's
# plotly.js registers no zh-CN locale), its icons sat on legends and titles, and the Download
# menu under each chart has the PNG. A drag still zooms, and a double-click resets the zoom
# (the menu says so, in both languages).
CHART_CONFIG = {"displaylogo": False, "displayModeBar": False, "doubleClick": "reset+autosize"}


def chart(fig, *, key: str, menu: Callable | None = None, **kwargs):
    """`st.plotly_chart`, restyled for the projector when it is on, with its downloads below:
    `downloads`, or `menu(shown_figure)` for a page that adds its own. No Plotly toolbar
    (CHART_CONFIG), whatever `config` a page passes."""
    shown = theme.projector_figure(fig) if projector_on() else fig
    kwargs["config"] = {**kwargs.get("config", {}), **CHART_CONFIG}
    event = st.plotly_chart(shown, key=key, **kwargs)
    if menu is None:
        downloads(shown, key)
    else:
        menu(shown)
    return event


def view_name(key: str) -> str:
    return f"{st.session_state.get(PAGE, 'view')}-{key}"


MIMES = {
    "html": "text/html",
    "png": "image/png",
    "gif": "image/gif",
    "csv": "text/csv",
    "json": "application/json",
}


def download_menu(
    label: str, icon: str, key: str, items: Sequence[tuple[str, Callable[[], object], str]]
) -> None:
    """A popover of download buttons, the files named after the view. Each item is
    (label, make the file's contents, file suffix such as "png" or "plotly.json"); a file is
    made only when its button is pressed. The buttons themselves are built only while the
    menu is open (a lazy popover): a closed menu costs a rerun nothing."""
    name = view_name(key)
    menu = st.popover(label, icon=icon, key=f"_menu_{key}", on_change="rerun")
    if not menu.open:
        return
    with menu:
        st.caption(t("export.zoom", st.session_state.get("lang", "en")))
        for text, make, suffix in items:
            st.download_button(
                text,
                data=make,
                file_name=f"{name}.{suffix}",
                mime=MIMES[suffix.rsplit(".", 1)[-1]],
                key=f"_dl_{key}_{suffix}",
                on_click="ignore",
            )


def downloads(fig, key: str) -> None:
    """The "Download" menu under a figure: offline HTML, PNG, its data and the figure JSON."""
    lang = st.session_state.get("lang", "en")
    settings = {
        "view": view_name(key),
        "link": st.context.url,
        "parameters": {k: st.query_params.get_all(k) for k in st.query_params},
    }
    download_menu(
        t("export.title", lang),
        ":material/download:",
        key,
        [
            (t("export.html", lang), lambda: export.html(fig), "html"),
            (t("export.png", lang), lambda: export.png(fig), "png"),
            (t("export.data_csv", lang), lambda: export.figure_csv(fig), "csv"),
            (t("export.data_json", lang), lambda: export.figure_json(fig, settings), "json"),
            (t("export.figure_json", lang), lambda: json.dumps(fig.to_dict()), "plotly.json"),
        ],
    )


def hidden_controls() -> list[str]:
    """The controls a lesson link hides (`?hide=lr,steps`); a malformed entry gets a notice."""
    raw = st.query_params.get(HIDE)
    if not raw:
        return []
    keys = [k.strip() for k in raw.split(",") if k.strip()]
    good = [k for k in keys if theme.KEY_PATTERN.match(k)]
    if len(good) != len(keys):
        _notice(HIDE, raw, ",".join(good), every_page=True)  # read by app.py on every page
    return good


SHARE = "_share"


def share_open() -> bool:
    """Whether the share box is open (its link then follows every change)."""
    return bool(st.session_state.get(SHARE))


def share_box(lang: str, url: str | None) -> None:
    """ "Share this view": a link with every setting, minus the controls chosen to hide."""
    controls: dict[str, str] = st.session_state.get(CONTROLS, {})
    box = st.expander(t("share.title", lang), icon=":material/share:", key=SHARE, on_change="rerun")
    if not box.open:  # built only while open: the link, its code block and the copy button
        return
    with box:
        current = [k for k in hidden_controls() if k in controls]
        hide = st.pills(  # a multiselect's "Select all" is English in 中文
            t("share.hide", lang),
            list(controls),
            selection_mode="multi",
            default=current,
            format_func=lambda k: controls.get(k, k),
            key="_share_hide",
        )
        params = {k: st.query_params.get_all(k) for k in st.query_params}
        link = lesson_link(url, params, hide)
        st.code(link, language=None, wrap_lines=True)
        copy_button(link, t("share.copy_button", lang), t("share.copied", lang))
        st.caption(t("share.copy", lang))


COPY_HTML = """
<button id="copy" style="font: 16px sans-serif; padding: 6px 14px; border-radius: 8px;
  border: 1px solid #0072B2; background: #0072B2; color: white; cursor: pointer;">{label}</button>
<script>
const link = {link};
document.getElementById("copy").addEventListener("click", async (event) => {{
  const button = event.currentTarget;
  try {{
    await navigator.clipboard.writeText(link);
  }} catch (err) {{  // plain http on a classroom network: no Clipboard API
    const area = document.createElement("textarea");
    area.value = link;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }}
  button.textContent = {copied};
}});
</script>
"""


def copy_button(link: str, label: str, copied: str) -> None:
    """A "Copy link" button (a tiny iframe: Streamlit's own widgets cannot touch the
    clipboard); the values enter the script as JSON strings, never as markup."""
    st.iframe(
        COPY_HTML.strip().format(
            label=html.escape(label),
            link=json.dumps(link).replace("</", "<\\/"),  # no "</script>" from a formula
            copied=json.dumps(copied).replace("</", "<\\/"),
        ),
        height=48,
    )


def lesson_link(url: str | None, params: dict[str, list[str]], hide: list[str]) -> str:
    """The page's address with its settings and `hide=`; relative when the host is unknown."""
    parts = urllib.parse.urlsplit(url or "")
    base = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else parts.path or "/"
    query = [(k, v) for k, values in params.items() if k != HIDE for v in values]
    if hide:
        query.append((HIDE, ",".join(hide)))
    return base + ("?" + urllib.parse.urlencode(query, safe=",^*()/") if query else "")
