package io.github.coplan.reliability;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The unit of work of the crash campaign and the checks made after each crash.
 *
 * <p>One unit touches three aggregates at once: it registers a new person, proposes an activity
 * with two participations (the organisation as host, the new person as delegate), and writes the
 * plan's summary "Ledger n" with the new count. So after any crash: the ledger, the activities a
 * progress report counts and the distinct people taking part (one per unit, all from Israel) are
 * the same number, and every activity of a unit has its person.
 */
final class CrashWorkload {

  /** The day the progress reports are made for. */
  static final LocalDate REPORT_DAY = LocalDate.of(2019, 6, 1);

  private static final String LEDGER = "Ledger ";

  private CrashWorkload() {}

  /**
   * What the units write to.
   *
   * @param plan the plan
   * @param host the organisation that hosts every unit's activity
   */
  record Setup(PlanId plan, OrganisationId host) {}

  /**
   * One acknowledged unit, as the writer printed it.
   *
   * @param activity the activity it proposed
   * @param person the person it registered
   * @param n its ledger number
   */
  record Unit(ActivityId activity, PersonId person, long n) {

    /**
     * The line the writer prints once the unit has returned.
     *
     * @return {@code ack <activity> <person> <n>}
     */
    String line() {
      return "ack " + activity + " " + person + " " + n;
    }

    /**
     * Reads {@link #line()}.
     *
     * @param line the line
     * @return the unit, or empty if the line is not an acknowledgement
     */
    static Optional<Unit> parse(String line) {
      String[] parts = line.split(" ");
      if (parts.length != 4 || !parts[0].equals("ack")) {
        return Optional.empty();
      }
      return Optional.of(
          new Unit(ActivityId.of(parts[1]), PersonId.of(parts[2]), Long.parseLong(parts[3])));
    }
  }

  /**
   * Makes the host organisation and the plan with its content area.
   *
   * @param coplan the use cases over the new store
   * @return the setup
   */
  static Setup prepare(UseCases coplan) {
    Organisation host =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(LocalizedText.of("vi", "Sở Khoa học và Công nghệ TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("CRASH"), LocalizedText.of("en", "Crash campaign"))
                    .withSummary(LocalizedText.of("en", LEDGER + 0))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan.plans().addParty(new AddParty(plan.id(), Party.of(host.id(), PartyRole.ACCOUNTABLE)));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(plan.id(), new ContentArea(1, LocalizedText.of("en", "Units"))));
    return new Setup(plan.id(), host.id());
  }

  /**
   * Runs one unit of work across the plan, a new person and a new activity.
   *
   * @param storage the store
   * @param ids where new ids come from
   * @param setup what to write to
   * @return the unit, once it has returned
   */
  static Unit write(Storage storage, IdSource ids, Setup setup) {
    ActivityId activityId = new ActivityId(ids.nextId());
    PersonId personId = new PersonId(ids.nextId());
    return storage.inTransaction(
        r -> {
          CooperationPlan plan = r.plans().findById(setup.plan()).orElseThrow();
          long n = ledgerOf(plan) + 1;
          Person person =
              r.people()
                  .insert(
                      Person.register(
                          personId,
                          PersonProfile.of("Người tham gia " + n, CountryCode.IL),
                          List.of()));
          Activity activity =
              Activity.propose(activityId, setup.plan(), details(n), null)
                  .addParticipation(
                      new Participation(
                          Participant.of(setup.host()),
                          ParticipationRole.HOST,
                          ParticipationStatus.CONFIRMED,
                          null))
                  .addParticipation(
                      new Participation(
                          Participant.of(person.id()),
                          ParticipationRole.DELEGATE,
                          ParticipationStatus.INVITED,
                          null));
          r.activities().insert(activity);
          r.plans()
              .update(
                  plan.describe(plan.title(), LocalizedText.of("en", LEDGER + n), plan.period()));
          return new Unit(activityId, personId, n);
        });
  }

  /**
   * The store's three counts of units: the ledger, the activities, the distinct people taking part,
   * read in one unit.
   *
   * @param coplan the use cases over the store
   * @param setup the setup
   * @return ledger, activities, people
   */
  static long[] counts(UseCases coplan, Setup setup) {
    ProgressReport report = coplan.reports().progress(setup.plan(), REPORT_DAY);
    return new long[] {
      ledgerOf(report.plan()),
      report.progress().contentArea(1).total(),
      report.progress().peopleByCountry().getOrDefault(CountryCode.IL, 0L)
    };
  }

  /**
   * What is wrong with a unit in the store, if anything: it must be there whole.
   *
   * @param storage the store
   * @param setup the setup
   * @param unit the unit
   * @return a description of what is missing or wrong, or empty if it is whole
   */
  static Optional<String> check(Storage storage, Setup setup, Unit unit) {
    return storage.readOnly(
        r -> {
          Optional<Activity> activity = r.activities().findById(unit.activity());
          Optional<Person> person = r.people().findById(unit.person());
          if (activity.isEmpty() || person.isEmpty()) {
            return Optional.of(
                "unit "
                    + unit.n()
                    + ": activity "
                    + (activity.isPresent() ? "present" : "missing")
                    + ", person "
                    + (person.isPresent() ? "present" : "missing"));
          }
          Activity a = activity.get();
          boolean whole =
              a.plan().equals(setup.plan())
                  && a.details().equals(details(unit.n()))
                  && a.version() == 1
                  && a.participations().size() == 2
                  && a.participation(Participant.of(setup.host()), ParticipationRole.HOST)
                      .isPresent()
                  && a.participation(Participant.of(unit.person()), ParticipationRole.DELEGATE)
                      .isPresent()
                  && person.get().profile().name().equals("Người tham gia " + unit.n())
                  && person.get().version() == 1;
          return whole
              ? Optional.<String>empty()
              : Optional.of("unit " + unit.n() + " is not whole: " + a + " / " + person.get());
        });
  }

  private static ActivityDetails details(long n) {
    return ActivityDetails.builder()
        .contentArea(1)
        .type(ActivityType.DELEGATION_VISIT)
        .title(LocalizedText.of("vi", "Đoàn công tác số " + n))
        .planned(DateSpan.parse("2019-Q2"))
        .build();
  }

  static long ledgerOf(CooperationPlan plan) {
    return Long.parseLong(plan.summary().original().substring(LEDGER.length()));
  }
}
