package io.github.coplan.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An application's test of its own service, run against the in-memory store. */
@ExtendWith(CoplanExtension.class)
class DelegationRosterTest {

  private UseCases coplan;
  private DelegationRoster roster;
  private Organisation dost;
  private Activity tour;

  @BeforeEach
  void setUp(UseCases coplan, TestData data) {
    this.coplan = coplan;
    roster = new DelegationRoster(coplan);
    dost = data.organisation().name("Sở Khoa học và Công nghệ TP.HCM").create();
    tour = data.activity().type(ActivityType.STUDY_TOUR).planned("2018-11/..").create();
  }

  @Test
  void signsUpTheHeadFirstThenTheDelegatesWithTheirAffiliationsAtTheTime() {
    Activity signedUp =
        roster.signUp(
            tour.id(),
            member("Trần Văn A", "Phó Giám đốc"),
            List.of(member("Lê Thị B", "Trưởng phòng"), member("Phạm C", "Chuyên viên")));

    assertThat(signedUp.participations())
        .extracting(Participation::role)
        .containsExactly(
            ParticipationRole.HEAD_OF_DELEGATION,
            ParticipationRole.DELEGATE,
            ParticipationRole.DELEGATE);
    assertThat(signedUp.participations().get(1).affiliation()).isNotNull();
    assertThat(signedUp.participations().get(1).affiliation().position()).isEqualTo("Trưởng phòng");
    assertThat(signedUp.participations().get(1).affiliation().organisation()).isEqualTo(dost.id());
    assertThat(roster.going(tour.id())).containsExactly("Trần Văn A", "Lê Thị B", "Phạm C");
  }

  @Test
  void aDelegationWithoutDelegatesIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(
            () -> roster.signUp(tour.id(), member("Trần Văn A", "Phó Giám đốc"), List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("delegates"));
    assertThat(coplan.activities().get(tour.id()).participations()).isEmpty();
  }

  @Test
  void signingUpTheSameHeadTwiceIsARuleViolationFromCoplan() {
    roster.signUp(
        tour.id(),
        member("Trần Văn A", "Phó Giám đốc"),
        List.of(member("Lê Thị B", "Trưởng phòng")));

    // A second registration makes a new person, so it is allowed; the same person twice is not.
    Participation head = coplan.activities().get(tour.id()).participations().get(0);
    assertThatThrownBy(
            () ->
                coplan
                    .activities()
                    .addParticipant(
                        new AddParticipant(
                            tour.id(),
                            head.participant(),
                            ParticipationRole.HEAD_OF_DELEGATION,
                            head.status())))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("participation.exists"));
    assertThat(coplan.activities().get(tour.id()).participations()).hasSize(2);
  }

  private DelegationRoster.Member member(String name, String position) {
    return new DelegationRoster.Member(
        name,
        new Affiliation(dost.id(), position, null, null),
        PersonProfile.of(name, CountryCode.VN));
  }
}
