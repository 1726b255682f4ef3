package io.github.coplan.application.internal;

import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.readyPlan;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The recorder turns every insert and update of one command into a change record, whether or not
 * the command read the aggregate first, and passes every read through unchanged.
 */
class RecorderTest {

  private static final UUID COMMAND = UUID.fromString("01890000-0000-7000-8000-00000000c0de");
  private static final Instant AT = Instant.parse("2019-01-01T00:00:00Z");
  private static final Actor ACTOR = Actor.system("recorder-test");
  private static final PeriodId Y2018 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000601"));
  private static final ResultId RESULT =
      new ResultId(UUID.fromString("01890000-0000-7000-8000-000000000401"));
  private static final IndicatorId INDICATOR =
      new IndicatorId(UUID.fromString("01890000-0000-7000-8000-000000000501"));
  private static final ObservationId OBSERVATION =
      new ObservationId(UUID.fromString("01890000-0000-7000-8000-000000000701"));

  private final FakeStorage storage = new FakeStorage();

  private static Organisation dost() {
    return Organisation.register(
        DOST,
        OrganisationProfile.builder()
            .name(vi("Sở KH&CN TP.HCM"))
            .type(OrganisationType.LOCAL_GOVERNMENT)
            .country(CountryCode.VN)
            .identifier(ExternalIdentifier.of("vn-mst", "0301"))
            .build());
  }

  private List<ChangeRecord> history(AggregateRef ref) {
    return storage.readOnly(r -> r.history().ofAggregate(ref, Long.MAX_VALUE, 100));
  }

