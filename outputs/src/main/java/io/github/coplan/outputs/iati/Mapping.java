package io.github.coplan.outputs.iati;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.outputs.iati.Model.ActivityOut;
import io.github.coplan.outputs.iati.Model.BaselineOut;
import io.github.coplan.outputs.iati.Model.DateOut;
import io.github.coplan.outputs.iati.Model.DocumentOut;
import io.github.coplan.outputs.iati.Model.IndicatorOut;
import io.github.coplan.outputs.iati.Model.OrgOut;
import io.github.coplan.outputs.iati.Model.PeriodOut;
import io.github.coplan.outputs.iati.Model.RelatedOut;
import io.github.coplan.outputs.iati.Model.ResultOut;
import io.github.coplan.outputs.iati.Model.ValueOut;
import io.github.coplan.outputs.iati.Problem.Severity;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Works a plan's records out into the {@link Model} of its IATI file, noting every problem. */
final class Mapping {

  /** Activity date types (IATI ActivityDateType). */
  static final String PLANNED_START = "1";

  static final String ACTUAL_START = "2";
  static final String PLANNED_END = "3";
  static final String ACTUAL_END = "4";

  private static final Pattern IDENTIFIER = Pattern.compile("[^\\s/&|?]+");
  private static final Pattern DAC_5 = Pattern.compile("[0-9]{5}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Snapshot s;
  private final IatiOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private final String planField;

  private Mapping(Snapshot s, IatiOptions options) {
    this.s = s;
    this.options = options;
    this.planField = "plan[" + s.plan().code().value() + "]";
  }

  static Model map(Snapshot snapshot, IatiOptions options) {
    return new Mapping(snapshot, options).model();
  }

  private Model model() {
    CooperationPlan plan = s.plan();
    String ref = reportingRef();
    if (!IDENTIFIER.matcher(plan.code().value()).matches()) {
      error(
          "iati.identifier-characters",
          planField + ".code",
          "the plan's code becomes part of its iati-identifier, which holds no white space, '/', '&',"
              + " '|' or '?'");
    }
    sectors();
    countries();
    String base = (ref == null ? "" : ref) + "-" + plan.code().value();
    String language =
        Objects.requireNonNullElse(options.language(), plan.title().originalLanguage());
    List<OrgOut> participating = participating();
    String status = status(plan.status());

    List<ActivityOut> out = new ArrayList<>();
    List<RelatedOut> children = new ArrayList<>();
    for (ContentArea area : plan.contentAreas()) {
      children.add(new RelatedOut(base + "-" + area.number(), "2"));
    }
    if (plan.summary() == null) {
      error(
          "iati.description",
          planField + ".summary",
          "an IATI activity needs a description: give the plan a summary");
    }
    out.add(
        new ActivityOut(
            base,
            1,
            plan.title(),
            plan.summary(),
            participating,
            status,
            dates(s.activities(), planField),
            documents(),
            children,
            results(null)));
    for (ContentArea area : plan.contentAreas()) {
      List<Activity> inArea =
          s.activities().stream().filter(a -> a.details().contentArea() == area.number()).toList();
      out.add(
          new ActivityOut(
              base + "-" + area.number(),
              2,
              area.title(),
              area.title(),
              participating,
              status,
              dates(inArea, planField + ".contentAreas[" + area.number() + "]"),
              List.of(),
              List.of(new RelatedOut(base, "1")),
              results(area.number())));
    }
    Organisation reporting = s.reporting();
    return new Model(
        ref,
        String.valueOf(reporting.profile().type().iatiCode()),
        reporting.profile().name(),
        language,
        options.sectors(),
        options.recipientCountries(),
        out,
        s.now(),
        sorted(problems));
  }

  private static List<Problem> sorted(List<Problem> found) {
    return found.stream().sorted(Comparator.comparing(Problem::severity)).toList();
  }

  private @Nullable String reportingRef() {
    Organisation reporting = s.reporting();
    String given = options.reportingOrganisationIdentifier();
    String ref = given != null ? given : iatiIdentifier(reporting);
    String field =
        given != null
            ? "options.reportingOrganisationIdentifier"
            : organisationField(reporting) + ".profile.identifiers";
    if (ref == null) {
      error(
          "iati.reporting-org-identifier",
          field,
          "the reporting organisation "
              + reporting.profile().name().original()
              + " has no identifier in the scheme "
              + IatiOptions.IATI_SCHEME
              + ": add one to its profile, or give it in the options");
    } else if (!IDENTIFIER.matcher(ref).matches()) {
      error(
          "iati.identifier-characters",
          field,
          "an organisation identifier holds no white space, '/', '&', '|' or '?': " + ref);
    }
    return ref;
  }

  private void sectors() {
    List<IatiOptions.Sector> sectors = options.sectors();
    if (sectors.isEmpty()) {
      error(
          "iati.sector",
          "options.sectors",
          "an IATI activity needs a sector (DAC 5-digit purpose code): add one to the options");
    }
    for (int i = 0; i < sectors.size(); i++) {
      IatiOptions.Sector sector = sectors.get(i);
      if (sector.vocabulary().equals(IatiOptions.DAC_5_DIGIT)
          && !DAC_5.matcher(sector.code()).matches()) {
        error(
            "iati.sector-code",
            "options.sectors[" + i + "].code",
            "a DAC 5-digit purpose code has five digits, not " + sector.code());
      }
    }
    shares(sectors, IatiOptions.Sector::percentage, "iati.sector-percentage", "options.sectors");
  }

  private void countries() {
    List<IatiOptions.RecipientCountry> countries = options.recipientCountries();
    if (countries.isEmpty()) {
      error(
          "iati.recipient-country",
          "options.recipientCountries",
          "an IATI activity needs a recipient country or region: add one to the options");
    }
    shares(
        countries,
        IatiOptions.RecipientCountry::percentage,
        "iati.recipient-country-percentage",
        "options.recipientCountries");
  }

  /** Several shares must each have a percentage, adding up to 100. */
  private <T> void shares(
      List<T> items, Function<T, @Nullable BigDecimal> percentage, String code, String field) {
    if (items.size() < 2) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (T item : items) {
      BigDecimal p = percentage.apply(item);
      if (p == null) {
        error(code, field, "when there are several, each has a percentage");
        return;
      }
      sum = sum.add(p);
    }
    if (sum.compareTo(HUNDRED) != 0) {
      error(code, field, "the percentages add up to " + sum.toPlainString() + ", not 100");
    }
  }

  private List<OrgOut> participating() {
    List<OrgOut> orgs = new ArrayList<>();
    for (Party party : s.plan().parties()) {
      Organisation org = Objects.requireNonNull(s.parties().get(party.organisation()));
      String ref = iatiIdentifier(org);
      boolean hasRole = false;
      for (PartyRole role : party.roles()) {
        String code = role(role);
        if (code != null) {
          hasRole = true;
          orgs.add(
              new OrgOut(
                  ref,
                  String.valueOf(org.profile().type().iatiCode()),
                  code,
                  org.profile().name()));
        }
      }
      if (hasRole && ref == null) {
        warning(
            "iati.participating-org-identifier",
            organisationField(org) + ".profile.identifiers",
            org.profile().name().original()
                + " has no identifier in the scheme "
                + IatiOptions.IATI_SCHEME
                + ": it is written by name only");
      }
    }
    if (orgs.isEmpty()) {
      error(
          "iati.participating-org",
          planField + ".parties",
          "an IATI activity needs a participating organisation: give a party the role funding,"
              + " accountable, extending or implementing");
    }
    return orgs;
  }

  private List<DateOut> dates(List<Activity> activities, String field) {
    List<DateOut> dates = new ArrayList<>();
    DateSpan period = s.plan().period();
    if (period == null) {
      error(
          "iati.activity-date",
          planField + ".period",
          "an IATI activity needs a start date: give the plan a period");
    } else {
      DateOut start = start(PLANNED_START, period.start());
      dates.add(start);
      PartialDate end = period.end();
      if (end != null) {
        DateOut last = end(PLANNED_END, end);
        order(start, last, planField + ".period", problems);
        dates.add(last);
      }
    }
    Activity first = null;
    for (Activity a : activities) {
      PartialDate started = a.actualStart();
      if (started != null
          && (first == null
              || started
                  .earliestDay()
                  .isBefore(Objects.requireNonNull(first.actualStart()).earliestDay()))) {
        first = a;
      }
    }
    DateOut actualStart = null;
    if (first != null) {
      actualStart =
          actual(
              start(ACTUAL_START, Objects.requireNonNull(first.actualStart())),
              activityField(first) + ".actualStart");
      if (actualStart != null) {
        dates.add(actualStart);
      }
    }
    if (s.plan().status() == PlanStatus.COMPLETED || s.plan().status() == PlanStatus.CANCELLED) {
      Activity last = null;
      for (Activity a : activities) {
        PartialDate ended = a.actualEnd();
        if (ended != null
            && (last == null
                || ended
                    .latestDay()
                    .isAfter(Objects.requireNonNull(last.actualEnd()).latestDay()))) {
          last = a;
        }
      }
      if (last != null) {
        DateOut actualEnd =
            actual(
                end(ACTUAL_END, Objects.requireNonNull(last.actualEnd())),
                activityField(last) + ".actualEnd");
        if (actualEnd != null) {
          if (actualStart != null) {
            order(actualStart, actualEnd, field, problems);
          }
          dates.add(actualEnd);
        }
      }
    }
    return dates;
  }

  /** A start: the first day of a partial date, with the date as stated when it is partial. */
  static DateOut start(String type, PartialDate date) {
    return new DateOut(type, date.earliestDay(), stated(date));
  }

  /** An end: the last day of a partial date, with the date as stated when it is partial. */
  static DateOut end(String type, PartialDate date) {
    return new DateOut(type, date.latestDay(), stated(date));
  }

  /** The date as stated, unless its day says it all. */
  static @Nullable String stated(PartialDate date) {
    return date.precision() == PartialDate.Precision.DAY
            && date.qualifier() == PartialDate.Qualifier.EXACT
        ? null
        : date.toString();
  }

  /** An actual date, or null (with a warning) when its day is after today. */
  private @Nullable DateOut actual(DateOut date, String field) {
    if (date.day().isAfter(s.today())) {
      warning(
          "iati.actual-date-in-future",
          field,
          "the actual "
              + (date.type().equals(ACTUAL_START) ? "start" : "end")
              + " "
              + (date.stated() != null ? date.stated() : date.day().toString())
              + " is written as "
              + date.day()
              + ", after today ("
              + s.today()
              + "): it is left out");
      return null;
    }
    return date;
  }

  /** A start after its end is an error. */
  static void order(DateOut start, DateOut end, String field, List<Problem> found) {
    if (start.day().isAfter(end.day())) {
      found.add(
          new Problem(
              Severity.ERROR,
              "iati.start-after-end",
              field,
              "the start "
                  + start.day()
                  + " (type "
                  + start.type()
                  + ") is after the end "
                  + end.day()
                  + " (type "
                  + end.type()
                  + ")"));
    }
  }

  private List<DocumentOut> documents() {
    List<DocumentOut> docs = new ArrayList<>();
    List<PlanDocument> documents = s.plan().documents();
    for (int i = 0; i < documents.size(); i++) {
      PlanDocument d = documents.get(i);
      if (!"http".equals(d.link().getScheme()) && !"https".equals(d.link().getScheme())) {
        warning(
            "iati.document-url",
            planField + ".documents[" + i + "].link",
            "IATI readers follow a document link on the web; " + d.link() + " is not one");
      }
      docs.add(
          new DocumentOut(
              d.link().toString(), format(d.link()), d.title(), category(d.type()), d.date()));
    }
    return docs;
  }

  private List<ResultOut> results(@Nullable Integer area) {
    List<ResultOut> out = new ArrayList<>();
    for (Result r : s.results()) {
      if (!Objects.equals(r.contentArea(), area)) {
        continue;
      }
      String field = "result[" + r.id() + "]";
      if (r.indicators().isEmpty()) {
        error(
            "iati.result-indicator",
            field + ".indicators",
            "an IATI result needs an indicator: define one, or leave the result out");
      }
      List<IndicatorOut> indicators = new ArrayList<>();
      for (int i = 0; i < r.indicators().size(); i++) {
        indicators.add(indicator(r.indicators().get(i), field + ".indicators[" + i + "]"));
      }
      out.add(new ResultOut(r.type().iatiCode(), r.title(), r.description(), indicators));
    }
    return out;
  }

  private IndicatorOut indicator(Indicator indicator, String field) {
    BaselineOut baseline = null;
    Baseline b = indicator.baseline();
    if (b != null) {
      ValueOut value = value(indicator.measure(), b.value(), field + ".baseline.value");
      if (b.comment() != null && value.comment() == null) {
        value =
            new ValueOut(
                value.value(), LocalizedText.of(s.plan().title().originalLanguage(), b.comment()));
      }
      PartialDate date = b.date();
      baseline = new BaselineOut(date.earliestDay().getYear(), dayOf(date), value);
    }
    List<PeriodOut> periods = new ArrayList<>();
    for (int j = 0; j < indicator.periods().size(); j++) {
      Period p = indicator.periods().get(j);
      String at = field + ".periods[" + j + "]";
      Value target = p.target();
      ValueOut targetOut =
          target == null ? null : value(indicator.measure(), target, at + ".target");
      periods.add(
          new PeriodOut(
              p.firstDay(), p.lastDay(), targetOut, actual(indicator, p, at + ".actual")));
    }
    return new IndicatorOut(
        indicator.measure().iatiCode(),
        indicator.ascending(),
        indicator.title(),
        baseline,
        periods);
  }

  private static @Nullable LocalDate dayOf(PartialDate date) {
    return date.precision() == PartialDate.Precision.DAY ? date.earliestDay() : null;
  }

  private ValueOut value(Measure measure, Value value, String field) {
    if (value instanceof Value.Narrative) {
      return new ValueOut(null, ((Value.Narrative) value).text());
    }
    BigDecimal number = Objects.requireNonNull(value.number());
    if (measure == Measure.PERCENTAGE) {
      if (value instanceof Value.Quantity) {
        warning(
            "iati.percentage-denominator",
            field,
            "a percentage given without its denominator: readers cannot tell "
                + plain(number)
                + " % of what");
      }
      percentRange(number, field);
    }
    return new ValueOut(plain(number), null);
  }

  private void percentRange(BigDecimal percent, String field) {
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      error(
          "iati.percentage-range",
          field,
          "a percentage indicator's value is from 0 to 100, not " + plain(percent));
    }
  }

