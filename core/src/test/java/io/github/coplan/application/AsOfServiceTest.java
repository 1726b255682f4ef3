package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.Coplan;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.Fixtures;
import io.github.coplan.testing.SequentialIds;
import io.github.coplan.testing.SettableClock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AsOfServiceTest {

  private static final Instant T1 = Instant.parse("2018-08-15T02:00:00Z");
  private static final Instant T2 = T1.plusSeconds(60);
  private static final Instant T3 = T1.plusSeconds(3600);

  private final FakeStorage storage = new FakeStorage();
  private final SettableClock clock = new SettableClock(T1);
  private final SequentialIds ids = new SequentialIds();
  private final Coplan coplan =
      Coplan.builder().storage(storage).clock(clock).idSource(ids).build();
  private final UseCases uses = coplan.actingAs(Actor.system("test"));

  private Organisation organisation(String name) {
    return uses.organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(vi(name))
                    .type(OrganisationType.GOVERNMENT)
                    .country(CountryCode.VN)
                    .build()));
  }

  private CooperationPlan draft(UseCases as) {
    return as.plans()
        .draft(
            new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                .withPeriod(DateSpan.parse("2018/2021")));
  }

  @Test
  void aPlanAsOfAnInstantIsTheOneAfterTheLastChangeMadeThen() {
    Organisation dost = organisation("Sở KH&CN");
    CooperationPlan drafted = draft(uses);
    clock.set(T2);
    CooperationPlan withParty =
        uses.plans().addParty(new AddParty(drafted.id(), Party.of(dost.id(), PartyRole.FUNDING)));
    clock.set(T3);
    CooperationPlan withArea =
        uses.plans()
            .addContentArea(new AddContentArea(drafted.id(), new ContentArea(1, vi("Chính sách"))));

    PlanId id = drafted.id();
    assertThat(uses.plans().asOf(id, T1)).isEqualTo(drafted);
    assertThat(uses.plans().asOf(id, T2.minusNanos(1))).isEqualTo(drafted);
    assertThat(uses.plans().asOf(id, T2)).isEqualTo(withParty);
    assertThat(uses.plans().asOf(id, T3.minusSeconds(1))).isEqualTo(withParty);
    assertThat(uses.plans().asOf(id, T3)).isEqualTo(withArea);
    assertThat(uses.plans().asOf(id, Instant.MAX)).isEqualTo(uses.plans().get(id));
    assertThat(uses.plans().asOf(id, T2).version()).isEqualTo(2);
    assertThatThrownBy(() -> uses.plans().asOf(id, T1.minusNanos(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(id.toString());
  }

  @Test
  void anActivityAsOfAnInstantIsTheOneAfterTheLastChangeMadeThen() {
    CooperationPlan plan = draft(uses);
    uses.plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    clock.set(T2);
    Activity proposed =
        uses.activities().propose(new ProposeActivity(plan.id(), details(1, "2018-11", "Đoàn")));
    clock.set(T3);
    Activity planned = uses.activities().changeStatus(ChangeActivityStatus.plan(proposed.id()));

    ActivityId id = proposed.id();
    assertThatThrownBy(() -> uses.activities().asOf(id, T1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(id.toString());
    assertThat(uses.activities().asOf(id, T2)).isEqualTo(proposed);
    assertThat(uses.activities().asOf(id, T3.minusNanos(1))).isEqualTo(proposed);
    assertThat(uses.activities().asOf(id, T3)).isEqualTo(planned);
    assertThat(uses.activities().asOf(id, T3).version()).isEqualTo(2);
  }

  @Test
  void refusesMissingInputAndAnswersNotFoundForWhatDoesNotExist() {
    CooperationPlan plan = draft(uses);
    violation(() -> uses.plans().asOf(null, T1), "id", "required");
    violation(() -> uses.plans().asOf(plan.id(), null), "at", "required");
    violation(() -> uses.activities().asOf(null, T1), "id", "required");
    violation(() -> uses.activities().asOf(Fixtures.activityId(9), null), "at", "required");
    assertThatThrownBy(() -> uses.plans().asOf(new PlanId(UUID.randomUUID()), T1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> uses.activities().asOf(Fixtures.activityId(9), T1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPlanTheActorDoesNotSeeLooksNotFoundAsOfAnyInstant() {
    CooperationPlan plan = draft(uses);
    uses.plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    Activity activity =
        uses.activities().propose(new ProposeActivity(plan.id(), details(1, "2018-11", "Đoàn")));
    UseCases stranger = coplan.actingAs(Actor.person(Fixtures.DIRECTOR));
    assertThatThrownBy(() -> stranger.plans().get(plan.id())).isInstanceOf(NotFoundException.class);
    int commits = storage.commits();
    assertThatThrownBy(() -> stranger.plans().asOf(plan.id(), T3))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> stranger.activities().asOf(activity.id(), T3))
        .isInstanceOf(NotFoundException.class);
    assertThat(storage.commits()).isEqualTo(commits);

    UseCases owner = coplan.actingAs(Actor.person(Fixtures.DIRECTOR));
    CooperationPlan own =
        owner.plans().draft(new DraftPlan(PlanCode.of("OWN-2019"), vi("Kế hoạch riêng")));
    assertThat(owner.plans().asOf(own.id(), T1)).isEqualTo(own);
  }

  @Test
  void changesMadeWithoutRecordingLeaveTheHistoryIncomplete() {
    CooperationPlan plan = draft(uses);
    Coplan silent =
        Coplan.builder().storage(storage).clock(clock).idSource(ids).recordHistory(false).build();
    clock.set(T2);
    silent
        .actingAs(Actor.system("import"))
        .plans()
        .describe(new DescribePlan(plan.id(), vi("Kế hoạch mới")));

    // Before the first recorded change, the answer is known; after it, the unrecorded change
    // might have come at any time.
    assertThatThrownBy(() -> uses.plans().asOf(plan.id(), T1.minusNanos(1)))
        .isInstanceOf(NotFoundException.class);
    rule(() -> uses.plans().asOf(plan.id(), T1), RuleCode.HISTORY_INCOMPLETE);
    assertThat(
            rule(() -> uses.plans().asOf(plan.id(), T2), RuleCode.HISTORY_INCOMPLETE).getMessage())
        .contains("has no record of version 2");

    CooperationPlan unrecorded =
        silent
            .actingAs(Actor.system("import"))
            .plans()
            .draft(new DraftPlan(PlanCode.of("SILENT-2019"), vi("Không ghi")));
    rule(() -> uses.plans().asOf(unrecorded.id(), T2), RuleCode.HISTORY_INCOMPLETE);
    rule(() -> uses.plans().asOf(unrecorded.id(), T1), RuleCode.HISTORY_INCOMPLETE);

    uses.plans().describe(new DescribePlan(unrecorded.id(), vi("Ghi lại")));
    assertThat(
            rule(() -> uses.plans().asOf(unrecorded.id(), T2), RuleCode.HISTORY_INCOMPLETE)
                .getMessage())
        .contains("has no record of version 1");
  }

  @Test
  void aClockThatWentBackEndsTheFoldAtTheFirstLaterChange() {
    clock.set(T2);
    CooperationPlan drafted = draft(uses);
    clock.set(T1);
    CooperationPlan described =
        uses.plans().describe(new DescribePlan(drafted.id(), vi("Kế hoạch mới")));
    clock.set(T3);
    uses.plans().describe(new DescribePlan(drafted.id(), vi("Kế hoạch cuối")));

    assertThatThrownBy(() -> uses.plans().asOf(drafted.id(), T1))
        .isInstanceOf(NotFoundException.class);
    assertThat(uses.plans().asOf(drafted.id(), T2)).isEqualTo(described);
  }

  @Test
  void aLongHistoryIsReadPageByPage() {
    CooperationPlan plan = draft(uses);
    CooperationPlan last = plan;
    for (int i = 1; i <= 501; i++) {
      clock.set(T1.plusSeconds(i));
      last = uses.plans().describe(new DescribePlan(plan.id(), vi("Kế hoạch " + i)));
    }
    assertThat(last.version()).isEqualTo(502);
    assertThat(uses.plans().asOf(plan.id(), T1.plusSeconds(501))).isEqualTo(last);
    CooperationPlan early = uses.plans().asOf(plan.id(), T1.plusSeconds(2));
    assertThat(early.version()).isEqualTo(3);
    assertThat(early.title()).isEqualTo(vi("Kế hoạch 2"));
  }
}
