package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.Repositories;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit of work that fails leaves the store exactly as it was before the unit: every aggregate it
 * updated reads back at its previous version with its previous content (parts and indexes
 * included), and every aggregate it inserted is gone, its id and unique keys free again. Undoing an
 * update is not deleting the row, and undoing two writes of one aggregate goes back to the first
 * state, not the middle one.
 */
public abstract class FailedUnitContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;
  private Person dung;
  private CooperationPlan plan;
  private Activity week;

  /** For subclasses. */
  protected FailedUnitContract() {}

  /** Stores one aggregate of each kind with every part, each updated once (version 2). */
  @BeforeEach
  protected void storeFullAggregates() {
    Organisation d = insert(newOrganisation(dostHcmcProfile()));
    dost =
        write(
            r ->
                r.organisations()
                    .update(
                        d.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                d.profile(), "SKHCN"))));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Person p =
        insert(
            newPerson(
                new PersonProfile(
                    "Nguyễn Việt Dũng",
                    CountryCode.VN,
                    Set.of("khởi nghiệp", "chính sách"),
                    "dung@example.org",
                    true),
                new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2016, 6, 1), null)));
    dung =
        write(
            r ->
                r.people()
                    .update(
                        p.addAffiliation(
                            new Affiliation(
                                iia.id(), "Khách mời", null, LocalDate.of(2019, 12, 31)))));
    CooperationPlan pl = insert(newPlan("HCMC-IIA-2018"));
    plan =
        write(
            r ->
                r.plans()
                    .update(
                        pl.addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.SIGNATORY))
                            .addParty(Party.of(iia.id(), PartyRole.FUNDING))
                            .addContentArea(new ContentArea(1, contentAreaTitle(1)))
                            .addContentArea(new ContentArea(4, contentAreaTitle(4)))
                            .addDocument(
                                new PlanDocument(
                                    DocumentType.MEMORANDUM_OF_UNDERSTANDING,
                                    en("Memorandum"),
                                    URI.create("urn:coplan:mou:1"),
                                    LocalDate.of(2018, 8, 15)))
                            .activate()));
    Activity a =
        insert(
            newActivity(
                plan.id(),
                details(
                    4,
                    ActivityType.STARTUP_EXCHANGE,
                    viEn("Trao đổi các startup", "Exchange"),
                    "2018-Q4"),
                ActivityStatus.PLANNED,
                null,
                null,
                null,
                List.of(
                    new Participation(
                        Participant.of(dost.id()),
                        ParticipationRole.ORGANISER,
                        ParticipationStatus.CONFIRMED,
                        null))));
    week =
        write(
            r ->
                r.activities()
                    .update(
                        a.addParticipation(
                            new Participation(
                                Participant.of(dung.id()),
                                ParticipationRole.DELEGATE,
                                ParticipationStatus.INVITED,
                                null))));
  }

  /**
   * A unit that updates an existing organisation, person, plan and activity and then throws leaves
   * each as it was.
   */
  @Test
  protected void failedUnitLeavesEveryUpdatedAggregateAtItsPreviousVersion() {
    Map<String, Object> before = snapshot();
    RuntimeException failure = new IllegalStateException("the work fails after its updates");

    Throwable e =
        thrown(
            IllegalStateException.class,
            () ->
                write(
                    r -> {
                      r.organisations().update(changedOrganisation(dost));
                      r.people().update(changedPerson(dung));
                      r.plans().update(changedPlan(plan));
                      r.activities().update(changedActivity(week));
                      throw failure;
                    }));

    assertThat(e).isSameAs(failure);
    assertEverythingAsBefore(before);
  }

  /**
   * Each kind on its own: a unit that updated only that aggregate and then threw leaves it as it
   * was.
   */
  @Test
  protected void failedUnitLeavesEachKindAtItsPreviousVersion() {
    List<Consumer<Repositories>> updates =
        List.of(
            r -> r.organisations().update(changedOrganisation(dost)),
            r -> r.people().update(changedPerson(dung)),
            r -> r.plans().update(changedPlan(plan)),
            r -> r.activities().update(changedActivity(week)));
    for (Consumer<Repositories> update : updates) {
      Map<String, Object> before = snapshot();
      RuleViolationException failure =
          new RuleViolationException(RuleCode.PLAN_FROZEN, "refused after writing");

      Throwable e =
          thrown(
              RuleViolationException.class,
              () ->
                  write(
                      r -> {
                        update.accept(r);
                        throw failure;
                      }));

      assertThat(e).isSameAs(failure);
      assertEverythingAsBefore(before);
    }
  }

  /**
   * Two updates of one aggregate in a failed unit go back to the state before the first, not the
   * one between.
   */
  @Test
  protected void failedUnitWithTwoUpdatesOfOneAggregateGoesBackToTheFirstState() {
    Map<String, Object> before = snapshot();
    RuntimeException failure = new UnsupportedOperationException("fails after two updates each");

    thrown(
        UnsupportedOperationException.class,
        () ->
            write(
                r -> {
                  Organisation o3 = r.organisations().update(changedOrganisation(dost));
                  r.organisations()
                      .update(
                          o3.update(
                              OrganisationRepositoryContract.profileWithAcronym(
                                  o3.profile(), "AGAIN")));
                  Person p3 = r.people().update(changedPerson(dung));
                  r.people().update(p3.update(PersonProfile.of("Dũng", CountryCode.IL)));
                  CooperationPlan pl3 = r.plans().update(changedPlan(plan));
                  r.plans().update(pl3.suspend("Tạm dừng"));
                  Activity a3 = r.activities().update(changedActivity(week));
                  r.activities().update(a3.postpone("Hoãn"));
                  throw failure;
                }));

    assertEverythingAsBefore(before);
  }

  /**
   * A failed unit that inserted an aggregate of each kind and then updated them leaves none of
   * them, and their keys free.
   */
  @Test
  protected void failedUnitThatInsertedLeavesNothing() {
    Map<String, Object> before = snapshot();
    Organisation organisation =
        newOrganisation(
            OrganisationProfile.builder()
                .name(en("Tel Aviv University"))
                .type(OrganisationType.ACADEMIC)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("IL-CORP", "TAU"))
                .build());
    Person person = newPerson("Doron Lebovich", CountryCode.IL);
    CooperationPlan fresh = newPlan("FRESH-2019");
    Activity activity =
        newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Workshop"), "2019"));
    Activity bulk =
        newActivity(plan.id(), details(1, ActivityType.TRAINING_COURSE, en("Training"), "2019"));

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  Organisation o = r.organisations().insert(organisation);
                  r.organisations()
                      .update(
                          o.update(
                              OrganisationRepositoryContract.profileWithAcronym(
                                  o.profile(), "TAU")));
                  Person p = r.people().insert(person);
                  r.people().update(p.update(PersonProfile.of("Doron L.", CountryCode.IL)));
                  CooperationPlan pl = r.plans().insert(fresh);
                  r.plans().update(pl.addContentArea(new ContentArea(1, en("One"))));
                  Activity a = r.activities().insert(activity);
                  r.activities()
                      .update(a.revise(a.details().toBuilder().title(en("Renamed")).build()));
                  r.activities().insertAll(List.of(bulk));
                  throw new IllegalStateException("fails after inserting");
                }));

    assertEverythingAsBefore(before);
    assertThat(findOrganisation(organisation.id())).isEmpty();
    assertThat(findPerson(person.id())).isEmpty();
    assertThat(findPlan(fresh.id())).isEmpty();
    assertThat(findActivity(activity.id())).isEmpty();
    assertThat(findActivity(bulk.id())).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("IL-CORP", "TAU"))).isEmpty();
    assertThat(findPlanByCode("FRESH-2019")).isEmpty();
    // The ids and keys are free: the same aggregates can be stored afterwards.
    assertThat(insert(organisation)).isEqualTo(Aggregates.withVersion(organisation, 1));
    assertThat(insert(person)).isEqualTo(Aggregates.withVersion(person, 1));
    assertThat(insert(fresh)).isEqualTo(Aggregates.withVersion(fresh, 1));
    assertThat(insert(activity)).isEqualTo(Aggregates.withVersion(activity, 1));
    List<Activity> inserted = write(r -> r.activities().insertAll(List.of(bulk)));
    assertThat(inserted).containsExactly(Aggregates.withVersion(bulk, 1));
  }

  /** A unit failed by the store itself (a stale version) after updates leaves them undone too. */
  @Test
  protected void unitFailedByAConflictLeavesEarlierUpdatesUndone() {
    Map<String, Object> before = snapshot();

    ConflictException e =
        thrown(
            ConflictException.class,
            () ->
                write(
                    r -> {
                      r.people().update(changedPerson(dung));
                      r.plans().update(changedPlan(plan));
                      return r.activities()
                          .update(Aggregates.withVersion(changedActivity(week), 1));
                    }));

    assertThat(e.kind()).isEqualTo("activity");
    assertEverythingAsBefore(before);
  }

  /**
   * The unit after a failed one starts from the previous state: its updates need the previous
   * versions and succeed with them.
   */
  @Test
  protected void unitAfterAFailedOneWritesOnThePreviousVersions() {
    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.plans().update(changedPlan(plan));
                  throw new IllegalStateException("fails");
                }));

    CooperationPlan v3 =
        write(r -> r.plans().update(plan.addContentArea(new ContentArea(7, contentAreaTitle(7)))));

    assertThat(v3.version()).isEqualTo(3);
    assertThat(stored(plan.id())).isEqualTo(v3);
    assertThat(stored(plan.id()).contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, 4, 7);
  }

  /**
   * An update that gives an activity another plan moves it between the plans' searches and progress
   * counts; a failed unit that did so leaves it in its first plan only.
   */
  @Test
  protected void activityMovedToAnotherPlanIsCountedInOnePlanOnly() {
    CooperationPlan second =
        insert(newPlan("SECOND-PLAN").addContentArea(new ContentArea(4, contentAreaTitle(4))));
    Activity moved =
        Activity.ForAdapters.restore(
            week.id(),
            second.id(),
            week.details(),
            null,
            week.status(),
            null,
            null,
            null,
            week.participations(),
            week.version());
    Map<String, Object> before = snapshot();

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.activities().update(moved);
                  throw new IllegalStateException("fails after moving");
                }));

    assertEverythingAsBefore(before);
    assertThat(countedIn(plan)).isEqualTo(1);
    assertThat(countedIn(second)).isZero();

    Activity v3 = write(r -> r.activities().update(moved));

    assertThat(countedIn(plan)).isZero();
    assertThat(countedIn(second)).isEqualTo(1);
    assertThat(
            read(r -> r.activities().search(ActivityQuery.builder().plan(second.id()).build()))
                .items())
        .containsExactly(v3);
    assertThat(
            read(r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build()))
                .items())
        .isEmpty();
  }

  private long countedIn(CooperationPlan p) {
    PlanProgress progress =
        read(
            r ->
                r.activities()
                    .progress(
                        new ProgressQuery(
                            p.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1))));
    return progress.contentAreas().stream().mapToLong(ContentAreaProgress::total).sum();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void assertEverythingAsBefore(Map<String, Object> before) {
    assertThat(snapshot()).as("the store after the failed unit").isEqualTo(before);
    assertThat(stored(dost.id())).isEqualTo(dost);
    assertThat(stored(dung.id())).isEqualTo(dung);
    assertThat(stored(plan.id())).isEqualTo(plan);
    assertThat(stored(week.id())).isEqualTo(week);
    assertThat(
            List.of(
                stored(dost.id()).version(),
                stored(dung.id()).version(),
                stored(plan.id()).version(),
                stored(week.id()).version()))
        .containsOnly(2L);
    for (ExternalIdentifier identifier : dost.profile().identifiers()) {
      assertThat(findByIdentifier(identifier)).contains(dost);
    }
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(plan);
    assertThat(
            read(r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build()))
                .items())
        .containsExactly(week);
  }

  private static Organisation changedOrganisation(Organisation o) {
    // Drops the identifiers, so that an undo must put the index entries back too.
    return o.update(
        OrganisationProfile.builder()
            .name(en("Renamed"))
            .type(OrganisationType.OTHER)
            .country(CountryCode.IL)
            .build());
  }

  private Person changedPerson(Person p) {
    return p.update(new PersonProfile("Dũng", CountryCode.IL, Set.of(), null, false))
        .addAffiliation(new Affiliation(iia.id(), "Cố vấn", LocalDate.of(2020, 1, 1), null));
  }

  private CooperationPlan changedPlan(CooperationPlan p) {
    return p.describe(en("Renamed"), null, DateSpan.parse("2019/2020"))
        .addContentArea(new ContentArea(2, contentAreaTitle(2)))
        .addDocument(
            new PlanDocument(
                DocumentType.OTHER,
                en("Minutes"),
                URI.create("https://example.org/minutes"),
                null));
  }

  private Activity changedActivity(Activity a) {
    ActivityDetails revised = a.details().toBuilder().contentArea(1).title(en("Renamed")).build();
    return a.revise(revised)
        .addParticipation(
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED,
                null));
  }
}