  /** A period's actual: none before the period begins, and none that was not reported. */
  private @Nullable ValueOut actual(Indicator indicator, Period period, String field) {
    if (period.firstDay().isAfter(s.today())) {
      return null;
    }
    Actual actual = s.actual(indicator.id().toString(), period.id().toString());
    if (actual == null || !actual.reported()) {
      return null;
    }
    BigDecimal value = actual.value();
    Value.Narrative narrative = actual.narrative();
    if (value == null && narrative == null) {
      return null;
    }
    if (value != null && indicator.measure() == Measure.PERCENTAGE) {
      percentRange(value, field);
    }
    return new ValueOut(
        value == null ? null : plain(value), narrative == null ? null : narrative.text());
  }

  static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  static @Nullable String iatiIdentifier(Organisation org) {
    for (ExternalIdentifier id : org.profile().identifiers()) {
      if (id.scheme().equalsIgnoreCase(IatiOptions.IATI_SCHEME)) {
        return id.value();
      }
    }
    return null;
  }

  /** IATI OrganisationRole; a signatory has none of its own. */
  static @Nullable String role(PartyRole role) {
    switch (role) {
      case FUNDING:
        return "1";
      case ACCOUNTABLE:
        return "2";
      case EXTENDING:
        return "3";
      case IMPLEMENTING:
        return "4";
      default:
        return null;
    }
  }

