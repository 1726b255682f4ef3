package io.github.coplan.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An application's test of its own service, run against the in-memory store. */
class DelegationRosterTest {

  private Coplan coplan;
  private DelegationRoster roster;
  private Organisation dost;
  private Activity tour;

  @BeforeEach
  void setUp() {
    coplan = Coplan.builder().storage(InMemoryStorage.create()).build();
    roster = new DelegationRoster(coplan);
    dost = coplan.organisations().register(new RegisterOrganisation(OrganisationProfile.builder()
        .name(LocalizedText.of("vi", "Sở Khoa học và Công nghệ TP.HCM"))
        .type(OrganisationType.LOCAL_GOVERNMENT)
        .country(CountryCode.VN)
        .build()));
    CooperationPlan plan = coplan.plans().draft(new DraftPlan(PlanCode.of("TOUR-TEST"), LocalizedText.of("en", "Study tour test plan")).withPeriod(DateSpan.parse("2018/2021")));
    coplan.plans().addContentArea(new AddContentArea(plan.id(), new ContentArea(1, LocalizedText.of("en", "Policy"))));
    tour = coplan.activities().propose(new ProposeActivity(plan.id(), ActivityDetails.builder()
        .contentArea(1)
        .type(ActivityType.STUDY_TOUR)
        .title(LocalizedText.of("en", "Study tour to Israel"))
        .planned(DateSpan.parse("2018-11/.."))
        .build()));
  }

  @AfterEach
  void tearDown() {
    coplan.close();
  }

  @Test
  void signsUpTheHeadFirstThenTheDelegatesWithTheirAffiliationsAtTheTime() {
    Activity signedUp = roster.signUp(tour.id(), member("Trần Văn A", "Phó Giám đốc"),
        List.of(member("Lê Thị B", "Trưởng phòng"), member("Phạm C", "Chuyên viên")));

    assertThat(signedUp.participations()).extracting(Participation::role).containsExactly(
        ParticipationRole.HEAD_OF_DELEGATION, ParticipationRole.DELEGATE, ParticipationRole.DELEGATE);
    assertThat(signedUp.participations().get(1).affiliation()).isNotNull();
    assertThat(signedUp.participations().get(1).affiliation().position()).isEqualTo("Trưởng phòng");
    assertThat(signedUp.participations().get(1).affiliation().organisation()).isEqualTo(dost.id());
    assertThat(roster.going(tour.id())).containsExactly("Trần Văn A", "Lê Thị B", "Phạm C");
  }

  @Test
  void aDelegationWithoutDelegatesIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> roster.signUp(tour.id(), member("Trần Văn A", "Phó Giám đốc"), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("delegates"));
    assertThat(coplan.activities().get(tour.id()).participations()).isEmpty();
  }

  @Test
  void signingUpTheSameHeadTwiceIsARuleViolationFromCoplan() {
    roster.signUp(tour.id(), member("Trần Văn A", "Phó Giám đốc"), List.of(member("Lê Thị B", "Trưởng phòng")));

    // A second registration makes a new person, so it is allowed; the same person twice is not.
    Activity current = coplan.activities().get(tour.id());
    var head = current.participations().get(0);
    assertThatThrownBy(() -> coplan.activities().addParticipant(new io.github.coplan.application.AddParticipant(
            tour.id(), head.participant(), ParticipationRole.HEAD_OF_DELEGATION, head.status())))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("participation.exists"));
    assertThat(coplan.activities().get(tour.id()).participations()).hasSize(2);
  }

  private DelegationRoster.Member member(String name, String position) {
    return new DelegationRoster.Member(name,
        new Affiliation(dost.id(), position, LocalDate.of(2015, 1, 1), null),
        new PersonProfile(name, CountryCode.VN, Set.of("innovation policy"), null, false));
  }
}
