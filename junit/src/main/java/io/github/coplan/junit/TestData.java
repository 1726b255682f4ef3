package io.github.coplan.junit;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builders of valid test data, stored through {@link UseCases}: each builder starts with sensible
 * defaults, a test sets only what it is about, and {@code create()} stores the result in one
 * transaction and returns it as stored.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>builder</th><th>default</th></tr>
 *   <tr><td>{@link #organisation()}</td><td>"Organisation <i>n</i>" (English), {@link
 *       OrganisationType#OTHER}, Viet Nam</td></tr>
 *   <tr><td>{@link #person()}</td><td>"Person <i>n</i>", Viet Nam, affiliated as "Staff" with a new
 *       default organisation</td></tr>
 *   <tr><td>{@link #plan()}</td><td>code {@code PLAN-<i>n</i>}, "Plan <i>n</i>", period 2018/2021,
 *       two new parties (the first accountable and implementing, the second implementing), content
 *       areas 1 to 3 titled "Content area <i>k</i>", {@link PlanStatus#ACTIVE}</td></tr>
 *   <tr><td>{@link #activity()}</td><td>in a new default plan, content area 1, {@link
 *       ActivityType#WORKSHOP}, "Activity <i>n</i>", planned 2019, {@link
 *       ActivityStatus#PROPOSED}</td></tr>
 * </table>
 *
 * <p>Numbers <i>n</i> count per kind from 1 within one {@code TestData}, so names and codes do not
 * clash. Thread-safe; a builder is not.
 */
public final class TestData {

  private final UseCases coplan;
  private final AtomicInteger organisations = new AtomicInteger();
  private final AtomicInteger people = new AtomicInteger();
  private final AtomicInteger plans = new AtomicInteger();
  private final AtomicInteger activities = new AtomicInteger();

  private TestData(UseCases coplan) {
    this.coplan = coplan;
  }

  /**
   * Test data stored through use cases, as their actor.
   *
   * @param coplan the use cases, for example {@code coplan.actingAs(Actor.APPLICATION)}
   * @return the test data
   * @throws InvalidInputException on the path {@code coplan} if it is missing
   */
  public static TestData of(@Nullable UseCases coplan) {
    return new TestData(Checks.required("coplan", coplan));
  }

  /**
   * A builder of an organisation.
   *
   * @return the builder, with the defaults
   */
  public OrganisationBuilder organisation() {
    return new OrganisationBuilder(organisations.incrementAndGet());
  }

  /**
   * A builder of a person with an affiliation.
   *
   * @return the builder, with the defaults
   */
  public PersonBuilder person() {
    return new PersonBuilder(people.incrementAndGet());
  }

  /**
   * A builder of a plan, active with two parties and three content areas unless told otherwise.
   *
   * @return the builder, with the defaults
   */
  public PlanBuilder plan() {
    return new PlanBuilder(plans.incrementAndGet());
  }

  /**
   * A builder of an activity in a new default plan.
   *
   * @return the builder, with the defaults
   */
  public ActivityBuilder activity() {
    return new ActivityBuilder(activities.incrementAndGet(), null);
  }

  /**
   * A builder of an activity in a plan.
   *
   * @param plan the plan, which must have the activity's content area (1 unless told otherwise)
   * @return the builder, with the defaults
   * @throws InvalidInputException on the path {@code plan} if it is missing
   */
  public ActivityBuilder activity(@Nullable CooperationPlan plan) {
    return new ActivityBuilder(activities.incrementAndGet(), Checks.required("plan", plan).id());
  }

  /** Builds an organisation; see {@link TestData} for the defaults. Not thread-safe. */
  public final class OrganisationBuilder {
    private String name;
    private @Nullable String acronym;
    private OrganisationType type = OrganisationType.OTHER;
    private CountryCode country = CountryCode.VN;

    private OrganisationBuilder(int n) {
      this.name = "Organisation " + n;
    }

    /**
     * The name, in English.
     *
     * @param name the name
     * @return this builder
     */
    public OrganisationBuilder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The acronym.
     *
     * @param acronym the acronym, or null for none
     * @return this builder
     */
    public OrganisationBuilder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    /**
     * The type.
     *
     * @param type the type
     * @return this builder
     */
    public OrganisationBuilder type(OrganisationType type) {
      this.type = type;
      return this;
    }

    /**
     * The country.
     *
     * @param country the country
     * @return this builder
     */
    public OrganisationBuilder country(CountryCode country) {
      this.country = country;
      return this;
    }

    /**
     * Registers the organisation.
     *
     * @return the organisation as stored
     * @throws InvalidInputException if a part set on this builder is refused
     */
    public Organisation create() {
      return coplan.organisations().register(new RegisterOrganisation(profile()));
    }

    private Organisation createIn(UseCases tx) {
      return tx.organisations().register(new RegisterOrganisation(profile()));
    }

    private OrganisationProfile profile() {
      return OrganisationProfile.builder()
          .name(LocalizedText.of("en", name, "name"))
          .acronym(acronym)
          .type(type)
          .country(country)
          .build();
    }
  }

  /**
   * Builds a person with one affiliation; see {@link TestData} for the defaults. Not thread-safe.
   */
  public final class PersonBuilder {
    private String name;
    private CountryCode country = CountryCode.VN;
    private @Nullable OrganisationId organisation;
    private String position = "Staff";

    private PersonBuilder(int n) {
      this.name = "Person " + n;
    }

    /**
     * The name.
     *
     * @param name the name
     * @return this builder
     */
    public PersonBuilder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The country.
     *
     * @param country the country
     * @return this builder
     */
    public PersonBuilder country(CountryCode country) {
      this.country = country;
      return this;
    }

    /**
     * Where the person works, in which position, since a day not known.
     *
     * @param organisation the organisation
     * @param position the position, for example "Deputy Director"
     * @return this builder
     * @throws InvalidInputException on the path {@code organisation} if it is missing
     */
    public PersonBuilder affiliatedWith(@Nullable Organisation organisation, String position) {
      this.organisation = Checks.required("organisation", organisation).id();
      this.position = position;
      return this;
    }

    /**
     * Registers the person, and the default organisation first when none was given.
     *
     * @return the person as stored
     * @throws InvalidInputException if a part set on this builder is refused
     */
    public Person create() {
      PersonProfile profile = PersonProfile.of(name, country);
      return coplan.inTransaction(
          tx -> {
            OrganisationId where =
                organisation != null ? organisation : organisation().createIn(tx).id();
            return tx.people()
                .register(
                    new RegisterPerson(
                        profile, List.of(new Affiliation(where, position, null, null))));
          });
    }
  }

  /** Builds a plan; see {@link TestData} for the defaults. Not thread-safe. */
  public final class PlanBuilder {
    private String code;
    private String title;
    private DateSpan period = DateSpan.parse("2018/2021");
    private @Nullable List<Organisation> parties;
    private int contentAreas = 3;
    private PlanStatus status = PlanStatus.ACTIVE;

    private PlanBuilder(int n) {
      this.code = "PLAN-" + n;
      this.title = "Plan " + n;
    }

    /**
     * The code.
     *
     * @param code the code, for example {@code "HCMC-IIA-2018"}
     * @return this builder
     */
    public PlanBuilder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * The title, in English.
     *
     * @param title the title
     * @return this builder
     */
    public PlanBuilder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * The period.
     *
     * @param period the period in its text form, for example {@code "2018/2021"}
     * @return this builder
     * @throws InvalidInputException on the path {@code period} if it is not a span
     */
    public PlanBuilder period(String period) {
      this.period = DateSpan.parse(period, "period");
      return this;
    }

    /**
     * The parties instead of two new organisations: the first accountable and implementing, the
     * others implementing.
     *
     * @param parties the organisations, none for a plan without parties (which stays a draft)
     * @return this builder
     */
    public PlanBuilder parties(Organisation... parties) {
      this.parties = List.of(parties);
      return this;
    }

    /**
     * How many content areas, numbered from 1.
     *
     * @param count 0 to 999
     * @return this builder
     * @throws InvalidInputException on the path {@code contentAreas} if out of range
     */
    public PlanBuilder contentAreas(int count) {
      if (count < 0 || count > ContentArea.MAX_NUMBER) {
        throw InvalidInputException.of(
            "contentAreas",
            Violation.OUT_OF_RANGE,
            "0 to " + ContentArea.MAX_NUMBER + " content areas");
      }
      this.contentAreas = count;
      return this;
    }

    /**
     * The status, reached through the transitions a plan may take (a suspended or cancelled plan
     * with the reason "test data").
     *
     * @param status the status
     * @return this builder
     */
    public PlanBuilder status(PlanStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Drafts the plan, registers the default parties when none were given, adds the parties and
     * content areas and takes the plan to its status, all in one transaction.
     *
     * @return the plan as stored
     * @throws InvalidInputException if a part set on this builder is refused
     * @throws io.github.coplan.domain.error.RuleViolationException if the status cannot be reached,
     *     for example an active plan without two parties
     */
    public CooperationPlan create() {
      DraftPlan draft = draft();
      return coplan.inTransaction(tx -> createIn(tx, draft));
    }

    private DraftPlan draft() {
      return new DraftPlan(PlanCode.of(code), LocalizedText.of("en", title, "title"))
          .withPeriod(period);
    }

    private CooperationPlan createIn(UseCases tx, DraftPlan draft) {
      List<OrganisationId> partyIds = new ArrayList<>();
      List<Organisation> given = parties;
      if (given == null) {
        partyIds.add(organisation().createIn(tx).id());
        partyIds.add(organisation().createIn(tx).id());
      } else {
        given.forEach(o -> partyIds.add(o.id()));
      }
      PlanId id = tx.plans().draft(draft).id();
      for (int i = 0; i < partyIds.size(); i++) {
        Party party =
            i == 0
                ? Party.of(partyIds.get(i), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)
                : Party.of(partyIds.get(i), PartyRole.IMPLEMENTING);
        tx.plans().addParty(new AddParty(id, party));
      }
      for (int k = 1; k <= contentAreas; k++) {
        tx.plans()
            .addContentArea(
                new AddContentArea(
                    id, new ContentArea(k, LocalizedText.of("en", "Content area " + k))));
      }
      return toStatus(tx, id);
    }

    private CooperationPlan toStatus(UseCases tx, PlanId id) {
      CooperationPlan plan = tx.plans().get(id);
      switch (status) {
        case DRAFT -> {
          return plan;
        }
        case ACTIVE -> {
          return tx.plans().changeStatus(ChangePlanStatus.activate(id));
        }
        case SUSPENDED -> {
          tx.plans().changeStatus(ChangePlanStatus.activate(id));
          return tx.plans().changeStatus(ChangePlanStatus.suspend(id, "test data"));
        }
        case COMPLETED -> {
          tx.plans().changeStatus(ChangePlanStatus.activate(id));
          return tx.plans().changeStatus(ChangePlanStatus.complete(id));
        }
        case CANCELLED -> {
          return tx.plans().changeStatus(ChangePlanStatus.cancel(id, "test data"));
        }
      }
      throw new AssertionError(status);
    }
  }

  /** Builds an activity; see {@link TestData} for the defaults. Not thread-safe. */
  public final class ActivityBuilder {
    private final @Nullable PlanId plan;
    private int contentArea = 1;
    private ActivityType type = ActivityType.WORKSHOP;
    private String title;
    private DateSpan planned = DateSpan.parse("2019");
    private ActivityStatus status = ActivityStatus.PROPOSED;

    private ActivityBuilder(int n, @Nullable PlanId plan) {
      this.plan = plan;
      this.title = "Activity " + n;
    }

    /**
     * The content area.
     *
     * @param number the area's number in the plan
     * @return this builder
     */
    public ActivityBuilder contentArea(int number) {
      this.contentArea = number;
      return this;
    }

    /**
     * The type.
     *
     * @param type the type
     * @return this builder
     */
    public ActivityBuilder type(ActivityType type) {
      this.type = type;
      return this;
    }

    /**
     * The title, in English.
     *
     * @param title the title
     * @return this builder
     */
    public ActivityBuilder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * When it is planned.
     *
     * @param planned the span in its text form, for example {@code "2018-Q4"} or {@code
     *     "2018-11/.."}
     * @return this builder
     * @throws InvalidInputException on the path {@code planned} if it is not a span
     */
    public ActivityBuilder planned(String planned) {
      this.planned = DateSpan.parse(planned, "planned");
      return this;
    }

    /**
     * The status, reached through the transitions an activity may take: it starts on its planned
     * start and completes on its planned end (its start, when the span is open); a postponed or
     * cancelled activity has the reason "test data".
     *
     * @param status the status
     * @return this builder
     */
    public ActivityBuilder status(ActivityStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Proposes the activity, in a new default plan when none was given, and takes it to its status,
     * all in one transaction.
     *
     * @return the activity as stored
     * @throws InvalidInputException if a part set on this builder is refused
     * @throws io.github.coplan.domain.error.RuleViolationException if the plan does not allow it,
     *     for example when it has no such content area
     */
    public Activity create() {
      ActivityDetails details =
          ActivityDetails.builder()
              .contentArea(contentArea)
              .type(type)
              .title(LocalizedText.of("en", title, "title"))
              .planned(planned)
              .build();
      Function<UseCases, PlanId> where;
      PlanId given = plan;
      if (given != null) {
        where = tx -> given;
      } else {
        PlanBuilder newPlan =
            plan().contentAreas(Math.max(3, Math.min(contentArea, ContentArea.MAX_NUMBER)));
        DraftPlan draft = newPlan.draft();
        where = tx -> newPlan.createIn(tx, draft).id();
      }
      return coplan.inTransaction(
          tx -> {
            PlanId in = where.apply(tx);
            ActivityId id = tx.activities().propose(new ProposeActivity(in, details)).id();
            return toStatus(tx, id);
          });
    }

    private Activity toStatus(UseCases tx, ActivityId id) {
      PartialDate start = planned.start();
      PartialDate plannedEnd = planned.end();
      PartialDate end = plannedEnd != null ? plannedEnd : start;
      switch (status) {
        case PROPOSED -> {
          return tx.activities().get(id);
        }
        case PLANNED -> {
          return tx.activities().changeStatus(ChangeActivityStatus.plan(id));
        }
        case SCHEDULED -> {
          tx.activities().changeStatus(ChangeActivityStatus.plan(id));
          return tx.activities().changeStatus(ChangeActivityStatus.schedule(id));
        }
        case IN_PROGRESS -> {
          tx.activities().changeStatus(ChangeActivityStatus.plan(id));
          tx.activities().changeStatus(ChangeActivityStatus.schedule(id));
          return tx.activities().changeStatus(ChangeActivityStatus.start(id, start));
        }
        case COMPLETED -> {
          tx.activities().changeStatus(ChangeActivityStatus.plan(id));
          tx.activities().changeStatus(ChangeActivityStatus.schedule(id));
          return tx.activities().changeStatus(ChangeActivityStatus.complete(id, start, end));
        }
        case POSTPONED -> {
          tx.activities().changeStatus(ChangeActivityStatus.plan(id));
          return tx.activities().changeStatus(ChangeActivityStatus.postpone(id, "test data"));
        }
        case CANCELLED -> {
          return tx.activities().changeStatus(ChangeActivityStatus.cancel(id, "test data"));
        }
      }
      throw new AssertionError(status);
    }
  }
}
