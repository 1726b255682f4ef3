package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

  @Test
  void draftPlanListsEveryMissingPart() {
    violations(
        () -> new DraftPlan(null, null, null, null),
        tuple("code", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED));
    assertThat(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch")).code())
        .isEqualTo(PlanCode.of("HCMC-IIA-2018"));
  }

  @Test
  void addParticipantListsEveryMissingPart() {
    violations(
        () -> new AddParticipant(null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("participant", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
    AddParticipant ok =
        new AddParticipant(
            activityId(1),
            Participant.of(DIRECTOR),
            ParticipationRole.DELEGATE,
            ParticipationStatus.INVITED);
    assertThat(ok.affiliation()).isNull();
  }

  @Test
  void changeParticipationListsEveryMissingPart() {
    violations(
        () -> new ChangeParticipation(null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("participant", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
  }

  @Test
  void eachActivityTransitionHoldsExactlyWhatItNeeds() {
    ActivityId id = activityId(1);
    DateSpan q4 = DateSpan.parse("2018-Q4");
    assertThat(ChangeActivityStatus.plan(id))
        .isEqualTo(new ChangeActivityStatus.Plan(id, null, null));
    assertThat(ChangeActivityStatus.plan(id, q4))
        .isEqualTo(new ChangeActivityStatus.Plan(id, q4, null));
    assertThat(ChangeActivityStatus.schedule(id))
        .isEqualTo(new ChangeActivityStatus.Schedule(id, null, null));
    assertThat(ChangeActivityStatus.schedule(id, q4).expecting(4))
        .isEqualTo(new ChangeActivityStatus.Schedule(id, q4, 4L));
    assertThat(ChangeActivityStatus.start(id, PartialDate.parse("2018-11")))
        .isEqualTo(new ChangeActivityStatus.Start(id, PartialDate.parse("2018-11"), null));
    assertThat(ChangeActivityStatus.complete(id, PartialDate.parse("2018-12")))
        .isEqualTo(new ChangeActivityStatus.Complete(id, null, PartialDate.parse("2018-12"), null));
    assertThat(
            ChangeActivityStatus.complete(
                    id, PartialDate.parse("2018-11"), PartialDate.parse("2018-12"))
                .expecting(2))
        .isEqualTo(
            new ChangeActivityStatus.Complete(
                id, PartialDate.parse("2018-11"), PartialDate.parse("2018-12"), 2L));
    assertThat(ChangeActivityStatus.postpone(id, "  chờ visa ").reason()).isEqualTo("chờ visa");
    assertThat(ChangeActivityStatus.cancel(id, "hết kinh phí").expecting(7))
        .isEqualTo(new ChangeActivityStatus.Cancel(id, "hết kinh phí", 7L));
    assertThat(ChangeActivityStatus.plan(id).expecting(3).expectedVersion()).isEqualTo(3L);
    assertThat(
            ChangeActivityStatus.start(id, PartialDate.parse("2018"))
                .expecting(5)
                .expectedVersion())
        .isEqualTo(5L);
    assertThat(ChangeActivityStatus.postpone(id, "x").expecting(6).expectedVersion()).isEqualTo(6L);
  }

  @Test
  void activityTransitionsRefuseWhatIsMissingOrBlank() {
    violations(() -> ChangeActivityStatus.plan(null), tuple("activity", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.plan(activityId(1), null), tuple("planned", Violation.REQUIRED));
    violations(() -> ChangeActivityStatus.schedule(null), tuple("activity", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.schedule(activityId(1), null),
        tuple("planned", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.start(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("actualStart", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.complete(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("actualEnd", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.complete(activityId(1), null, PartialDate.parse("2018")),
        tuple("actualStart", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.postpone(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED));
    violations(
        () -> ChangeActivityStatus.cancel(activityId(1), " \u00A0"),
        tuple("reason", Violation.BLANK));
    violations(
        () -> ChangeActivityStatus.cancel(activityId(1), "a\nb"),
        tuple("reason", Violation.CONTROL_CHARACTER));
  }

  @Test
  void eachPlanTransitionHoldsExactlyWhatItNeeds() {
    assertThat(ChangePlanStatus.activate(PLAN))
        .isEqualTo(new ChangePlanStatus.Activate(PLAN, null));
    assertThat(ChangePlanStatus.activate(PLAN).expecting(2))
        .isEqualTo(new ChangePlanStatus.Activate(PLAN, 2L));
    assertThat(ChangePlanStatus.resume(PLAN).expecting(3))
        .isEqualTo(new ChangePlanStatus.Resume(PLAN, 3L));
    assertThat(ChangePlanStatus.complete(PLAN).expecting(4))
        .isEqualTo(new ChangePlanStatus.Complete(PLAN, 4L));
    assertThat(ChangePlanStatus.suspend(PLAN, " tạm dừng "))
        .isEqualTo(new ChangePlanStatus.Suspend(PLAN, "tạm dừng", null));
    assertThat(ChangePlanStatus.suspend(PLAN, "x").expecting(5).expectedVersion()).isEqualTo(5L);
    assertThat(ChangePlanStatus.cancel(PLAN, "hủy").expecting(6))
        .isEqualTo(new ChangePlanStatus.Cancel(PLAN, "hủy", 6L));
    violations(() -> ChangePlanStatus.activate(null), tuple("plan", Violation.REQUIRED));
    violations(() -> ChangePlanStatus.resume(null), tuple("plan", Violation.REQUIRED));
    violations(() -> ChangePlanStatus.complete(null), tuple("plan", Violation.REQUIRED));
    violations(
        () -> ChangePlanStatus.suspend(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED));
    violations(() -> ChangePlanStatus.cancel(PLAN, "\u3000"), tuple("reason", Violation.BLANK));
  }

  @Test
  void optionalPartsAreAddedByName() {
    PlanCode code = PlanCode.of("HCMC-IIA-2018");
    LocalizedText title = LocalizedText.of("en", "Cooperation");
    LocalizedText summary = LocalizedText.of("en", "Summary");
    DateSpan period = DateSpan.parse("2018/2021");
    assertThat(new DraftPlan(code, title)).isEqualTo(new DraftPlan(code, title, null, null));
    assertThat(new DraftPlan(code, title).withPeriod(period).withSummary(summary))
        .isEqualTo(new DraftPlan(code, title, summary, period));
    assertThat(new DescribePlan(PLAN, title).withSummary(summary).withPeriod(period).expecting(3))
        .isEqualTo(new DescribePlan(PLAN, title, summary, period, 3L));
    assertThat(MoveActivity.toTop(activityId(1)))
        .isEqualTo(new MoveActivity(activityId(1), null, null));
    assertThat(MoveActivity.under(activityId(1), activityId(2)).expecting(8))
        .isEqualTo(new MoveActivity(activityId(1), activityId(2), 8L));
    violations(() -> MoveActivity.under(activityId(1), null), tuple("parent", Violation.REQUIRED));
  }

  @Test
  void registerPersonListsTheMissingProfileAndEachMissingAffiliation() {
    violations(
        () ->
            new RegisterPerson(
                null, Arrays.asList(new Affiliation(DOST, "Giám đốc", null, null), null)),
        tuple("profile", Violation.REQUIRED),
        tuple("affiliations[1]", Violation.REQUIRED));
    violations(
        () -> new RegisterPerson(null, null),
        tuple("profile", Violation.REQUIRED),
        tuple("affiliations", Violation.REQUIRED));
  }

  @Test
  void registerPersonKeepsACopyOfTheAffiliations() {
    List<Affiliation> affiliations = new ArrayList<>();
    affiliations.add(new Affiliation(DOST, "Giám đốc", null, null));
    RegisterPerson command =
        new RegisterPerson(
            PersonProfile.of("Giám đốc Sở KH&CN TP.HCM", CountryCode.VN), affiliations);

    affiliations.add(null);

    assertThat(command.affiliations()).hasSize(1).isUnmodifiable();
  }

  @Test
  void everyOtherCommandListsItsMissingParts() {
    violations(
        () -> new AddParty(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("party", Violation.REQUIRED));
    violations(
        () -> new AddContentArea(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("contentArea", Violation.REQUIRED));
    violations(
        () -> new AddDocument(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("document", Violation.REQUIRED));
    violations(
        () -> new AddAffiliation(null, null),
        tuple("person", Violation.REQUIRED),
        tuple("affiliation", Violation.REQUIRED));
    violations(
        () -> new DescribePlan(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED));
    violations(
        () -> new ProposeActivity(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("details", Violation.REQUIRED));
    violations(
        () -> new ReviseActivity(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("details", Violation.REQUIRED));
    violations(() -> MoveActivity.toTop(null), tuple("activity", Violation.REQUIRED));
    violations(() -> new RegisterOrganisation(null), tuple("profile", Violation.REQUIRED));
    violations(
        () -> new UpdateOrganisation(null, null),
        tuple("organisation", Violation.REQUIRED),
        tuple("profile", Violation.REQUIRED));
    assertThat(MoveActivity.toTop(activityId(1)).parent()).isNull();
    assertThat(List.of(MoveActivity.under(activityId(1), activityId(2)).parent()))
        .containsExactly(activityId(2));
  }

  @Test
  void theEditingCommandsListTheirMissingPartsAndABadExpectedVersion() {
    violations(
        () -> new ChangeParty(null, null, 0L),
        tuple("plan", Violation.REQUIRED),
        tuple("party", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new RemoveParty(null, null, -1L),
        tuple("plan", Violation.REQUIRED),
        tuple("organisation", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new UpdatePerson(null, null, Long.MIN_VALUE),
        tuple("person", Violation.REQUIRED),
        tuple("profile", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new RenameContentArea(null, 0, null, 0L),
        tuple("plan", Violation.REQUIRED),
        tuple("number", Violation.OUT_OF_RANGE),
        tuple("title", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(
        () -> new RenameContentArea(PLAN, 1000, vi("Dòng 1\nDòng 2")),
        tuple("number", Violation.OUT_OF_RANGE),
        tuple("title.vi", Violation.CONTROL_CHARACTER));
    violations(
        () -> new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING)).expecting(0),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
  }

  @Test
  void forgetPersonNeedsThePersonAOneLineReasonAndAStoredVersion() {
    violations(
        () -> new ForgetPerson(null, null, 0L),
        tuple("person", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(() -> new ForgetPerson(DIRECTOR, " \u00A0"), tuple("reason", Violation.BLANK));
    violations(
        () -> new ForgetPerson(DIRECTOR, "a\nb"), tuple("reason", Violation.CONTROL_CHARACTER));
    violations(
        () -> new ForgetPerson(DIRECTOR, "request").expecting(0),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));

    ForgetPerson forget = new ForgetPerson(DIRECTOR, "  Yêu cầu số 42 ");
    assertThat(forget.reason()).isEqualTo("Yêu cầu số 42");
    assertThat(forget.expectedVersion()).isNull();
    assertThat(forget.expecting(3)).isEqualTo(new ForgetPerson(DIRECTOR, "Yêu cầu số 42", 3L));
  }

  @Test
  void theEditingCommandsExpectAVersionOnlyWhenTold() {
    ChangeParty change = new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING));
    assertThat(change.expectedVersion()).isNull();
    assertThat(change.expecting(1))
        .isEqualTo(new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING), 1L));

    RemoveParty remove = new RemoveParty(PLAN, DOST);
    assertThat(remove.expectedVersion()).isNull();
    assertThat(remove.expecting(4)).isEqualTo(new RemoveParty(PLAN, DOST, 4L));

    RenameContentArea rename = new RenameContentArea(PLAN, 7, vi("Mời chuyên gia"));
    assertThat(rename.expectedVersion()).isNull();
    assertThat(rename.expecting(2))
        .isEqualTo(new RenameContentArea(PLAN, 7, vi("Mời chuyên gia"), 2L));
    assertThat(rename.contentArea()).isEqualTo(new ContentArea(7, vi("Mời chuyên gia")));

    PersonProfile profile = PersonProfile.of("Giám đốc", CountryCode.VN);
    UpdatePerson update = new UpdatePerson(DIRECTOR, profile);
    assertThat(update.expectedVersion()).isNull();
    assertThat(update.expecting(9)).isEqualTo(new UpdatePerson(DIRECTOR, profile, 9L));
    assertThat(new UpdatePerson(DIRECTOR, profile, Long.MAX_VALUE).expectedVersion())
        .isEqualTo(Long.MAX_VALUE);
  }
}
