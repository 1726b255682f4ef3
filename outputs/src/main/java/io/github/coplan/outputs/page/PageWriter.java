package io.github.coplan.outputs.page;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Writes one page, from what {@link PlanPage} read. Used once. */
final class PageWriter {

  /** The width of a timeline track in the units of its {@code viewBox}. */
  static final int TRACK_WIDTH = 1000;

  /** The height of a timeline track in the units of its {@code viewBox}. */
  static final int TRACK_HEIGHT = 20;

  /** The narrowest bar, so that an activity of one day in a span of years is still seen. */
  static final double MIN_BAR = 4;

  /** Year labels on the axis at most. */
  private static final int MAX_YEAR_LABELS = 8;

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  static final String CSS =
      "*,*::before,*::after{box-sizing:border-box}"
          + "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}"
          + "body{margin:0 auto;max-width:64rem;padding:1rem;font-family:system-ui,-apple-system,"
          + "\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Hebrew\",Arial,sans-serif;"
          + "font-size:15px;line-height:1.45;color:#1b1b1b;background:#fff;"
          + "overflow-wrap:anywhere}"
          + "h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}"
          + "h2{font-size:1.15rem;margin:1.75rem 0 .6rem;padding-bottom:.2rem;"
          + "border-bottom:2px solid #1f4e8c}"
          + "h3{font-size:1rem;margin:1rem 0 .3rem}"
          + "p{margin:.3rem 0}"
          + "header,section,div,table,ul,li,svg{max-width:100%}"
          + ".summary{color:#333}"
          + ".facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.6rem 0 0;padding:0}"
          + ".facts div{display:flex;flex-wrap:wrap;gap:.35rem;min-width:0}"
          + ".facts dt{font-weight:600;color:#555}"
          + ".facts dd{margin:0}"
          + "ul{padding:0;margin:0;list-style:none}"
          + ".parties li{padding:.35rem 0;border-bottom:1px solid #e3e3e3}"
          + ".party-name{font-weight:600;margin-inline-end:.5rem}"
          + ".roles,.signed{color:#555;margin-inline-end:.5rem}"
          + "table{width:100%;border-collapse:collapse}"
          + "th,td{padding:.35rem .3rem;border-bottom:1px solid #e3e3e3;text-align:start;"
          + "vertical-align:top}"
          + "th{font-size:.85rem;color:#444;font-weight:600}"
          + "th,.n,.when,.year,.overdue-mark{overflow-wrap:normal}"
          + ".n{text-align:end;font-variant-numeric:tabular-nums}"
          + "td.n{white-space:nowrap}"
          + ".n,.num{width:1%}"
          + ".area-title{font-weight:600}"
          + ".statuses{font-size:.85rem;color:#555}"
          + ".meter-line{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .5rem;"
          + "font-size:.85rem;color:#444}"
          + ".meter{width:6rem;height:.5rem;flex:none}"
          + ".meter-back{fill:#e3e7ee}"
          + ".meter-fill{fill:#2e7d32}"
          + "td.has-overdue{color:#9a0007;font-weight:700}"
          + "tfoot th,tfoot td{font-weight:700;border-bottom:none}"
          + ".legend{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;font-size:.85rem;"
          + "margin:.3rem 0 .8rem}"
          + ".legend li{display:flex;align-items:center;gap:.4rem;min-width:0}"
          + ".swatch{width:2.5rem;height:1rem;flex:none}"
          + ".axis{position:relative;height:1.3rem;font-size:.75rem;color:#555;"
          + "border-bottom:1px solid #bbb;overflow:hidden}"
          + ".year{position:absolute;top:0;padding-inline-start:3px;white-space:nowrap}"
          + ".lane-title{margin-top:1rem}"
          + ".activity{padding:.35rem .4rem;border-bottom:1px solid #eee;"
          + "border-inline-start:4px solid transparent}"
          + ".activity-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .6rem}"
          + ".activity-title{flex:1 1 12rem;min-width:0}"
          + ".when,.status,.lead,.lead-label{font-size:.8rem;color:#555}"
          + ".track{display:block;width:100%;height:1.25rem;margin-top:.2rem}"
          + ".grid,.asof,.bar{vector-effect:non-scaling-stroke}"
          + ".grid{stroke:#d5d5d5;stroke-width:1}"
          + ".asof{stroke:#9a0007;stroke-width:2;stroke-dasharray:3 2}"
          + ".bar{stroke-width:1.5}"
          + ".bar.day{fill:#1f4e8c;stroke:#1f4e8c}"
          + ".bar.uncertain{fill:#1f4e8c;fill-opacity:.22;stroke:#1f4e8c;stroke-dasharray:5 3}"
          + ".bar.overdue{stroke:#9a0007}"
          + ".bar.day.overdue{fill:#9a0007}"
          + ".bar.uncertain.overdue{fill:#9a0007}"
          + ".activity.overdue{background:#fff8d6;border-inline-start-color:#9a0007}"
          + ".overdue-mark{background-color:#ffd400;color:#1b1b1b;font-weight:700;"
          + "font-size:.8rem;padding:0 .35rem;border:1px solid #9a0007;border-radius:3px;"
          + "white-space:nowrap}"
          + ".empty{color:#666;font-style:italic}"
          + ".indicator{margin-bottom:1.25rem}"
          + ".result,.baseline{font-size:.85rem;color:#444}"
          + ".reason{display:block;font-size:.75rem;color:#666}"
          + "@media (max-width:480px){body{padding:.6rem;font-size:14px}.meter{width:4rem}"
          + "th{font-size:.75rem}}";

