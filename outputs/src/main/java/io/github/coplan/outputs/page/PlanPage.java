package io.github.coplan.outputs.page;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.outputs.support.Activities;
import io.github.coplan.outputs.support.Required;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan on one page: a self-contained HTML5 file, by the rules of {@link
 * io.github.coplan.outputs.page the package}, with the plan's parties, its content areas and their
 * progress, a timeline of its activities by content area, its overdue activities marked, and its
 * indicators with their progress.
 *
 * <pre>{@code
 * PlanPage page = PlanPage.of(coplan.actingAs(actor),
 *     PageOptions.builder().language("he").clock(clock).build());
 * page.write(plan.id(), out);                                  // text/html, UTF-8
 * }</pre>
 *
 * <p>It reads through the use cases, with the actor's rights, and holds no state between calls:
 * each call reads the plan afresh. Thread-safe.
 */
public final class PlanPage {

  private final UseCases coplan;
  private final PageOptions options;

  private PlanPage(UseCases coplan, PageOptions options) {
    this.coplan = coplan;
    this.options = options;
  }

  /**
   * A page writer that reads through the given use cases.
   *
   * @param coplan the use cases, acting as someone allowed to read the plan
   * @param options the language and the clock of the "as of" day
   * @return the page writer
   * @throws io.github.coplan.domain.error.InvalidInputException if either is null
   */
  public static PlanPage of(@Nullable UseCases coplan, @Nullable PageOptions options) {
    Required.all("coplan", coplan, "options", options);
    return new PlanPage(Required.of("coplan", coplan), Required.of("options", options));
  }

  /**
   * The page of a plan.
   *
   * @param plan the plan
   * @return the whole HTML document, {@code <!DOCTYPE html>} first
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there, or the actor
   *     may not see it
   */
  public String html(@Nullable PlanId plan) {
    PlanId id = Required.of("plan", plan);
    CooperationPlan read = coplan.plans().get(id);
    String given = options.language();
    String language = given != null ? given : read.title().originalLanguage();
    LocalDate asOf = options.asOf();
    ProgressReport report = coplan.reports().progress(id, asOf, language);
    List<Activity> activities = Activities.all(coplan, ActivityQuery.builder().plan(id).build());
    Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    for (Party party : report.plan().parties()) {
      organisations.computeIfAbsent(party.organisation(), o -> coplan.organisations().get(o));
    }
    for (Activity activity : activities) {
      OrganisationId lead = activity.details().leadParty();
      if (lead != null) {
        organisations.computeIfAbsent(lead, o -> coplan.organisations().get(o));
      }
    }
    Map<ResultId, Result> results = new LinkedHashMap<>();
    for (Result result : coplan.results().resultsOf(id)) {
      results.put(result.id(), result);
    }
    return new PageWriter(language, asOf, report, activities, organisations, results).write();
  }

  /**
   * Writes the page of a plan as {@code text/html}, UTF-8. The page is made whole before a byte is
   * written: a plan that cannot be read writes nothing.
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @throws io.github.coplan.domain.error.InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not there, or the actor
   *     may not see it
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(@Nullable PlanId plan, @Nullable OutputStream out) {
    Required.all("plan", plan, "out", out);
    byte[] page = html(plan).getBytes(StandardCharsets.UTF_8);
    try {
      Required.of("out", out).write(page);
    } catch (IOException e) {
      throw new UncheckedIOException("the page could not be written", e);
    }
  }
}
