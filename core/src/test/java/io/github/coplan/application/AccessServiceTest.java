package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.Fixtures;
import io.github.coplan.testing.SequentialIds;
import io.github.coplan.testing.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Granting and revoking roles, changing a plan's visibility and reading its access, by a system
 * actor and by persons in each role; a person acts as themself and as the staff of the
 * organisations whose affiliation holds on the clock's day.
 */
class AccessServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2019, 6, 15);
  private static final Instant NOON = Instant.parse("2019-06-15T12:00:00Z");

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final SettableClock clock = new SettableClock(NOON);
  private final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);
  private Organisation dost;
  private Person director;
  private CooperationPlan plan;

  @BeforeEach
  void draftAPlanAsTheApplication() {
    dost =
        system
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Sở KH&CN TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    director = register("Trần Văn A", List.of());
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-DOST-2019"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")));
  }

  private Person register(String name, List<Affiliation> affiliations) {
    return system
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, CountryCode.VN), affiliations));
  }

  private Services as(PersonId person) {
    return Services.create(storage, clock, ids, Actor.person(person), true);
  }

  private List<ChangeRecord> accessHistory(PlanId id) {
    return storage.readOnly(
        r -> r.history().ofAggregate(AggregateRef.accessOf(id), Long.MAX_VALUE, 100));
  }

  /** What a refusal must leave as it was: the plan's access, its history and the commits. */
  private record State(
      Optional<PlanAccess> access, List<ChangeRecord> history, int commits, int records) {}

  private State state() {
    return storage.readOnly(
        r ->
            new State(
                r.access().findByPlan(plan.id()),
                r.history().ofPlan(plan.id(), 0, 1000),
                storage.commits(),
                r.history()
                    .ofAggregate(AggregateRef.of(director.id()), Long.MAX_VALUE, 100)
                    .size()));
  }

  private void refusedChangingNothing(ThrowingCallable call, Class<?> type, String message) {
    State before = state();
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(type).hasMessage(message);
    assertThat(state()).isEqualTo(before);
  }

  private Grant personal(PersonId person, PlanRole role) {
    return Grant.of(Principal.person(person), role);
  }

  @Test
  void theApplicationGrantsRevokesAndChangesVisibilityEachAVersionWithItsRecord() {
    Grant coordinator =
        new Grant(Principal.person(director.id()), PlanRole.COORDINATOR, Set.of(3, 1));
    Grant staff = Grant.of(Principal.staffOf(dost.id()), PlanRole.VIEWER);

    PlanAccess granted = system.plans().grant(new GrantRole(plan.id(), coordinator).expecting(1));
    PlanAccess both = system.plans().grant(new GrantRole(plan.id(), staff));
    PlanAccess revoked =
        system
            .plans()
            .revoke(
                new RevokeRole(plan.id(), Principal.person(director.id()), PlanRole.COORDINATOR)
                    .expecting(3));
    PlanAccess open =
        system.plans().changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN, 4L));

    assertThat(granted.grants()).containsExactly(coordinator);
    assertThat(granted.version()).isEqualTo(2);
    assertThat(granted.plan()).isEqualTo(plan.id());
    assertThat(both.grants()).containsExactly(coordinator, staff);
    assertThat(both.version()).isEqualTo(3);
    assertThat(revoked.grants()).containsExactly(staff);
    assertThat(revoked.version()).isEqualTo(4);
    assertThat(revoked.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(open.grants()).containsExactly(staff);
    assertThat(open.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(open.version()).isEqualTo(5);
    assertThat(system.plans().access(plan.id())).isEqualTo(open);

    List<ChangeRecord> records = accessHistory(plan.id());
    assertThat(records)
        .extracting(ChangeRecord::version, ChangeRecord::commandName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, "ChangeVisibility"),
            org.assertj.core.groups.Tuple.tuple(4L, "RevokeRole"),
            org.assertj.core.groups.Tuple.tuple(3L, "GrantRole"),
            org.assertj.core.groups.Tuple.tuple(2L, "GrantRole"),
            org.assertj.core.groups.Tuple.tuple(1L, "DraftPlan"));
    assertThat(records.get(0).changes())
        .containsExactly(new FieldChange("visibility", "RESTRICTED", "OPEN"));
    assertThat(records.get(0).plan()).isEqualTo(plan.id());
    assertThat(records.get(0).actor()).isEqualTo(Actor.APPLICATION);
    assertThat(records.get(3).changes()).extracting(FieldChange::field).containsExactly("grants");
  }

  @Test
  void aGrantToSomeoneNotInTheStoreIsNotFoundAndChangesNothing() {
    PersonId nobody = new PersonId(SequentialIds.nth(900));
    OrganisationId noOrganisation = new OrganisationId(SequentialIds.nth(901));

    refusedChangingNothing(
        () -> system.plans().grant(new GrantRole(plan.id(), personal(nobody, PlanRole.VIEWER))),
        NotFoundException.class,
        new NotFoundException("person", nobody.toString()).getMessage());
    refusedChangingNothing(
        () ->
            system
                .plans()
                .grant(
                    new GrantRole(
                        plan.id(), Grant.of(Principal.staffOf(noOrganisation), PlanRole.VIEWER))),
        NotFoundException.class,
        new NotFoundException("organisation", noOrganisation.toString()).getMessage());
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    Grant viewer = personal(director.id(), PlanRole.VIEWER);
    refusedChangingNothing(
        () -> system.plans().grant(new GrantRole(plan.id(), viewer).expecting(2)),
        ConflictException.class,
        new ConflictException("plan access", plan.id().toString(), 2).getMessage());
    system.plans().grant(new GrantRole(plan.id(), viewer).expecting(1));
    ConflictException e =
        (ConflictException)
            catchThrowable(
                () ->
                    system
                        .plans()
                        .revoke(
                            new RevokeRole(
                                    plan.id(), Principal.person(director.id()), PlanRole.VIEWER)
                                .expecting(1)));
    assertThat(e.kind()).isEqualTo("plan access");
    assertThat(e.id()).contains(plan.id().toString());
    assertThat(e.expectedVersion()).hasValue(1);
    refusedChangingNothing(
        () ->
            system
                .plans()
                .changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN).expecting(3)),
        ConflictException.class,
        new ConflictException("plan access", plan.id().toString(), 3).getMessage());
    assertThat(system.plans().access(plan.id()).version()).isEqualTo(2);
  }

  @Test
  void revokingAGrantThatDoesNotExistIsARuleAndChangesNothing() {
    system.plans().grant(new GrantRole(plan.id(), personal(director.id(), PlanRole.VIEWER)));
    State before = state();

    var e =
        rule(
            () ->
                system
                    .plans()
                    .revoke(
                        new RevokeRole(
                            plan.id(), Principal.person(director.id()), PlanRole.REPORTER)),
            RuleCode.ACCESS_NO_SUCH_GRANT);

    assertThat(e.getMessage())
        .isEqualTo(
            "access.no-such-grant: person:"
                + director.id()
                + " holds no REPORTER grant on "
                + plan.id());
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aPlanWithoutStoredAccessIsRestrictedWithoutGrantsUntilItsFirstChange() {
    storage.inTransaction(r -> r.plans().insert(Fixtures.draftPlan()));
    PlanId bare = Fixtures.PLAN;

    PlanAccess none = system.plans().access(bare);
    assertThat(none.plan()).isEqualTo(bare);
    assertThat(none.grants()).isEqualTo(List.of());
    assertThat(none.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(none.version()).isZero();
    // no one but the application sees it, not even a person of the store
    Throwable hidden = catchThrowable(() -> as(director.id()).plans().access(bare));
    assertThat(hidden)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(new NotFoundException("plan", bare.toString()).getMessage());
    // its first change expects version 1, as every other first version, and inserts the access
    Throwable stale =
        catchThrowable(
            () ->
                system
                    .plans()
                    .changeVisibility(new ChangeVisibility(bare, Visibility.OPEN).expecting(2)));
    assertThat(stale)
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessage(new ConflictException("plan access", bare.toString(), 2).getMessage());
    PlanAccess open =
        system.plans().changeVisibility(new ChangeVisibility(bare, Visibility.OPEN).expecting(1));
    assertThat(open.version()).isEqualTo(1);
    assertThat(open.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(accessHistory(bare))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.version()).isEqualTo(1);
              assertThat(r.commandName()).isEqualTo("ChangeVisibility");
              assertThat(r.changes()).contains(new FieldChange("visibility", null, "OPEN"));
            });
    assertThat(as(director.id()).plans().access(bare)).isEqualTo(open);
  }

  @Test
  void theAccessOfAMissingPlanIsNotFound() {
    PlanId missing = Fixtures.OTHER_PLAN;
    String message = new NotFoundException("plan", missing.toString()).getMessage();

    for (ThrowingCallable call :
        List.<ThrowingCallable>of(
            () -> system.plans().access(missing),
            () ->
                system
                    .plans()
                    .grant(new GrantRole(missing, personal(director.id(), PlanRole.VIEWER))),
            () ->
                system
                    .plans()
                    .revoke(
                        new RevokeRole(missing, Principal.person(director.id()), PlanRole.VIEWER)),
            () ->
                system.plans().changeVisibility(new ChangeVisibility(missing, Visibility.OPEN)))) {
      refusedChangingNothing(call, NotFoundException.class, message);
    }
  }

  @Test
  void anAdministratorManagesTheAccess() {
    system.plans().grant(new GrantRole(plan.id(), personal(director.id(), PlanRole.ADMINISTRATOR)));
    Person other = register("Nguyễn B", List.of());
    PlanUseCases admin = as(director.id()).plans();

    PlanAccess granted =
        admin.grant(new GrantRole(plan.id(), personal(other.id(), PlanRole.VIEWER)));
    PlanAccess open = admin.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN));
    PlanAccess revoked =
        admin.revoke(new RevokeRole(plan.id(), Principal.person(other.id()), PlanRole.VIEWER));

    assertThat(granted.grants())
        .containsExactly(
            personal(director.id(), PlanRole.ADMINISTRATOR), personal(other.id(), PlanRole.VIEWER));
    assertThat(open.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(revoked.grants()).containsExactly(personal(director.id(), PlanRole.ADMINISTRATOR));
    assertThat(revoked.version()).isEqualTo(5);
    assertThat(admin.access(plan.id())).isEqualTo(revoked);
    assertThat(accessHistory(plan.id()).get(0).actor()).isEqualTo(Actor.person(director.id()));
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanRole.class,
      names = {"COORDINATOR", "REPORTER", "VIEWER"})
  void everyOtherRoleReadsTheAccessButIsDeniedManagingIt(PlanRole role) {
    Grant grant = personal(director.id(), role);
    system.plans().grant(new GrantRole(plan.id(), grant));
    PlanUseCases person = as(director.id()).plans();
    String denied =
        "person:" + director.id() + " lacks the permission MANAGE_ACCESS on plan " + plan.id();

    assertThat(person.access(plan.id()).grants()).containsExactly(grant);
    refusedChangingNothing(
        () ->
            person.grant(new GrantRole(plan.id(), personal(director.id(), PlanRole.ADMINISTRATOR))),
        AccessDeniedException.class,
        denied);
    refusedChangingNothing(
        () -> person.revoke(new RevokeRole(plan.id(), Principal.person(director.id()), role)),
        AccessDeniedException.class,
        denied);
    refusedChangingNothing(
        () -> person.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN)),
        AccessDeniedException.class,
        denied);
    AccessDeniedException e =
        (AccessDeniedException)
            catchThrowable(
                () -> person.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN)));
    assertThat(e.actor()).isEqualTo("person:" + director.id());
    assertThat(e.permission()).isEqualTo("MANAGE_ACCESS");
    assertThat(e.code()).isEqualTo(AccessDeniedException.CODE);
  }

  @Test
  void anInvisiblePlanLooksExactlyLikeAMissingOne() {
    PlanUseCases stranger = as(director.id()).plans();
    String hidden = new NotFoundException("plan", plan.id().toString()).getMessage();

    for (ThrowingCallable call :
        List.<ThrowingCallable>of(
            () -> stranger.access(plan.id()),
            () -> stranger.get(plan.id()),
            () ->
                stranger.grant(
                    new GrantRole(plan.id(), personal(director.id(), PlanRole.ADMINISTRATOR))),
            () ->
                stranger.revoke(
                    new RevokeRole(plan.id(), Principal.person(director.id()), PlanRole.VIEWER)),
            () -> stranger.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN)))) {
      refusedChangingNothing(call, NotFoundException.class, hidden);
      NotFoundException e = (NotFoundException) catchThrowable(call);
      assertThat(e.kind()).isEqualTo("plan");
      assertThat(e.id()).isEqualTo(plan.id().toString());
    }
    assertThat(stranger.findByCode(plan.code())).isEmpty();
  }

  @Test
  void anOpenPlanIsSeenByEveryoneButManagedOnlyByItsAdministrators() {
    system.plans().changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN));
    PlanId id = plan.id();
    PlanUseCases stranger = as(new PersonId(SequentialIds.nth(950))).plans();

    assertThat(stranger.access(id).visibility()).isEqualTo(Visibility.OPEN);
    assertThat(stranger.get(id).id()).isEqualTo(id);
    refusedChangingNothing(
        () -> stranger.changeVisibility(new ChangeVisibility(id, Visibility.RESTRICTED)),
        AccessDeniedException.class,
        "person:" + SequentialIds.nth(950) + " lacks the permission MANAGE_ACCESS on plan " + id);
  }

  static Stream<Arguments> affiliations() {
    LocalDate yesterday = TODAY.minusDays(1);
    LocalDate tomorrow = TODAY.plusDays(1);
    return Stream.of(
        Arguments.of(null, null, true),
        Arguments.of(TODAY, null, true),
        Arguments.of(null, TODAY, true),
        Arguments.of(TODAY, TODAY, true),
        Arguments.of(yesterday, tomorrow, true),
        Arguments.of(null, yesterday, false),
        Arguments.of(LocalDate.of(2018, 1, 1), yesterday, false),
        Arguments.of(tomorrow, null, false),
        Arguments.of(tomorrow, LocalDate.of(2020, 1, 1), false));
  }

  @ParameterizedTest
  @MethodSource("affiliations")
  void aPersonActsForTheStaffOfAnOrganisationOnlyWhileTheAffiliationHolds(
      @Nullable LocalDate from, @Nullable LocalDate to, boolean holds) {
    Person staff = register("Lê C", List.of(new Affiliation(dost.id(), "Chuyên viên", from, to)));
    system
        .plans()
        .grant(
            new GrantRole(
                plan.id(), Grant.of(Principal.staffOf(dost.id()), PlanRole.ADMINISTRATOR)));
    PlanUseCases person = as(staff.id()).plans();

    if (holds) {
      PlanAccess open = person.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN));
      assertThat(open.visibility()).isEqualTo(Visibility.OPEN);
      assertThat(person.get(plan.id()).id()).isEqualTo(plan.id());
    } else {
      refusedChangingNothing(
          () -> person.changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN)),
          NotFoundException.class,
          new NotFoundException("plan", plan.id().toString()).getMessage());
      assertThat(person.findByCode(plan.code())).isEmpty();
    }
  }

  @Test
  void theDayOfTheClockDecidesWhichAffiliationsHold() {
    Person staff =
        register("Lê C", List.of(new Affiliation(dost.id(), "Chuyên viên", null, TODAY)));
    system
        .plans()
        .grant(new GrantRole(plan.id(), Grant.of(Principal.staffOf(dost.id()), PlanRole.VIEWER)));
    PlanUseCases person = as(staff.id()).plans();

    clock.set(Instant.parse("2019-06-15T23:59:59Z"));
    assertThat(person.access(plan.id()).version()).isEqualTo(2);
    clock.set(Instant.parse("2019-06-16T00:00:00Z"));
    Throwable gone = catchThrowable(() -> person.access(plan.id()));
    assertThat(gone)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(new NotFoundException("plan", plan.id().toString()).getMessage());
  }

  @Test
  void aPersonNotInTheStoreIsOnlyThemself() {
    PersonId outsider = new PersonId(SequentialIds.nth(960));
    system
        .plans()
        .grant(
            new GrantRole(
                plan.id(), Grant.of(Principal.staffOf(dost.id()), PlanRole.ADMINISTRATOR)));
    PlanUseCases person = as(outsider).plans();
    refusedChangingNothing(
        () -> person.access(plan.id()),
        NotFoundException.class,
        new NotFoundException("plan", plan.id().toString()).getMessage());

    PlanAccess open =
        system.plans().changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN));

    assertThat(person.access(plan.id())).isEqualTo(open);
    refusedChangingNothing(
        () -> person.changeVisibility(new ChangeVisibility(plan.id(), Visibility.RESTRICTED)),
        AccessDeniedException.class,
        "person:" + outsider + " lacks the permission MANAGE_ACCESS on plan " + plan.id());
  }

  @Test
  void aSystemActorIsUnlimitedOnARestrictedPlanWithoutGrants() {
    Services other = Services.create(storage, clock, ids, Actor.system("importer"), true);

    assertThat(other.plans().get(plan.id()).id()).isEqualTo(plan.id());
    assertThat(other.plans().findByCode(plan.code())).map(CooperationPlan::id).contains(plan.id());
    assertThat(other.plans().access(plan.id()).grants()).isEmpty();
    assertThat(
            other
                .plans()
                .changeVisibility(new ChangeVisibility(plan.id(), Visibility.OPEN))
                .version())
        .isEqualTo(2);
    assertThat(accessHistory(plan.id()).get(0).actor()).isEqualTo(Actor.system("importer"));
  }

  @Test
  void aCoordinatorIsDeniedEditingActivitiesOutsideTheirContentAreasNamingTheArea() {
    system
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    system.plans().addContentArea(new AddContentArea(plan.id(), new ContentArea(5, vi("Sự kiện"))));
    system
        .plans()
        .grant(
            new GrantRole(
                plan.id(),
                new Grant(Principal.person(director.id()), PlanRole.COORDINATOR, Set.of(1))));
    ActivityUseCases activities = as(director.id()).activities();

    Activity proposed =
        activities.propose(new ProposeActivity(plan.id(), Fixtures.details(1, "2019", "Hội thảo")));
    assertThat(proposed.details().contentArea()).isEqualTo(1);
    refusedChangingNothing(
        () ->
            activities.propose(
                new ProposeActivity(plan.id(), Fixtures.details(5, "2019", "Sự kiện"))),
        AccessDeniedException.class,
        "person:"
            + director.id()
            + " lacks the permission EDIT_ACTIVITIES on plan "
            + plan.id()
            + ", content area 5");
  }

  @Test
  void aPersonForgetsOnlyThemself() {
    Person other = register("Nguyễn B", List.of());
    PersonUseCases people = as(director.id()).people();

    refusedChangingNothing(
        () -> people.forget(new ForgetPerson(other.id(), "asked")),
        AccessDeniedException.class,
        "person:" + director.id() + " lacks the permission FORGET_PERSON on person " + other.id());
    assertThat(people.forget(new ForgetPerson(director.id(), "asked")).version()).isEqualTo(2);
    assertThat(system.people().forget(new ForgetPerson(other.id(), "asked")).version())
        .isEqualTo(2);
  }
}