  /** IATI ActivityStatus. */
  static String status(PlanStatus status) {
    switch (status) {
      case DRAFT:
        return "1";
      case ACTIVE:
        return "2";
      case COMPLETED:
        return "4";
      case CANCELLED:
        return "5";
      case SUSPENDED:
        return "6";
      default:
        throw new AssertionError(status);
    }
  }

  /** IATI DocumentCategory (A: activity level). */
  static String category(DocumentType type) {
    switch (type) {
      case MEMORANDUM_OF_UNDERSTANDING:
        return "A09";
      case AGREEMENT:
        return "A11";
      case PLAN:
        return "A02";
      case REPORT:
      case MINUTES:
        return "A07";
      case ARTICLE:
      case OTHER:
      default:
        return "A12";
    }
  }

  /** IATI FileFormat (an IANA media type), from the link's last path segment. */
  static String format(URI link) {
    String path = link.getPath();
    String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    switch (extension) {
      case "pdf":
        return "application/pdf";
      case "doc":
        return "application/msword";
      case "docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case "xls":
        return "application/vnd.ms-excel";
      case "xlsx":
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "odt":
        return "application/vnd.oasis.opendocument.text";
      case "txt":
        return "text/plain";
      default:
        return "text/html";
    }
  }

  private static String organisationField(Organisation org) {
    return "organisation[" + org.id() + "]";
  }

  private static String activityField(Activity a) {
    return "activity[" + a.id() + "]";
  }

  private void error(String code, String field, String message) {
    problems.add(new Problem(Severity.ERROR, code, field, message));
  }

  private void warning(String code, String field, String message) {
    if (seen.add(code + " " + field)) {
      problems.add(new Problem(Severity.WARNING, code, field, message));
    }
  }

  private final Set<String> seen = new LinkedHashSet<>();
}