  @Test
  void everyWriteOfACommandIsRecordedWithItsNameReasonAndChanges() {
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          Organisation stored = rec.organisations().insert(dost());
          assertThat(rec.organisations().findByIdentifier(ExternalIdentifier.of("vn-mst", "0301")))
              .contains(stored);
          assertThat(rec.organisations().search(OrganisationQuery.builder().build()).items())
              .containsExactly(stored);
          rec.plans().insert(readyPlan());
          rec.flush("Setup", "because");
          return null;
        });

    ChangeRecord organisation = history(AggregateRef.of(DOST)).get(0);
    assertThat(organisation.command()).isEqualTo(COMMAND);
    assertThat(organisation.actor()).isEqualTo(ACTOR);
    assertThat(organisation.at()).isEqualTo(AT);
    assertThat(organisation.commandName()).isEqualTo("Setup");
    assertThat(organisation.reason()).isEqualTo("because");
    assertThat(organisation.plan()).isNull();
    assertThat(organisation.version()).isEqualTo(1);
    assertThat(organisation.change("type"))
        .isEqualTo(new FieldChange("type", null, "LOCAL_GOVERNMENT"));
    ChangeRecord plan = history(AggregateRef.of(PLAN)).get(0);
    assertThat(plan.plan()).isEqualTo(PLAN);
    assertThat(plan.sequence()).isEqualTo(organisation.sequence() + 1);
  }

  @Test
  void anUpdateWithoutAReadDiffsAgainstWhatIsStored() {
    storage.inTransaction(
        r -> {
          r.organisations().insert(dost());
          r.plans().insert(readyPlan());
          r.people()
              .insert(
                  Person.register(person(), PersonProfile.of("Trần A", CountryCode.VN), List.of()));
          r.activities()
              .insert(Activity.propose(activityId(1), PLAN, details(1, "2018", "A"), null));
          return null;
        });

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          Organisation o = r.organisations().findById(DOST).orElseThrow();
          rec.organisations()
              .update(
                  o.update(
                      OrganisationProfile.builder()
                          .name(vi("Sở KH&CN TP.HCM"))
                          .type(OrganisationType.GOVERNMENT)
                          .country(CountryCode.VN)
                          .identifier(ExternalIdentifier.of("vn-mst", "0301"))
                          .build()));
          CooperationPlan p = r.plans().findById(PLAN).orElseThrow();
          rec.plans().update(p.describe(vi("Kế hoạch mới"), null, p.period()));
          Person x = r.people().findById(person()).orElseThrow();
          rec.people().update(x.update(PersonProfile.of("Trần B", CountryCode.VN)));
          Activity a = r.activities().findById(activityId(1)).orElseThrow();
          rec.activities().update(a.revise(details(1, "2019", "A")));
          rec.flush("Edit", null);
          return null;
        });

    assertThat(history(AggregateRef.of(DOST)).get(0).changes())
        .containsExactly(new FieldChange("type", "LOCAL_GOVERNMENT", "GOVERNMENT"));
    assertThat(history(AggregateRef.of(PLAN)).get(0).changes())
        .extracting(FieldChange::field)
        .containsExactly("title");
    assertThat(history(AggregateRef.of(person())).get(0).changes())
        .containsExactly(new FieldChange("name", "Trần A", "Trần B"));
    assertThat(history(AggregateRef.of(activityId(1))).get(0).changes())
        .containsExactly(new FieldChange("planned", "2018", "2019"));
  }

  @Test
  void readsPassThroughAndAnInsertOfManyRecordsEach() {
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.organisations().insert(dost());
          CooperationPlan plan = rec.plans().insert(readyPlan());
          assertThat(rec.plans().findByCode(plan.code())).contains(plan);
          assertThat(rec.plans().search(PlanQuery.builder().build()).items()).containsExactly(plan);
          Person person =
              rec.people()
                  .insert(
                      Person.register(
                          person(), PersonProfile.of("Trần A", CountryCode.VN), List.of()));
          assertThat(rec.people().findById(person.id())).contains(person);
          assertThat(rec.people().search(PersonQuery.builder().build()).items())
              .containsExactly(person);
          List<Activity> two =
              rec.activities()
                  .insertAll(
                      List.of(
                          Activity.propose(activityId(1), PLAN, details(1, "2018", "A"), null),
                          Activity.propose(activityId(2), PLAN, details(1, "2019", "B"), null)));
          assertThat(rec.activities().findById(activityId(2))).contains(two.get(1));
          assertThat(rec.activities().search(ActivityQuery.builder().plan(PLAN).build()).items())
              .hasSize(2);
          assertThat(
                  rec.activities()
                      .progress(
                          new ProgressQuery(
                              PLAN, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                      .plan())
              .isEqualTo(PLAN);
          assertThat(rec.history().ofPlan(PLAN, 0, 10))
              .as("nothing appended before the flush")
              .isEmpty();
          rec.flush("Import", null);
          return null;
        });

    assertThat(history(AggregateRef.of(activityId(1)))).hasSize(1);
    assertThat(history(AggregateRef.of(activityId(2)))).hasSize(1);
    assertThat(history(AggregateRef.of(person()))).hasSize(1);
  }

  @Test
  void aCommandThatWroteNothingAppendsNothing() {
    storage.inTransaction(
        r -> {
          r.organisations().insert(dost());
          return null;
        });
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.organisations().findById(DOST);
          rec.flush("Nothing", null);
          return null;
        });

    assertThat(history(AggregateRef.of(DOST))).isEmpty();
  }

  @Test
  void theAccessOfAPlanIsRecordedOnInsertAndOnUpdateWithOrWithoutARead() {
    Grant staff = Grant.of(Principal.staffOf(DOST), PlanRole.VIEWER);
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.plans().insert(readyPlan());
          PlanAccess stored = rec.access().insert(PlanAccess.of(PLAN, List.of(staff)));
          assertThat(stored.version()).isEqualTo(1);
          assertThat(rec.access().findByPlan(OTHER_PLAN)).isEmpty();
          rec.flush("DraftPlan", null);
          return null;
        });
    // read first: the update is diffed against what was read
    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT.plusSeconds(1), Map.of());
          PlanAccess read = rec.access().findByPlan(PLAN).orElseThrow();
          assertThat(read.version()).isEqualTo(1);
          assertThat(rec.access().update(read.withVisibility(Visibility.OPEN)).version())
              .isEqualTo(2);
          rec.flush("ChangeVisibility", "open it");
          return null;
        });
    // no read through the recorder: the update is diffed against what is stored
    storage.inTransaction(
        r -> {
          PlanAccess current = r.access().findByPlan(PLAN).orElseThrow();
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT.plusSeconds(2), Map.of());
          assertThat(
                  rec.access().update(current.revoke(staff.principal(), PlanRole.VIEWER)).version())
              .isEqualTo(3);
          rec.flush("RevokeRole", null);
          return null;
        });

    List<ChangeRecord> records = history(AggregateRef.accessOf(PLAN));
    assertThat(records).extracting(ChangeRecord::version).containsExactly(3L, 2L, 1L);
    assertThat(records)
        .extracting(ChangeRecord::commandName)
        .containsExactly("RevokeRole", "ChangeVisibility", "DraftPlan");
    assertThat(records).extracting(ChangeRecord::plan).containsOnly(PLAN);
    String staffGrant = "[{\"principal\":\"staff:" + DOST + "\",\"role\":\"VIEWER\",\"areas\":[]}]";
    assertThat(records.get(2).changes())
        .containsExactly(
            new FieldChange("grants", null, staffGrant),
            new FieldChange("visibility", null, "RESTRICTED"));
    assertThat(records.get(2).reason()).isNull();
    assertThat(records.get(1).changes())
        .containsExactly(new FieldChange("visibility", "RESTRICTED", "OPEN"));
    assertThat(records.get(1).reason()).isEqualTo("open it");
    assertThat(records.get(1).at()).isEqualTo(AT.plusSeconds(1));
    assertThat(records.get(0).changes())
        .containsExactly(new FieldChange("grants", staffGrant, "[]"));
    assertThat(records.get(0).actor()).isEqualTo(ACTOR);
    assertThat(records.get(0).command()).isEqualTo(COMMAND);
  }

  @Test
  void lookUpsThatFindNothingAndAnUpdateOfWhatIsNotStoredRecordNothing() {
    Throwable thrown =
        catchThrowable(
            () ->
                storage.inTransaction(
                    r -> {
                      Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
                      assertThat(
                              rec.organisations()
                                  .findByIdentifier(ExternalIdentifier.of("vn-mst", "9999")))
                          .isEmpty();
                      assertThat(rec.plans().findByCode(PlanCode.of("NONE-2019"))).isEmpty();
                      return rec.organisations().update(dost());
                    }));

    assertThat(thrown)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(new NotFoundException("organisation", DOST.toString()).getMessage());
    assertThat(history(AggregateRef.of(DOST))).isEmpty();
    assertThat(storage.commits()).isZero();
  }

  @Test
  void theReadsForAViewerPassThroughAndAreNotKeptAsRead() {
    Grant mine = Grant.of(Principal.person(person()), PlanRole.COORDINATOR);
    Grant staff = Grant.of(Principal.staffOf(DOST), PlanRole.VIEWER);
    Grant other =
        Grant.of(
            Principal.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000202"))),
            PlanRole.REPORTER);
    Viewer viewer = new Viewer(person(), LocalDate.of(2019, 1, 1));
    Viewer stranger =
        new Viewer(
            new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000303")),
            LocalDate.of(2019, 1, 1));
    storage.inTransaction(
        r -> {
          r.organisations().insert(dost());
          r.people()
              .insert(
                  Person.register(
                      person(),
                      PersonProfile.of("Trần A", CountryCode.VN),
                      List.of(new Affiliation(DOST, "Chuyên viên", null, null))));
          r.plans().insert(readyPlan());
          r.access().insert(PlanAccess.of(PLAN, List.of(mine, other, staff)));
          r.activities()
              .insert(Activity.propose(activityId(1), PLAN, details(1, "2018", "A"), null));
          return null;
        });

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          assertThat(rec.access().principalsOf(viewer))
              .containsExactly(Principal.person(person()), Principal.staffOf(DOST));
          PlanAccess theirs = rec.access().findFor(PLAN, viewer).orElseThrow();
          assertThat(theirs.grants()).containsExactly(mine, staff);
          assertThat(rec.access().findFor(OTHER_PLAN, viewer)).isEmpty();
          assertThat(rec.activities().findVisible(activityId(1), viewer))
              .isEqualTo(r.activities().findById(activityId(1)))
              .isPresent();
          assertThat(rec.activities().findVisible(activityId(1), stranger)).isEmpty();
          // an update after the viewer's read is diffed against the access as stored, all grants
          rec.access().update(theirs.revoke(staff.principal(), PlanRole.VIEWER));
          rec.flush("RevokeRole", null);
          return null;
        });

    ChangeRecord revoked = history(AggregateRef.accessOf(PLAN)).get(0);
    assertThat(revoked.change("grants").before())
        .isEqualTo(
            "[{\"principal\":\"person:"
                + person()
                + "\",\"role\":\"COORDINATOR\",\"areas\":[]},"
                + "{\"principal\":\"person:01890000-0000-7000-8000-000000000202\","
                + "\"role\":\"REPORTER\",\"areas\":[]},"
                + "{\"principal\":\"staff:"
                + DOST
                + "\",\"role\":\"VIEWER\",\"areas\":[]}]");
  }

  @Test
  void theReadsOfResultsAndTheCountsAndEvidenceOfARulePassThrough() {
    Activity tour =
        Activity.propose(activityId(1), PLAN, details(1, "2018", "A"), null)
            .plan(null)
            .schedule(null)
            .start(PartialDate.parse("2018-11-20"))
            .complete(null, PartialDate.parse("2018-11-27"));
    Period y2018 = Period.of(Y2018, PartialDate.ofYear(2018), PartialDate.ofYear(2018));
    Rule any = Rule.CompletedActivities.ofTypes();
    Indicator trips =
        Indicator.of(INDICATOR, LocalizedText.of("en", "Trips"), Measure.UNIT).withPeriod(y2018);
    Observation three =
        Observation.draft(
            OBSERVATION,
            trips,
            Y2018,
            Value.quantity(3),
            LocalDate.of(2018, 6, 1),
            ACTOR,
            Map.of(),
            AT);
    storage.inTransaction(
        r -> {
          r.plans().insert(readyPlan());
          r.activities().insert(tour);
          r.results()
              .insertResult(
                  Result.of(RESULT, PLAN, 1, ResultType.OUTPUT, LocalizedText.of("en", "Trips"))
                      .withIndicator(trips));
          r.results().insertObservation(three);
          return null;
        });

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          assertThat(rec.results().derive(PLAN, any, List.of(y2018)))
              .containsExactly(Map.entry(Y2018, 1L));
          assertThat(
                  rec.results()
                      .evidence(PLAN, any, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
              .containsExactly(Evidence.activity(activityId(1), LocalDate.of(2018, 11, 20)));
          assertThat(rec.results().resultsOf(PLAN))
              .isEqualTo(r.results().resultsOf(PLAN))
              .extracting(Result::id)
              .containsExactly(RESULT);
          assertThat(rec.results().observationsOf(INDICATOR))
              .isEqualTo(r.results().observationsOf(INDICATOR))
              .extracting(Observation::id)
              .containsExactly(OBSERVATION);
          assertThat(rec.results().observationsOfPlan(PLAN))
              .isEqualTo(r.results().observationsOfPlan(PLAN))
              .extracting(Observation::id)
              .containsExactly(OBSERVATION);
          return null;
        });
  }

  private static PersonId person() {
    return new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000101"));
  }
}