  private final String language;
  private final String labels;
  private final boolean rtl;
  private final LocalDate asOf;
  private final ProgressReport report;
  private final CooperationPlan plan;
  private final List<Activity> activities;
  private final Map<OrganisationId, Organisation> organisations;
  private final Map<ResultId, Result> results;
  private final Html h = new Html();

  PageWriter(
      String language,
      LocalDate asOf,
      ProgressReport report,
      List<Activity> activities,
      Map<OrganisationId, Organisation> organisations,
      Map<ResultId, Result> results) {
    this.language = language;
    this.labels = Label.languageFor(language);
    this.rtl = Label.rightToLeft(language);
    this.asOf = asOf;
    this.report = report;
    this.plan = report.plan();
    this.activities = activities;
    this.organisations = organisations;
    this.results = results;
  }

  String write() {
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "xmlns", XHTML, "lang", language, "dir", rtl ? "rtl" : "ltr");
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    say("title", null, plan.title());
    h.open("style").raw(CSS).close("style");
    h.close("head");
    h.open("body");
    header();
    parties();
    contentAreas();
    timeline();
    indicators();
    h.close("body");
    h.close("html");
    return h.toString();
  }

  // ---- the texts -------------------------------------------------------------------------------

  /**
   * An element holding a text in a language: its {@code lang}, and its {@code dir} when unlike the
   * page's.
   */
  private void say(String tag, @Nullable String cls, String text, String lang) {
    h.element(tag, text, "class", cls, "lang", lang, "dir", dirIfOther(lang));
  }

  /** An element holding a text of the plan, in the page's language where it has it. */
  private void say(String tag, @Nullable String cls, LocalizedText text) {
    say(tag, cls, report.text(text), report.languageOf(text));
  }

  /** An element holding one of the page's own words. */
  private void say(String tag, @Nullable String cls, Label label) {
    say(tag, cls, label.in(labels), labels);
  }

  /** An element holding a date, a code or a number: in the page's language, left to right. */
  private void figure(String tag, @Nullable String cls, String text) {
    h.element(tag, text, "class", cls, "lang", language, "dir", rtl ? "ltr" : null);
  }

  private @Nullable String dirIfOther(String lang) {
    boolean other = Label.rightToLeft(lang);
    return other == rtl ? null : other ? "rtl" : "ltr";
  }

  // ---- the header ------------------------------------------------------------------------------

  private void header() {
    h.open("header");
    say("h1", null, plan.title());
    LocalizedText summary = plan.summary();
    if (summary != null) {
      say("p", "summary", summary);
    }
    h.open("dl", "class", "facts");
    fact(Label.CODE, plan.code().toString());
    DateSpan period = plan.period();
    if (period != null) {
      fact(Label.PERIOD, period.toString());
    }
    h.open("div");
    say("dt", null, Label.STATUS);
    say("dd", "plan-status", Label.of(plan.status()));
    h.close("div");
    fact(Label.AS_OF, asOf.toString());
    h.close("dl");
    h.close("header");
  }

  private void fact(Label label, String value) {
    h.open("div");
    say("dt", null, label);
    figure("dd", null, value);
    h.close("div");
  }

  // ---- the parties -----------------------------------------------------------------------------

  private void parties() {
    h.open("section", "class", "parties");
    say("h2", null, Label.PARTIES);
    if (plan.parties().isEmpty()) {
      say("p", "empty", Label.NO_PARTIES);
    } else {
      h.open("ul");
      for (Party party : plan.parties()) {
        h.open("li", "class", "party");
        Organisation organisation = organisations.get(party.organisation());
        if (organisation != null) {
          LocalizedText name = organisation.profile().name();
          String acronym = organisation.profile().acronym();
          say(
              "span",
              "party-name",
              acronym == null ? report.text(name) : report.text(name) + " (" + acronym + ")",
              report.languageOf(name));
        } else {
          figure("span", "party-name", party.organisation().toString());
        }
        List<String> roles = new ArrayList<>();
        for (PartyRole role : party.roles()) {
          roles.add(Label.of(role).in(labels));
        }
        // a space between the texts, which may run in other directions than each other
        h.text(" ");
        say("span", "roles", String.join(", ", roles), labels);
        LocalDate signed = party.signedOn();
        if (signed != null) {
          h.text(" ");
          say("span", "signed", Label.SIGNED_ON.in(labels) + " " + signed, labels);
        }
        h.close("li");
      }
      h.close("ul");
    }
    h.close("section");
  }

  // ---- the content areas -----------------------------------------------------------------------

  private void contentAreas() {
    h.open("section", "class", "areas");
    say("h2", null, Label.CONTENT_AREAS);
    h.open("table");
    h.open("thead").open("tr");
    say("th", "num", Label.NUMBER);
    say("th", null, Label.CONTENT_AREA);
    say("th", "n", Label.ACTIVITIES);
    say("th", "n", Label.COMPLETED);
    say("th", "n", Label.OVERDUE);
    h.close("tr").close("thead");
    h.open("tbody");
    for (ProgressReport.Line line : report.lines()) {
      ContentArea area = line.area();
      ContentAreaProgress counts = line.counts();
      h.open("tr", "class", "area", "id", "area-" + area.number());
      figure("td", "num", Integer.toString(area.number()));
      h.open("td", "class", "area-cell");
      say("div", "area-title", area.title());
      statuses(counts);
      h.close("td");
      counts(counts.total(), counts.count(ActivityStatus.COMPLETED), counts.overdue());
      h.close("tr");
    }
    h.close("tbody");
    PlanProgress all = report.progress();
    h.open("tfoot").open("tr", "class", "all");
    h.element("td", "");
    h.open("th", "scope", "row");
    say("div", null, Label.TOTAL);
    statuses(all.byStatus(), all.total(), all.count(ActivityStatus.COMPLETED));
    h.close("th");
    counts(all.total(), all.count(ActivityStatus.COMPLETED), all.overdue());
    h.close("tr").close("tfoot");
    h.close("table");
    h.close("section");
  }

  private void statuses(ContentAreaProgress counts) {
    statuses(counts.byStatus(), counts.total(), counts.count(ActivityStatus.COMPLETED));
  }

  /** The counts by status that are not zero, and the share completed as a bar. */
  private void statuses(Map<ActivityStatus, Long> byStatus, long total, long completed) {
    if (total == 0) {
      say("div", "statuses", Label.NO_ACTIVITIES);
      return;
    }
    List<String> parts = new ArrayList<>();
    for (ActivityStatus status : ActivityStatus.values()) {
      long n = byStatus.getOrDefault(status, 0L);
      if (n > 0) {
        parts.add(Label.of(status).in(labels) + " " + n);
      }
    }
    say("div", "statuses", String.join(" · ", parts), labels);
    long percent = (200 * completed + total) / (2 * total);
    h.open("div", "class", "meter-line");
    meter(completed / (double) total);
    say("span", "share", percent + " % " + Label.COMPLETED_SHARE.in(labels), labels);
    h.close("div");
  }

  private void counts(long total, long completed, long overdue) {
    figure("td", "n total", Long.toString(total));
    figure("td", "n completed", Long.toString(completed));
    figure(
        "td",
        overdue > 0 ? "n overdue-count has-overdue" : "n overdue-count",
        Long.toString(overdue));
  }

  /** A bar of a share from 0 to 1, filled from the start of the line. */
  private void meter(double share) {
    double clamped = Math.max(0, Math.min(1, share));
    double width = 100 * clamped;
    h.open(
        "svg",
        "xmlns",
        SVG,
        "class",
        "meter",
        "viewBox",
        "0 0 100 8",
        "preserveAspectRatio",
        "none",
        "aria-hidden",
        "true",
        "focusable",
        "false");
    h.empty("rect", "class", "meter-back", "x", "0", "y", "0", "width", "100", "height", "8");
    h.empty(
        "rect",
        "class",
        "meter-fill",
        "x",
        number(rtl ? 100 - width : 0),
        "y",
        "0",
        "width",
        number(width),
        "height",
        "8");
    h.close("svg");
  }

  // ---- the timeline ----------------------------------------------------------------------------

  private void timeline() {
    Axis axis = Axis.of(plan, activities, asOf);
    h.open("section", "class", "timeline");
    say("h2", null, Label.TIMELINE);
    legend();
    axis(axis);
    Map<Integer, List<Activity>> byArea = new LinkedHashMap<>();
    for (ContentArea area : plan.contentAreas()) {
      byArea.put(area.number(), new ArrayList<>());
    }
    List<Activity> sorted = new ArrayList<>(activities);
    sorted.sort(
        Comparator.comparing((Activity a) -> a.details().planned().earliestDay())
            .thenComparing(a -> a.id().value().toString()));
    for (Activity activity : sorted) {
      byArea
          .computeIfAbsent(activity.details().contentArea(), n -> new ArrayList<>())
          .add(activity);
    }
    for (Map.Entry<Integer, List<Activity>> lane : byArea.entrySet()) {
      int number = lane.getKey();
      h.open("div", "class", "lane", "id", "lane-" + number);
      Optional<ContentArea> area = plan.contentArea(number);
      if (area.isPresent()) {
        LocalizedText title = area.get().title();
        say("h3", "lane-title", number + ". " + report.text(title), report.languageOf(title));
      } else {
        figure("h3", "lane-title", Integer.toString(number));
      }
      if (lane.getValue().isEmpty()) {
        say("p", "empty", Label.NO_ACTIVITIES);
      } else {
        h.open("ul", "class", "activities");
        for (Activity activity : lane.getValue()) {
          activity(activity, axis);
        }
        h.close("ul");
      }
      h.close("div");
    }
    h.close("section");
  }

  private void legend() {
    h.open("ul", "class", "legend");
    h.open("li");
    swatch("bar day");
    say("span", null, Label.LEGEND_DAY);
    h.close("li");
    h.open("li");
    swatch("bar uncertain");
    say("span", null, Label.LEGEND_UNCERTAIN);
    h.close("li");
    h.open("li");
    swatchOpen();
    say("span", null, Label.LEGEND_OPEN);
    h.close("li");
    h.open("li");
    h.open("svg", swatchAttributes());
    h.empty("line", "class", "asof", "x1", "20", "y1", "0", "x2", "20", "y2", "14");
    h.close("svg");
    say("span", null, Label.LEGEND_AS_OF.in(labels) + " " + asOf, labels);
    h.close("li");
    h.open("li");
    say("mark", "overdue-mark sample", Label.OVERDUE);
    say("span", null, Label.LEGEND_OVERDUE);
    h.close("li");
    h.close("ul");
  }

  private void swatch(String cls) {
    h.open("svg", swatchAttributes());
    h.empty("rect", "class", cls, "x", "2", "y", "2", "width", "36", "height", "10");
    h.close("svg");
  }

  private void swatchOpen() {
    h.open("svg", swatchAttributes());
    h.empty(
        "rect",
        "class",
        "bar uncertain open",
        "x",
        rtl ? "0" : "8",
        "y",
        "2",
        "width",
        "32",
        "height",
        "10");
    h.close("svg");
  }

  private static @Nullable String[] swatchAttributes() {
    return new @Nullable String[] {
      "xmlns",
      SVG,
      "class",
      "swatch",
      "viewBox",
      "0 0 40 14",
      "aria-hidden",
      "true",
      "focusable",
      "false"
    };
  }

  /** The years above the tracks, each at the start of its year. */
  private void axis(Axis axis) {
    h.open("div", "class", "axis", "aria-hidden", "true");
    int first = axis.start.getYear();
    int last = axis.endExclusive.getYear() - 1;
    int step = Math.max(1, (last - first + MAX_YEAR_LABELS) / MAX_YEAR_LABELS);
    for (int year = first; year <= last; year += step) {
      double at = axis.x(LocalDate.of(year, 1, 1)) / TRACK_WIDTH * 100;
      if (at <= 92) {
        h.element(
            "span",
            Integer.toString(year),
            "class",
            "year",
            "lang",
            language,
            "style",
            "inset-inline-start:" + number(at) + "%");
      }
    }
    h.close("div");
  }

  private void activity(Activity activity, Axis axis) {
    boolean overdue = activity.isOverdue(asOf);
    DateSpan planned = activity.details().planned();
    h.open(
        "li",
        "class",
        overdue ? "activity overdue" : "activity",
        "id",
        "activity-" + activity.id().value(),
        "data-status",
        activity.status().name());
    h.open("div", "class", "activity-head");
    say("span", "activity-title", activity.details().title());
    figure("span", "when", planned.toString());
    say("span", "status", Label.of(activity.status()));
    OrganisationId lead = activity.details().leadParty();
    Organisation leader = lead == null ? null : organisations.get(lead);
    if (leader != null) {
      say("span", "lead-label", Label.LEAD.in(labels) + ":", labels);
      LocalizedText name = leader.profile().name();
      String acronym = leader.profile().acronym();
      say("span", "lead", acronym != null ? acronym : report.text(name), report.languageOf(name));
    }
    if (overdue) {
      say("mark", "overdue-mark", Label.OVERDUE);
    }
    h.close("div");
    track(activity, planned, overdue, axis);
    h.close("li");
  }

  private void track(Activity activity, DateSpan planned, boolean overdue, Axis axis) {
    h.open(
        "svg",
        "xmlns",
        SVG,
        "class",
        "track",
        "viewBox",
        "0 0 " + TRACK_WIDTH + " " + TRACK_HEIGHT,
        "preserveAspectRatio",
        "none",
        "aria-hidden",
        "true",
        "focusable",
        "false");
    for (int year = axis.start.getYear() + 1; year < axis.endExclusive.getYear(); year++) {
      String x = number(mirror(axis.x(LocalDate.of(year, 1, 1))));
      h.empty("line", "class", "grid", "x1", x, "y1", "0", "x2", x, "y2", "" + TRACK_HEIGHT);
    }
    if (!asOf.isBefore(axis.start) && asOf.isBefore(axis.endExclusive)) {
      String x = number(mirror(axis.x(asOf)));
      h.empty("line", "class", "asof", "x1", x, "y1", "0", "x2", x, "y2", "" + TRACK_HEIGHT);
    }
    PartialDate end = planned.end();
    boolean open = end == null;
    boolean certain = certain(planned.start()) && (end == null || certain(end));
    LocalDate from = planned.earliestDay();
    double x1 = axis.x(from);
    double x2 = open ? TRACK_WIDTH : axis.x(planned.latestDay().plusDays(1));
    double width = Math.max(MIN_BAR, x2 - x1);
    double x = Math.min(x1, TRACK_WIDTH - width);
    StringBuilder cls = new StringBuilder("bar ").append(certain ? "day" : "uncertain");
    if (open) {
      cls.append(" open");
    }
    if (overdue) {
      cls.append(" overdue");
    }
    h.empty(
        "rect",
        "class",
        cls.toString(),
        "x",
        number(rtl ? TRACK_WIDTH - x - width : x),
        "y",
        "4",
        "width",
        number(width),
        "height",
        "12",
        "data-from",
        from.toString(),
        "data-to",
        open ? null : planned.latestDay().toString(),
        "data-activity",
        activity.id().value().toString());
    h.close("svg");
  }

  private double mirror(double x) {
    return rtl ? TRACK_WIDTH - x : x;
  }

  /** Known to the day, and stated as exact. */
  static boolean certain(PartialDate date) {
    return date.precision() == PartialDate.Precision.DAY
        && date.qualifier() == PartialDate.Qualifier.EXACT;
  }

  /** A coordinate, to two decimals, with a point whatever the locale. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The span of the timeline: whole years, from the first day shown to the last. */
  static final class Axis {
    final LocalDate start;
    final LocalDate endExclusive;

    private Axis(LocalDate start, LocalDate endExclusive) {
      this.start = start;
      this.endExclusive = endExclusive;
    }

    /**
     * From the first year of the plan's period and its activities' planned starts to the last year
     * of their ends (an open end excluded) and starts; the as-of year when there is none.
     */
    static Axis of(CooperationPlan plan, List<Activity> activities, LocalDate asOf) {
      List<DateSpan> spans = new ArrayList<>();
      DateSpan period = plan.period();
      if (period != null) {
        spans.add(period);
      }
      for (Activity activity : activities) {
        spans.add(activity.details().planned());
      }
      LocalDate first = null;
      LocalDate last = null;
      for (DateSpan span : spans) {
        LocalDate from = span.earliestDay();
        LocalDate to = span.end() == null ? from : span.latestDay();
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
      }
      if (first == null || last == null) {
        first = asOf;
        last = asOf;
      }
      LocalDate start = LocalDate.of(first.getYear(), 1, 1);
      LocalDate end =
          last.getYear() >= PartialDate.MAX_YEAR
              ? LocalDate.of(PartialDate.MAX_YEAR, 12, 31)
              : LocalDate.of(last.getYear() + 1, 1, 1);
      return new Axis(start, end);
    }

    /** The x of a day's start, in track units from the start of the axis. */
    double x(LocalDate day) {
      double days = endExclusive.toEpochDay() - start.toEpochDay();
      double at = (day.toEpochDay() - start.toEpochDay()) * TRACK_WIDTH / days;
      return Math.max(0, Math.min(TRACK_WIDTH, at));
    }
  }

  // ---- the indicators --------------------------------------------------------------------------

  private void indicators() {
    h.open("section", "class", "indicators");
    say("h2", null, Label.INDICATORS);
    Map<IndicatorId, List<IndicatorProgress>> byIndicator = new LinkedHashMap<>();
    for (IndicatorProgress line : report.indicators()) {
      byIndicator.computeIfAbsent(line.indicator().id(), i -> new ArrayList<>()).add(line);
    }
    if (byIndicator.isEmpty()) {
      say("p", "empty", Label.NO_INDICATORS);
    }
    for (List<IndicatorProgress> lines : byIndicator.values()) {
      indicator(lines);
    }
    h.close("section");
  }

  private void indicator(List<IndicatorProgress> lines) {
    IndicatorProgress first = lines.get(0);
    Indicator indicator = first.indicator();
    h.open("div", "class", "indicator", "id", "indicator-" + indicator.id().value());
    say("h3", null, indicator.title());
    h.open("p", "class", "result");
    say("span", null, Label.RESULT.in(labels) + ":", labels);
    h.text(" ");
    Result result = results.get(first.result());
    if (result != null) {
      say("span", "result-title", result.title());
      h.text(" ");
    }
    Integer number = first.contentArea();
    Optional<ContentArea> area = number == null ? Optional.empty() : plan.contentArea(number);
    if (area.isPresent()) {
      LocalizedText title = area.get().title();
      say(
          "span",
          "scope",
          "(" + number + ". " + report.text(title) + ")",
          report.languageOf(title));
    } else {
      say("span", "scope", "(" + Label.WHOLE_PLAN.in(labels) + ")", labels);
    }
    h.close("p");
    Baseline baseline = indicator.baseline();
    if (baseline != null) {
      h.open("p", "class", "baseline");
      say("span", null, Label.BASELINE.in(labels) + ":", labels);
      h.text(" ");
      value("span", "baseline-value", baseline.value(), indicator);
      h.text(" ");
      figure("span", "baseline-date", "(" + baseline.date() + ")");
      h.close("p");
    }
    h.open("table", "class", "periods");
    h.open("thead").open("tr");
    say("th", null, Label.PERIOD);
    say("th", "n", Label.TARGET);
    say("th", "n", Label.ACTUAL);
    say("th", null, Label.PROGRESS);
    h.close("tr").close("thead");
    h.open("tbody");
    for (IndicatorProgress line : lines) {
      period(line, indicator);
    }
    h.close("tbody");
    h.close("table");
    h.close("div");
  }

  private void period(IndicatorProgress line, Indicator indicator) {
    Period period = line.period();
    Progress progress = line.progress();
    h.open("tr", "class", "period", "id", "period-" + period.id().value());
    figure(
        "td",
        "period-span",
        period.start().equals(period.end())
            ? period.start().toString()
            : period.start() + "/" + period.end());
    Value target = period.target();
    if (target == null) {
      say("td", "n target", Label.NO_TARGET);
    } else {
      value("td", "n target", target, indicator);
    }
    Actual actual = progress.actual();
    BigDecimal actualValue = actual.value();
    Value.Narrative narrative = actual.narrative();
    if (actualValue != null) {
      figure("td", "n actual", plain(actualValue) + unit(indicator));
    } else if (narrative != null) {
      say("td", "actual", narrative.text());
    } else {
      say("td", "n actual", Label.NOT_REPORTED);
    }
    h.open("td", "class", "progress");
    BigDecimal percent = progress.percent();
    BigDecimal value = progress.value();
    if (percent != null && value != null) {
      h.open("div", "class", "meter-line");
      meter(value.doubleValue());
      figure("span", "percent", plain(percent) + " %");
      h.close("div");
    } else {
      figure("span", "percent", "—");
      String reason = progress.reason();
      if (reason != null) {
        // the core gives its reasons in English
        say("span", "reason", reason, "en");
      }
    }
    h.close("td");
    h.close("tr");
  }

  /** A target or baseline: a percentage as one, a number with its unit, a text in its language. */
  private void value(String tag, String cls, Value value, Indicator indicator) {
    if (value instanceof Value.Narrative) {
      say(tag, cls, ((Value.Narrative) value).text());
      return;
    }
    BigDecimal n = value.number();
    figure(tag, cls, n == null ? value.toString() : plain(n) + unit(indicator));
  }

  private static String unit(Indicator indicator) {
    if (indicator.measure() == Measure.PERCENTAGE) {
      return " %";
    }
    String unit = indicator.unit();
    return unit == null ? "" : " " + unit;
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
