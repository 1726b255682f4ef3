package io.github.coplan.examples.hcmc;

import io.github.coplan.Coplan;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records the HCMC – Israel plan on a SQLite file and prints its progress report, then the
 * technology marketplace of its content area 6 ({@link ReferenceMarket}), its first study tour
 * ({@link ReferenceTour}), the network the tour built ({@link ReferenceNetwork}), and the plan's
 * results and indicators ({@link ReferenceResults}).
 *
 * <pre>
 * usage: HcmcIsraelInnovationPlan [file] [as-of] [language]
 *   file      the SQLite file to use; created when missing (default: hcmc-israel.db)
 *   as-of     the report day, YYYY-MM-DD (default: 2019-01-01)
 *   language  the language of the titles, a BCP 47 tag; a title without it is shown in its
 *             original language (default: en)
 * </pre>
 *
 * <p>Running it again on the same file records nothing twice and prints the same report.
 */
public final class HcmcIsraelInnovationPlan {

  /** The file used when none is given. */
  public static final String DEFAULT_FILE = "hcmc-israel.db";

  /** The report day used when none is given. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2019, 1, 1);

  /** The language of the titles when none is given. */
  public static final String DEFAULT_LANGUAGE = "en";

  private HcmcIsraelInnovationPlan() {}

  /**
   * Runs the example and ends the JVM with the status of {@link #execute} when it is not 0: under
   * {@code ./mvnw -Drun-example} (exec:java in Maven's JVM) that ends Maven too, with the one line
   * the example printed on standard error as the whole output, not a page of Maven's errors.
   *
   * @param args the file, the report day and the language, all optional
   */
  public static void main(String[] args) {
    int status =
        execute(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example: prints the report, or one line saying what is wrong.
   *
   * @param args the file and the report day, both optional
   * @param out where the report goes
   * @param err where the one line of a failure goes
   * @return 0 when the report was printed, 2 when the report day is not a day, 1 when Coplan
   *     refused
   */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
    LocalDate asOf;
    try {
      asOf = args.length > 1 ? LocalDate.parse(args[1]) : DEFAULT_AS_OF;
    } catch (DateTimeException e) {
      err.println("as-of must be a day such as 2019-01-01, was: " + args[1]);
      return 2;
    }
    try {
      out.print(run(file, asOf, args.length > 2 ? args[2] : DEFAULT_LANGUAGE));
      return 0;
    } catch (CoplanException e) {
      err.println("failed (" + e.code() + "): " + e.getMessage());
      return 1;
    }
  }

  /** The actor the example records the plan as: {@code system:hcmc-reference}. */
  public static final Actor ACTOR = Actor.system("hcmc-reference");

  /**
   * Records the plan on a file (unless it is there) and formats its report with English titles.
   *
   * @param file the SQLite file
   * @param asOf the report day
   * @return the report text
   */
  public static String run(Path file, LocalDate asOf) {
    return run(file, asOf, DEFAULT_LANGUAGE);
  }

  /**
   * Records the plan on a file (unless it is there) and formats its report, lead parties named by
   * their acronym or their name.
   *
   * @param file the SQLite file
   * @param asOf the report day
   * @param language the language of the titles
   * @return the report text
   * @throws io.github.coplan.domain.error.InvalidInputException if the language is not a BCP 47 tag
   */
  public static String run(Path file, LocalDate asOf, String language) {
    Storage storage = JdbiStorage.sqlite(file);
    try (Coplan store = Coplan.builder().storage(storage).build()) {
      UseCases coplan = store.actingAs(ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      TechnologyProfile request = ReferenceMarket.record(storage, ACTOR, plan);
      Activity tour = ReferenceTour.record(coplan, plan);
      ReferenceNetwork.record(coplan, tour);
      ReferenceResults.record(coplan, plan);
      ProgressReport report = coplan.reports().progress(plan.id(), asOf, language);
      return "store: "
          + file.toAbsolutePath()
          + "\n"
          + ProgressReportFormatter.format(
              report,
              id -> {
                OrganisationProfile lead = coplan.organisations().get(id).profile();
                String acronym = lead.acronym();
                return acronym != null ? acronym : report.text(lead.name());
              },
              id -> lastChange(coplan, id))
          + ReferenceMarket.format(coplan, plan, request, asOf, language)
          + ReferenceTour.format(coplan, tour, language)
          + ReferenceNetwork.format(coplan, tour, asOf, language)
          + ReferenceResults.format(coplan, plan, language);
    }
  }

  /**
   * Who made an activity's last change and with which command, from its history: {@code
   * ChangeActivityStatus.Schedule by system:hcmc-reference}. A person is named only if they agreed
   * to be published; otherwise, and once they are forgotten, the line says so without a name.
   *
   * @param coplan the use cases, acting as the actor who reads the report
   * @param activity the activity
   * @return the description, or null when the activity has no recorded change (history switched
   *     off)
   * @throws io.github.coplan.domain.error.NotFoundException if the actor may not see the activity
   */
  public static @Nullable String lastChange(UseCases coplan, ActivityId activity) {
    List<ChangeRecord> last =
        coplan.history().of(HistoryQuery.of(AggregateRef.of(activity)).pageSize(1)).items();
    if (last.isEmpty()) {
      return null;
    }
    ChangeRecord change = last.get(0);
    return change.commandName() + " by " + named(coplan, change.actor());
  }

  /** An actor as a report may show it: a person by name only with their consent to publish. */
  private static String named(UseCases coplan, Actor actor) {
    if (!(actor instanceof Actor.Person person)) {
      return actor.toString();
    }
    Person who = coplan.people().get(person.id());
    if (who.forgotten()) {
      return "a person since forgotten";
    }
    return who.profile().consentToPublish()
        ? who.profile().name()
        : "a person who has not agreed to be named";
  }
}
