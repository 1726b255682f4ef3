package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

  @Test
  void draftPlanListsEveryMissingPart() {
    violations(() -> new DraftPlan(null, null, null, null), tuple("code", Violation.REQUIRED), tuple("title", Violation.REQUIRED));
    assertThat(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"), null, null).code()).isEqualTo(PlanCode.of("HCMC-IIA-2018"));
  }

  @Test
  void addParticipantListsEveryMissingPart() {
    violations(
        () -> new AddParticipant(null, null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("participant", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
    AddParticipant ok = new AddParticipant(activityId(1), Participant.of(DIRECTOR), ParticipationRole.DELEGATE, ParticipationStatus.INVITED, null);
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
  void statusChangesNeedTheirTargetAndTransition() {
    violations(
        () -> new ChangeActivityStatus(null, null, null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("transition", Violation.REQUIRED));
    violations(() -> new ChangePlanStatus(null, null, null), tuple("plan", Violation.REQUIRED), tuple("transition", Violation.REQUIRED));
    violations(() -> ChangeActivityStatus.plan(null), tuple("activity", Violation.REQUIRED));
    violations(() -> ChangePlanStatus.activate(null), tuple("plan", Violation.REQUIRED));

    ChangeActivityStatus complete = ChangeActivityStatus.complete(activityId(1), null, PartialDate.parse("2018-11"));
    assertThat(complete.transition()).isEqualTo(ChangeActivityStatus.Transition.COMPLETE);
    assertThat(complete.actualEnd()).isEqualTo(PartialDate.parse("2018-11"));
    assertThat(ChangePlanStatus.cancel(PLAN, "hủy").reason()).isEqualTo("hủy");
    assertThat(ChangePlanStatus.suspend(PLAN, "tạm dừng").transition()).isEqualTo(ChangePlanStatus.Transition.SUSPEND);
  }

  @Test
  void registerPersonListsTheMissingProfileAndEachMissingAffiliation() {
    violations(
        () -> new RegisterPerson(null, Arrays.asList(new Affiliation(DOST, "Giám đốc", null, null), null)),
        tuple("profile", Violation.REQUIRED),
        tuple("affiliations[1]", Violation.REQUIRED));
    violations(() -> new RegisterPerson(null, null), tuple("profile", Violation.REQUIRED), tuple("affiliations", Violation.REQUIRED));
  }

  @Test
  void registerPersonKeepsACopyOfTheAffiliations() {
    List<Affiliation> affiliations = new ArrayList<>();
    affiliations.add(new Affiliation(DOST, "Giám đốc", null, null));
    RegisterPerson command = new RegisterPerson(
        PersonProfile.of("Giám đốc Sở KH&CN TP.HCM", CountryCode.VN),
        affiliations);

    affiliations.add(null);

    assertThat(command.affiliations()).hasSize(1).isUnmodifiable();
  }

  @Test
  void everyOtherCommandListsItsMissingParts() {
    violations(() -> new AddParty(null, null), tuple("plan", Violation.REQUIRED), tuple("party", Violation.REQUIRED));
    violations(() -> new AddContentArea(null, null), tuple("plan", Violation.REQUIRED), tuple("contentArea", Violation.REQUIRED));
    violations(() -> new AddDocument(null, null), tuple("plan", Violation.REQUIRED), tuple("document", Violation.REQUIRED));
    violations(() -> new AddAffiliation(null, null), tuple("person", Violation.REQUIRED), tuple("affiliation", Violation.REQUIRED));
    violations(() -> new DescribePlan(null, null, null, null), tuple("plan", Violation.REQUIRED), tuple("title", Violation.REQUIRED));
    violations(() -> new ProposeActivity(null, null, null), tuple("plan", Violation.REQUIRED), tuple("details", Violation.REQUIRED));
    violations(() -> new ReviseActivity(null, null), tuple("activity", Violation.REQUIRED), tuple("details", Violation.REQUIRED));
    violations(() -> new MoveActivity(null, null), tuple("activity", Violation.REQUIRED));
    violations(() -> new RegisterOrganisation(null), tuple("profile", Violation.REQUIRED));
    violations(
        () -> new UpdateOrganisation(null, null),
        tuple("organisation", Violation.REQUIRED),
        tuple("profile", Violation.REQUIRED));
    assertThat(new MoveActivity(activityId(1), null).parent()).isNull();
    assertThat(List.of(new MoveActivity(activityId(1), activityId(2)).parent())).containsExactly(activityId(2));
  }

  @Test
  void theEditingCommandsListTheirMissingPartsAndABadExpectedVersion() {
    violations(() -> new ChangeParty(null, null, 0L),
        tuple("plan", Violation.REQUIRED), tuple("party", Violation.REQUIRED), tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(() -> new RemoveParty(null, null, -1L),
        tuple("plan", Violation.REQUIRED), tuple("organisation", Violation.REQUIRED), tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(() -> new UpdatePerson(null, null, Long.MIN_VALUE),
        tuple("person", Violation.REQUIRED), tuple("profile", Violation.REQUIRED), tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(() -> new RenameContentArea(null, 0, null, 0L),
        tuple("plan", Violation.REQUIRED), tuple("number", Violation.OUT_OF_RANGE), tuple("title", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violations(() -> new RenameContentArea(PLAN, 1000, vi("Dòng 1\nDòng 2")),
        tuple("number", Violation.OUT_OF_RANGE), tuple("title.vi", Violation.CONTROL_CHARACTER));
    violations(() -> new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING)).expecting(0), tuple("expectedVersion", Violation.OUT_OF_RANGE));
  }

  @Test
  void theEditingCommandsExpectAVersionOnlyWhenTold() {
    ChangeParty change = new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING));
    assertThat(change.expectedVersion()).isNull();
    assertThat(change.expecting(1)).isEqualTo(new ChangeParty(PLAN, Party.of(DOST, PartyRole.FUNDING), 1L));

    RemoveParty remove = new RemoveParty(PLAN, DOST);
    assertThat(remove.expectedVersion()).isNull();
    assertThat(remove.expecting(4)).isEqualTo(new RemoveParty(PLAN, DOST, 4L));

    RenameContentArea rename = new RenameContentArea(PLAN, 7, vi("Mời chuyên gia"));
    assertThat(rename.expectedVersion()).isNull();
    assertThat(rename.expecting(2)).isEqualTo(new RenameContentArea(PLAN, 7, vi("Mời chuyên gia"), 2L));
    assertThat(rename.contentArea()).isEqualTo(new ContentArea(7, vi("Mời chuyên gia")));

    PersonProfile profile = PersonProfile.of("Giám đốc", CountryCode.VN);
    UpdatePerson update = new UpdatePerson(DIRECTOR, profile);
    assertThat(update.expectedVersion()).isNull();
    assertThat(update.expecting(9)).isEqualTo(new UpdatePerson(DIRECTOR, profile, 9L));
    assertThat(new UpdatePerson(DIRECTOR, profile, Long.MAX_VALUE).expectedVersion()).isEqualTo(Long.MAX_VALUE);
  }
}
