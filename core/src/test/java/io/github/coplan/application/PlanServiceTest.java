package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanServiceTest {

  private static final PlanCode CODE = PlanCode.of("HCMC-IIA-2018");

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Services services =
      Services.create(storage, Clock.systemUTC(), ids, Actor.APPLICATION, true);
  private final PlanUseCases plans = services.plans();
  private Organisation dost;
  private Organisation iia;

  @BeforeEach
  void registerTheParties() {
    dost =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Sở KH&CN TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    iia =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Israel Innovation Authority"))
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.IL)
                        .build()));
  }

  private CooperationPlan draft() {
    return plans.draft(
        new DraftPlan(CODE, viEn("Kế hoạch hợp tác ĐMST TP.HCM – Israel", "HCMC – Israel plan"))
            .withPeriod(DateSpan.parse("2018/2021")));
  }

  private CooperationPlan agree(CooperationPlan plan) {
    plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    plans.addParty(
        new AddParty(plan.id(), Party.of(iia.id(), PartyRole.SIGNATORY, PartyRole.FUNDING)));
    return plans.changeStatus(ChangePlanStatus.activate(plan.id()));
  }

  @Test
  void aPersonDraftingAPlanBecomesItsAdministrator() {
    PersonId drafter = new PersonId(SequentialIds.nth(90));
    Services asDrafter =
        Services.create(storage, Clock.systemUTC(), ids, Actor.person(drafter), true);

    CooperationPlan plan =
        asDrafter
            .plans()
            .draft(new DraftPlan(CODE, vi("Kế hoạch")).withPeriod(DateSpan.parse("2018/2021")));
    CooperationPlan described =
        asDrafter
            .plans()
            .describe(
                new DescribePlan(plan.id(), vi("Kế hoạch mới"))
                    .withPeriod(DateSpan.parse("2018/2021")));

    PlanAccess access = asDrafter.plans().access(plan.id());
    assertThat(access.grants())
        .containsExactly(Grant.of(Principal.person(drafter), PlanRole.ADMINISTRATOR));
    assertThat(access.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(access.version()).isEqualTo(1);
    assertThat(access.plan()).isEqualTo(plan.id());
    assertThat(described.version()).isEqualTo(2);
    // no one else sees the restricted plan
    Services stranger =
        Services.create(
            storage,
            Clock.systemUTC(),
            ids,
            Actor.person(new PersonId(SequentialIds.nth(91))),
            true);
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> stranger.plans().get(plan.id()));
    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).isEqualTo(plan.id().toString());
  }

  @Test
  void aSystemActorDraftingAPlanGrantsNoRole() {
    CooperationPlan plan = draft();

    PlanAccess access = plans.access(plan.id());
    assertThat(access.grants()).isEqualTo(List.of());
    assertThat(access.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(access.version()).isEqualTo(1);
  }

  @Test
  void draftStoresADraftOfVersionOneFoundByIdAndCode() {
    CooperationPlan plan = draft();

    // Ids 1 to 4: two organisations and their registrations' command ids.
    assertThat(plan.id()).isEqualTo(new PlanId(SequentialIds.nth(5)));
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.version()).isEqualTo(1);
    assertThat(plans.get(plan.id())).isEqualTo(plan);
    assertThat(plans.findByCode(CODE)).contains(plan);
    assertThat(plans.findByCode(PlanCode.of("HCMC-IIA-2019"))).isEmpty();
  }

  @Test
  void aTakenCodeIsADuplicate() {
    draft();

    DuplicateException e = catchThrowableOfType(DuplicateException.class, this::draft);

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(e.value()).isEqualTo("HCMC-IIA-2018");
  }

  @Test
  void describeReplacesTitleSummaryAndPeriodAndChecksAnExpectedVersion() {
    CooperationPlan plan = draft();

    CooperationPlan described =
        plans.describe(
            new DescribePlan(plan.id(), vi("Kế hoạch 2018–2022"))
                .withSummary(vi("Tóm tắt"))
                .withPeriod(DateSpan.parse("2018/2022"))
                .expecting(1L));

    assertThat(described.version()).isEqualTo(2);
    assertThat(described.title()).isEqualTo(vi("Kế hoạch 2018–2022"));
    assertThat(described.summary()).isEqualTo(vi("Tóm tắt"));
    assertThat(described.period()).isEqualTo(DateSpan.parse("2018/2022"));

    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () -> plans.describe(new DescribePlan(plan.id(), vi("Cũ")).expecting(1L)));
    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).contains(plan.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(plans.get(plan.id()).title()).isEqualTo(vi("Kế hoạch 2018–2022"));
  }

  @Test
  void anAgreedPlanKeepsItsPeriod() {
    CooperationPlan plan = agree(draft());

    violation(
        () -> plans.describe(new DescribePlan(plan.id(), vi("Kế hoạch"))),
        "period",
        Violation.REQUIRED);
    assertThat(plans.get(plan.id()).period()).isEqualTo(DateSpan.parse("2018/2021"));
  }

  @Test
  void addPartyNeedsAnExistingOrganisationThatIsNotAPartyYet() {
    CooperationPlan plan = draft();
    OrganisationId missing = new OrganisationId(SequentialIds.nth(77));

    CooperationPlan withParty =
        plans.addParty(
            new AddParty(
                plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY, PartyRole.IMPLEMENTING)));
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () -> plans.addParty(new AddParty(plan.id(), Party.of(missing, PartyRole.SIGNATORY))));
    rule(
        () -> plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.FUNDING))),
        RuleCode.PLAN_PARTY_EXISTS);

    assertThat(withParty.version()).isEqualTo(2);
    assertThat(withParty.parties())
        .containsExactly(Party.of(dost.id(), PartyRole.SIGNATORY, PartyRole.IMPLEMENTING));
    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertThat(plans.get(plan.id())).isEqualTo(withParty);
  }

  @Test
  void contentAreasAndDocumentsAreAddedInOrder() {
    CooperationPlan plan = draft();
    ContentArea policy = new ContentArea(1, vi("Chính sách ĐMST"));
    PlanDocument plan2018 =
        new PlanDocument(
            DocumentType.PLAN,
            vi("Kế hoạch số 1234/KH-UBND"),
            URI.create("https://example.org/kh-1234.pdf"),
            LocalDate.of(2018, 3, 20));

    plans.addContentArea(new AddContentArea(plan.id(), policy));
    CooperationPlan withDocument = plans.addDocument(new AddDocument(plan.id(), plan2018));
    rule(
        () -> plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Khác")))),
        RuleCode.PLAN_CONTENT_AREA_EXISTS);

    assertThat(withDocument.version()).isEqualTo(3);
    assertThat(withDocument.contentAreas()).containsExactly(policy);
    assertThat(withDocument.documents()).containsExactly(plan2018);
    assertThat(plans.get(plan.id())).isEqualTo(withDocument);
  }

  @Test
  void theLifecycleRunsThroughEveryTransition() {
    CooperationPlan plan = draft();
    rule(
        () -> plans.changeStatus(ChangePlanStatus.activate(plan.id())),
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);

    CooperationPlan active = agree(plan);
    CooperationPlan suspended =
        plans.changeStatus(ChangePlanStatus.suspend(plan.id(), "chờ kinh phí"));
    CooperationPlan resumed = plans.changeStatus(ChangePlanStatus.resume(plan.id()));
    CooperationPlan completed = plans.changeStatus(ChangePlanStatus.complete(plan.id()));

    assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(suspended.status()).isEqualTo(PlanStatus.SUSPENDED);
    assertThat(suspended.statusReason()).isEqualTo("chờ kinh phí");
    assertThat(resumed.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(resumed.statusReason()).isNull();
    assertThat(completed.status()).isEqualTo(PlanStatus.COMPLETED);
    assertThat(completed.version()).isEqualTo(7);
  }

  @Test
  void aCancelledPlanIsFrozen() {
    CooperationPlan plan = draft();
    CooperationPlan cancelled =
        plans.changeStatus(ChangePlanStatus.cancel(plan.id(), "không được phê duyệt"));

    assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("không được phê duyệt");
    rule(() -> plans.describe(new DescribePlan(plan.id(), vi("Mới"))), RuleCode.PLAN_FROZEN);
    rule(
        () -> plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY))),
        RuleCode.PLAN_FROZEN);
    rule(
        () -> plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A")))),
        RuleCode.PLAN_FROZEN);
    rule(
        () -> plans.changeStatus(ChangePlanStatus.resume(plan.id())),
        RuleCode.PLAN_ILLEGAL_TRANSITION);
    rule(
        () -> plans.changeStatus(ChangePlanStatus.cancel(plan.id(), "lần nữa")),
        RuleCode.PLAN_ILLEGAL_TRANSITION);
    assertThat(plans.get(plan.id())).isEqualTo(cancelled);
  }

  @Test
  void changesToAMissingPlanAreNotFound() {
    PlanId missing = new PlanId(SequentialIds.nth(88));

    for (Runnable call :
        new Runnable[] {
          () -> plans.get(missing),
          () -> plans.describe(new DescribePlan(missing, vi("A"))),
          () -> plans.addParty(new AddParty(missing, Party.of(dost.id(), PartyRole.SIGNATORY))),
          () -> plans.addContentArea(new AddContentArea(missing, new ContentArea(1, vi("A")))),
          () -> plans.changeStatus(ChangePlanStatus.activate(missing))
        }) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, call::run);
      assertThat(e.kind()).isEqualTo("plan");
      assertThat(e.id()).isEqualTo(missing.toString());
    }
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    violation(() -> plans.draft(null), "command", Violation.REQUIRED);
    violation(() -> plans.describe(null), "command", Violation.REQUIRED);
    violation(() -> plans.addParty(null), "command", Violation.REQUIRED);
    violation(() -> plans.addContentArea(null), "command", Violation.REQUIRED);
    violation(() -> plans.addDocument(null), "command", Violation.REQUIRED);
    violation(() -> plans.changeStatus(null), "command", Violation.REQUIRED);
    violation(() -> plans.get(null), "id", Violation.REQUIRED);
    violation(() -> plans.findByCode(null), "code", Violation.REQUIRED);
  }

  @Test
  void changePartyReplacesRolesAndSigningDateAndChecksAnExpectedVersion() {
    CooperationPlan plan = agree(draft());
    Party signed =
        new Party(
            dost.id(),
            java.util.EnumSet.of(PartyRole.SIGNATORY, PartyRole.ACCOUNTABLE),
            LocalDate.of(2018, 8, 15));

    CooperationPlan changed =
        plans.changeParty(new ChangeParty(plan.id(), signed).expecting(plan.version()));

    assertThat(changed.version()).isEqualTo(plan.version() + 1);
    assertThat(changed.parties())
        .containsExactly(signed, Party.of(iia.id(), PartyRole.SIGNATORY, PartyRole.FUNDING));
    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                plans.changeParty(
                    new ChangeParty(
                        plan.id(), Party.of(dost.id(), PartyRole.FUNDING), plan.version())));
    assertThat(stale.expectedVersion()).hasValue(plan.version());
    rule(
        () ->
            plans.changeParty(
                new ChangeParty(
                    plan.id(),
                    Party.of(new OrganisationId(SequentialIds.nth(70)), PartyRole.FUNDING))),
        RuleCode.PLAN_PARTY_UNKNOWN);
    assertThat(plans.get(plan.id())).isEqualTo(changed);
  }

  @Test
  void removePartyTakesAPartyOutWhileTheRulesAllow() {
    CooperationPlan plan = draft();
    plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    CooperationPlan both =
        plans.addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.FUNDING)));

    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                plans.removeParty(
                    new RemoveParty(plan.id(), iia.id()).expecting(both.version() - 1)));
    CooperationPlan removed =
        plans.removeParty(new RemoveParty(plan.id(), iia.id(), both.version()));

    assertThat(stale.expectedVersion()).hasValue(both.version() - 1);
    assertThat(removed.version()).isEqualTo(both.version() + 1);
    assertThat(removed.parties()).containsExactly(Party.of(dost.id(), PartyRole.SIGNATORY));
    rule(
        () -> plans.removeParty(new RemoveParty(plan.id(), iia.id())), RuleCode.PLAN_PARTY_UNKNOWN);
    assertThat(plans.get(plan.id())).isEqualTo(removed);
  }

  @Test
  void anAgreedPlanKeepsTwoPartiesAndAPartyThatLeadsAnActivityStays() {
    CooperationPlan plan = agree(draft());
    rule(
        () -> plans.removeParty(new RemoveParty(plan.id(), iia.id())),
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);

    Organisation embassy =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Đại sứ quán Israel"))
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    plans.addParty(new AddParty(plan.id(), Party.of(embassy.id(), PartyRole.IMPLEMENTING)));
    CooperationPlan withArea =
        plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(7, vi("Chuyên gia"))));
    services
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                io.github.coplan.domain.activity.ActivityDetails.builder()
                    .contentArea(7)
                    .type(io.github.coplan.domain.activity.ActivityType.WORKSHOP)
                    .title(vi("Hội thảo"))
                    .planned(DateSpan.parse("2019"))
                    .leadParty(embassy.id())
                    .build()));
    int commits = storage.commits();

    io.github.coplan.domain.error.RuleViolationException e =
        rule(
            () -> plans.removeParty(new RemoveParty(plan.id(), embassy.id())),
            RuleCode.PLAN_PARTY_LEADS_ACTIVITY);

    assertThat(e.getMessage()).contains(embassy.id().toString()).contains("HCMC-IIA-2018");
    assertThat(storage.commits()).isEqualTo(commits);
    assertThat(plans.get(plan.id())).isEqualTo(withArea);
    assertThat(plans.removeParty(new RemoveParty(plan.id(), dost.id())).parties())
        .extracting(Party::organisation)
        .containsExactly(iia.id(), embassy.id());
  }

  @Test
  void renameContentAreaGivesANewTitleAndChecksAnExpectedVersion() {
    CooperationPlan plan = draft();
    CooperationPlan withArea =
        plans.addContentArea(
            new AddContentArea(plan.id(), new ContentArea(7, vi("Mời chuyên gia"))));

    CooperationPlan renamed =
        plans.renameContentArea(
            new RenameContentArea(plan.id(), 7, viEn("Mời chuyên gia Israel", "Israeli experts"))
                .expecting(withArea.version()));

    assertThat(renamed.contentAreas())
        .containsExactly(new ContentArea(7, viEn("Mời chuyên gia Israel", "Israeli experts")));
    assertThat(renamed.version()).isEqualTo(withArea.version() + 1);
    assertThatThrownBy(
            () -> plans.renameContentArea(new RenameContentArea(plan.id(), 7, vi("Cũ"), 1L)))
        .isInstanceOf(ConflictException.class);
    rule(
        () -> plans.renameContentArea(new RenameContentArea(plan.id(), 6, vi("Khác"))),
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN);
    assertThat(plans.get(plan.id())).isEqualTo(renamed);
  }

  @Test
  void theEditsOfAFrozenOrMissingPlanAreRefused() {
    CooperationPlan plan = draft();
    plans.addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    plans.addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A"))));
    plans.changeStatus(ChangePlanStatus.cancel(plan.id(), "hủy"));
    rule(
        () -> plans.changeParty(new ChangeParty(plan.id(), Party.of(dost.id(), PartyRole.FUNDING))),
        RuleCode.PLAN_FROZEN);
    rule(() -> plans.removeParty(new RemoveParty(plan.id(), dost.id())), RuleCode.PLAN_FROZEN);
    rule(
        () -> plans.renameContentArea(new RenameContentArea(plan.id(), 1, vi("B"))),
        RuleCode.PLAN_FROZEN);

    PlanId missing = new PlanId(SequentialIds.nth(89));
    for (Runnable call :
        new Runnable[] {
          () -> plans.changeParty(new ChangeParty(missing, Party.of(dost.id(), PartyRole.FUNDING))),
          () -> plans.removeParty(new RemoveParty(missing, dost.id())),
          () -> plans.renameContentArea(new RenameContentArea(missing, 1, vi("A")))
        }) {
      assertThat(catchThrowableOfType(NotFoundException.class, call::run).id())
          .isEqualTo(missing.toString());
    }
    violation(() -> plans.changeParty(null), "command", Violation.REQUIRED);
    violation(() -> plans.removeParty(null), "command", Violation.REQUIRED);
    violation(() -> plans.renameContentArea(null), "command", Violation.REQUIRED);
    violation(() -> plans.search(null), "query", Violation.REQUIRED);
  }

  @Test
  void searchFindsPlansByTheirCriteriaWithTheTotal() {
    CooperationPlan first = agree(draft());
    CooperationPlan second =
        plans.draft(new DraftPlan(PlanCode.of("HCMC-2"), vi("Kế hoạch thứ hai")));

    Page<CooperationPlan> page =
        plans.search(PlanQuery.builder().codePrefix("HCMC-").pageSize(1).withTotal().build());
    Page<CooperationPlan> next =
        plans.search(
            PlanQuery.builder().codePrefix("HCMC-").pageSize(1).after(page.nextCursor()).build());

    assertThat(page.items()).containsExactly(second);
    assertThat(page.total()).isEqualTo(2L);
    assertThat(next.items()).containsExactly(plans.get(first.id()));
    assertThat(next.total()).isNull();
    assertThat(plans.search(PlanQuery.builder().party(iia.id()).build()).items())
        .containsExactly(plans.get(first.id()));
  }
}
