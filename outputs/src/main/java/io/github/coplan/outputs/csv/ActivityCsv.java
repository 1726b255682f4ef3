package io.github.coplan.outputs.csv;

import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import io.github.coplan.outputs.csv.CsvFile.Parsed;
import io.github.coplan.outputs.csv.CsvFile.Row;
import io.github.coplan.outputs.support.Activities;
import io.github.coplan.outputs.support.Required;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The activity list of one plan as CSV, out and back in.
 *
 * <p>The columns, named so in the header row, in any order:
 *
 * <ul>
 *   <li>{@code content_area} (required): the number of one of the plan's content areas;
 *   <li>{@code type} (required): an {@link ActivityType} ({@code study_tour}), in any case, with
 *       spaces or hyphens for underscores;
 *   <li>{@code title} (required): the activity's title;
 *   <li>{@code title_language} (required): its language, a tag such as {@code vi} or {@code en};
 *   <li>{@code planned} (required): when it is planned, a partial date or a span as {@link
 *       DateSpan#parse(String)} reads it ({@code 2018-Q4}, {@code 2018-11/2019-02}, {@code
 *       2019/..});
 *   <li>{@code description}: a description, in the title's language.
 * </ul>
 *
 * <p><b>Natural key.</b> An activity is its plan, content area, type, title in the row's language
 * folded with {@link SearchFolding}, and planned span. A row whose activity is there already (or
 * earlier in the file) writes nothing; any other is proposed. So importing a file twice, or
 * importing what {@link #export} wrote, records nothing twice.
 *
 * <p>Thread-safe; holds no state between calls.
 */
public final class ActivityCsv {

  /** The columns, in the order an export writes them. */
  public static final List<String> COLUMNS =
      List.of("content_area", "type", "title", "title_language", "planned", "description");

  private final UseCases coplan;

  private ActivityCsv(UseCases coplan) {
    this.coplan = coplan;
  }

  /**
   * The activity lists of plans read and written through the given use cases.
   *
   * @param coplan the use cases, acting as someone allowed to read (and, to import, to propose
   *     activities in) the plan
   * @return the activity lists
   * @throws InvalidInputException if it is null
   */
  public static ActivityCsv of(@Nullable UseCases coplan) {
    return new ActivityCsv(Required.of("coplan", coplan));
  }

  /**
   * A dry run: reads and checks every row against the store and writes nothing.
   *
   * @param plan the plan whose activities the file lists
   * @param in the file, UTF-8 with or without a byte order mark; read to its end, not closed
   * @return every problem, and when there is none what an import would create and find there
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public CsvReport check(@Nullable PlanId plan, @Nullable InputStream in) {
    Required.all("plan", plan, "in", in);
    Parsed parsed = CsvFile.read(Required.of("in", in), COLUMNS);
    return new Run(coplan, Required.of("plan", plan), parsed).run(false);
  }

  /**
   * Imports a file: checks every row as {@link #check} does and, when there is no problem, proposes
   * every new activity in one transaction, all or none.
   *
   * @param plan the plan whose activities the file lists
   * @param in the file, UTF-8 with or without a byte order mark; read to its end, not closed
   * @return the report: with a problem, nothing was written and created is 0
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there
   * @throws io.github.coplan.domain.error.CoplanException as the use cases throw it when a write is
   *     refused (a frozen plan, a missing right); nothing is written then
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public CsvReport importFile(@Nullable PlanId plan, @Nullable InputStream in) {
    Required.all("plan", plan, "in", in);
    Parsed parsed = CsvFile.read(Required.of("in", in), COLUMNS);
    PlanId id = Required.of("plan", plan);
    return coplan.inTransaction(tx -> new Run(tx, id, parsed).run(true));
  }

  /**
   * Writes the plan's activities, in the order the store lists them, with the columns of {@link
   * #COLUMNS}: UTF-8 without a byte order mark, RFC 4180, cells neutralised. The title is written
   * in its original language, the description in the title's language when it has it, else in its
   * own original.
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public void export(@Nullable PlanId plan, @Nullable OutputStream out) {
    Required.all("plan", plan, "out", out);
    PlanId id = Required.of("plan", plan);
    coplan.plans().get(id);
    List<List<String>> rows = new ArrayList<>();
    for (Activity a : activities(coplan, id)) {
      ActivityDetails d = a.details();
      String language = d.title().originalLanguage();
      LocalizedText description = d.description();
      rows.add(
          List.of(
              Integer.toString(d.contentArea()),
              d.type().name(),
              d.title().original(),
              language,
              d.planned().toString(),
              description == null ? "" : description.in(language).orElse(description.original())));
    }
    CsvFile.write(Required.of("out", out), COLUMNS, rows);
  }

  private static List<Activity> activities(UseCases uc, PlanId plan) {
    return Activities.all(uc, ActivityQuery.builder().plan(plan).build());
  }

  private static String key(ActivityDetails d, String language, String title) {
    return d.contentArea()
        + "|"
        + d.type()
        + "|"
        + language
        + "|"
        + SearchFolding.fold(title)
        + "|"
        + d.planned();
  }

  /** One check, and maybe one import, of a file. */
  private static final class Run {

    private final UseCases uc;
    private final PlanId plan;
    private final Parsed parsed;
    private final List<CsvProblem> problems;
    private final Set<Integer> areas = new HashSet<>();

    Run(UseCases uc, PlanId plan, Parsed parsed) {
      this.uc = uc;
      this.plan = plan;
      this.parsed = parsed;
      this.problems = new ArrayList<>(parsed.problems());
    }

    CsvReport run(boolean write) {
      CooperationPlan p = uc.plans().get(plan);
      if (!problems.isEmpty()) {
        return new CsvReport(parsed.rowsRead(), 0, 0, problems);
      }
      for (ContentArea area : p.contentAreas()) {
        areas.add(area.number());
      }
      Set<String> there = new HashSet<>();
      for (Activity a : activities(uc, plan)) {
        for (Map.Entry<String, String> title : a.details().title().texts().entrySet()) {
          there.add(key(a.details(), title.getKey(), title.getValue()));
        }
      }
      List<ActivityDetails> proposals = new ArrayList<>();
      int alreadyThere = 0;
      for (Row row : parsed.rows()) {
        ActivityDetails details = check(row);
        if (details == null) {
          continue;
        }
        String language = details.title().originalLanguage();
        if (there.add(key(details, language, details.title().original()))) {
          proposals.add(details);
        } else {
          alreadyThere++;
        }
      }
      if (!problems.isEmpty()) {
        return new CsvReport(parsed.rowsRead(), 0, 0, problems);
      }
      if (write) {
        for (ActivityDetails details : proposals) {
          uc.activities().propose(new ProposeActivity(plan, details));
        }
      }
      return new CsvReport(parsed.rowsRead(), proposals.size(), alreadyThere, problems);
    }

    private @Nullable ActivityDetails check(Row row) {
      int before = problems.size();
      int n = row.number();
      String areaText = CsvFile.required(row, "content_area", problems);
      String typeText = CsvFile.required(row, "type", problems);
      String titleText = CsvFile.required(row, "title", problems);
      String languageText = CsvFile.required(row, "title_language", problems);
      String plannedText = CsvFile.required(row, "planned", problems);
      String descriptionText = row.cell("description");
      Integer area = null;
      if (areaText != null) {
        try {
          area = Integer.valueOf(areaText);
          if (!areas.contains(area)) {
            problems.add(
                new CsvProblem(
                    n,
                    "content_area",
                    "csv.unknown-content-area",
                    "the plan has no content area " + areaText));
          }
        } catch (NumberFormatException e) {
          problems.add(
              new CsvProblem(
                  n, "content_area", "csv.malformed", "a content area is a number: " + areaText));
        }
      }
      ActivityType type = null;
      if (typeText != null) {
        type = CsvFile.constant(ActivityType.class, typeText);
        if (type == null) {
          problems.add(
              new CsvProblem(n, "type", "csv.unknown-type", "no activity type " + typeText));
        }
      }
      String language = null;
      if (languageText != null) {
        try {
          language = LocalizedText.languageTag(languageText);
        } catch (InvalidInputException e) {
          CsvFile.add(problems, n, "title_language", e);
        }
      }
      DateSpan planned = null;
      if (plannedText != null) {
        try {
          planned = DateSpan.parse(plannedText);
        } catch (InvalidInputException e) {
          CsvFile.add(problems, n, "planned", e);
        }
      }
      LocalizedText title = null;
      LocalizedText description = null;
      if (language != null && titleText != null) {
        try {
          title = LocalizedText.of(language, titleText);
        } catch (InvalidInputException e) {
          CsvFile.add(problems, n, "title", e);
        }
        if (descriptionText != null) {
          try {
            description = LocalizedText.of(language, descriptionText);
          } catch (InvalidInputException e) {
            CsvFile.add(problems, n, "description", e);
          }
        }
      }
      if (problems.size() > before
          || area == null
          || type == null
          || title == null
          || planned == null) {
        return null;
      }
      try {
        return ActivityDetails.builder()
            .contentArea(area)
            .type(type)
            .title(title)
            .description(description)
            .planned(planned)
            .build();
      } catch (InvalidInputException e) {
        for (Violation v : e.violations()) {
          problems.add(new CsvProblem(n, column(v.path()), "csv." + v.code(), v.message()));
        }
        return null;
      }
    }

    private static String column(String path) {
      if (path.startsWith("contentArea")) {
        return "content_area";
      }
      if (path.startsWith("title")) {
        return "title";
      }
      if (path.startsWith("description")) {
        return "description";
      }
      if (path.startsWith("planned")) {
        return "planned";
      }
      if (path.startsWith("type")) {
        return "type";
      }
      return "";
    }
  }
}
