package io.github.coplan.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(CoplanExtension.class)
class TestDataTest {

  @Test
  void anOrganisationHasItsDefaultsAndIsStored(UseCases coplan, TestData data) {
    Organisation first = data.organisation().create();
    Organisation second =
        data.organisation()
            .name("Israel Innovation Authority")
            .acronym("IIA")
            .type(OrganisationType.GOVERNMENT)
            .country(CountryCode.of("IL"))
            .create();

    assertThat(first.profile().name()).isEqualTo(LocalizedText.of("en", "Organisation 1"));
    assertThat(first.profile().acronym()).isNull();
    assertThat(first.profile().type()).isEqualTo(OrganisationType.OTHER);
    assertThat(first.profile().country()).isEqualTo(CountryCode.VN);
    assertThat(second.profile().name())
        .isEqualTo(LocalizedText.of("en", "Israel Innovation Authority"));
    assertThat(second.profile().acronym()).isEqualTo("IIA");
    assertThat(second.profile().type()).isEqualTo(OrganisationType.GOVERNMENT);
    assertThat(second.profile().country()).isEqualTo(CountryCode.of("IL"));
    assertThat(coplan.organisations().get(second.id())).isEqualTo(second);
  }

  @Test
  void aPersonIsAffiliatedWithANewOrganisationUnlessTold(UseCases coplan, TestData data) {
    Person anyone = data.person().create();
    Organisation dost = data.organisation().name("DOST HCMC").create();
    Person deputy =
        data.person()
            .name("Trần Văn A")
            .country(CountryCode.VN)
            .affiliatedWith(dost, "Phó Giám đốc")
            .create();

    assertThat(anyone.profile().name()).isEqualTo("Person 1");
    assertThat(anyone.profile().country()).isEqualTo(CountryCode.VN);
    Affiliation own = anyone.affiliations().get(0);
    assertThat(own.position()).isEqualTo("Staff");
    assertThat(coplan.organisations().get(own.organisation()).profile().name())
        .isEqualTo(LocalizedText.of("en", "Organisation 1"));
    assertThat(deputy.affiliations())
        .containsExactly(new Affiliation(dost.id(), "Phó Giám đốc", null, null));
    assertThat(coplan.people().get(deputy.id())).isEqualTo(deputy);
  }

  @Test
  void aPlanIsActiveWithTwoPartiesAndThreeNumberedAreas(UseCases coplan, TestData data) {
    CooperationPlan plan = data.plan().create();

    assertThat(plan.code()).isEqualTo(PlanCode.of("PLAN-1"));
    assertThat(plan.title()).isEqualTo(LocalizedText.of("en", "Plan 1"));
    assertThat(plan.period()).isEqualTo(DateSpan.parse("2018/2021"));
    assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plan.parties()).hasSize(2);
    assertThat(plan.parties().get(0).roles())
        .containsExactlyInAnyOrder(PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING);
    assertThat(plan.parties().get(1).roles()).containsExactly(PartyRole.IMPLEMENTING);
    assertThat(plan.parties())
        .extracting(p -> coplan.organisations().get(p.organisation()).profile().name().original())
        .containsExactly("Organisation 1", "Organisation 2");
    assertThat(plan.contentAreas())
        .containsExactly(
            new ContentArea(1, LocalizedText.of("en", "Content area 1")),
            new ContentArea(2, LocalizedText.of("en", "Content area 2")),
            new ContentArea(3, LocalizedText.of("en", "Content area 3")));
    assertThat(coplan.plans().get(plan.id())).isEqualTo(plan);
  }

  @Test
  void aPlanTakesTheGivenPartsAndParties(TestData data) {
    Organisation dost = data.organisation().create();
    Organisation iia = data.organisation().create();
    Organisation embassy = data.organisation().create();

    CooperationPlan plan =
        data.plan()
            .code("HCMC-IIA-2018")
            .title("HCMC – Israel")
            .period("2018-11/..")
            .parties(dost, iia, embassy)
            .contentAreas(7)
            .create();

    assertThat(plan.code()).isEqualTo(PlanCode.of("HCMC-IIA-2018"));
    assertThat(plan.title().original()).isEqualTo("HCMC – Israel");
    assertThat(plan.period()).hasToString("2018-11/..");
    assertThat(plan.parties())
        .containsExactly(
            Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING),
            Party.of(iia.id(), PartyRole.IMPLEMENTING),
            Party.of(embassy.id(), PartyRole.IMPLEMENTING));
    assertThat(plan.contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @ParameterizedTest
  @EnumSource(PlanStatus.class)
  void aPlanReachesEveryStatus(PlanStatus status, UseCases coplan, TestData data) {
    CooperationPlan plan = data.plan().status(status).create();

    assertThat(plan.status()).isEqualTo(status);
    assertThat(plan.statusReason())
        .isEqualTo(
            status == PlanStatus.SUSPENDED || status == PlanStatus.CANCELLED ? "test data" : null);
    assertThat(coplan.plans().get(plan.id())).isEqualTo(plan);
  }

  @Test
  void anActivityComesWithItsOwnPlanUnlessGivenOne(UseCases coplan, TestData data) {
    Activity first = data.activity().create();
    CooperationPlan plan = data.plan().create();
    Activity tour =
        data.activity(plan)
            .contentArea(2)
            .type(ActivityType.STUDY_TOUR)
            .title("Study tour to Israel")
            .planned("2018-11/..")
            .create();

    assertThat(first.details().title()).isEqualTo(LocalizedText.of("en", "Activity 1"));
    assertThat(first.details().type()).isEqualTo(ActivityType.WORKSHOP);
    assertThat(first.details().contentArea()).isEqualTo(1);
    assertThat(first.details().planned()).isEqualTo(DateSpan.parse("2019"));
    assertThat(first.status()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(coplan.plans().get(first.plan()).code()).isEqualTo(PlanCode.of("PLAN-1"));
    assertThat(coplan.plans().get(first.plan()).status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(tour.plan()).isEqualTo(plan.id());
    assertThat(plan.code()).isEqualTo(PlanCode.of("PLAN-2"));
    assertThat(tour.details().title().original()).isEqualTo("Study tour to Israel");
    assertThat(tour.details().contentArea()).isEqualTo(2);
    assertThat(tour.details().type()).isEqualTo(ActivityType.STUDY_TOUR);
    assertThat(tour.details().planned()).hasToString("2018-11/..");
    assertThat(coplan.activities().get(tour.id())).isEqualTo(tour);
  }

  @Test
  void anActivityInAHigherAreaGetsAPlanWithThatArea(TestData data, UseCases coplan) {
    Activity activity = data.activity().contentArea(9).create();

    assertThat(coplan.plans().get(activity.plan()).contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @ParameterizedTest
  @EnumSource(ActivityStatus.class)
  void anActivityReachesEveryStatus(ActivityStatus status, UseCases coplan, TestData data) {
    Activity activity = data.activity().planned("2018-11-20/2018-11-22").status(status).create();

    assertThat(activity.status()).isEqualTo(status);
    boolean started = status == ActivityStatus.IN_PROGRESS || status == ActivityStatus.COMPLETED;
    assertThat(activity.actualStart()).isEqualTo(started ? PartialDate.parse("2018-11-20") : null);
    assertThat(activity.actualEnd())
        .isEqualTo(status == ActivityStatus.COMPLETED ? PartialDate.parse("2018-11-22") : null);
    assertThat(activity.statusReason())
        .isEqualTo(
            status == ActivityStatus.POSTPONED || status == ActivityStatus.CANCELLED
                ? "test data"
                : null);
    assertThat(coplan.activities().get(activity.id())).isEqualTo(activity);
  }

  @Test
  void anOpenSpanCompletesOnItsStart(TestData data) {
    Activity activity =
        data.activity().planned("2018-Q4/..").status(ActivityStatus.COMPLETED).create();

    assertThat(activity.actualStart()).isEqualTo(PartialDate.parse("2018-Q4"));
    assertThat(activity.actualEnd()).isEqualTo(PartialDate.parse("2018-Q4"));
  }

  @Test
  void whatThePlanRefusesLeavesNothingBehind(UseCases coplan, TestData data) {
    CooperationPlan plan = data.plan().contentAreas(2).create();

    assertThatThrownBy(() -> data.activity(plan).contentArea(3).create())
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo("plan.content-area-unknown"));
    assertThatThrownBy(() -> data.plan().parties(data.organisation().create()).create())
        .isInstanceOf(RuleViolationException.class);

    assertThat(coplan.activities().search(ActivityQuery.builder().withTotal().build()).total())
        .isZero();
    assertThat(coplan.plans().search(PlanQuery.builder().withTotal().build()).total()).isOne();
    // The plan of two parties and the lone party of the refused plan; the refused plan's draft is
    // gone.
    assertThat(
            coplan.organisations().search(OrganisationQuery.builder().withTotal().build()).total())
        .isEqualTo(3);
  }

  @Test
  void badInputIsRefusedWithTypedErrors(TestData data) {
    CooperationPlan plan = data.plan().create();

    assertInvalid(() -> TestData.of(null), "coplan");
    assertInvalid(() -> data.activity(null), "plan");
    assertInvalid(() -> data.person().affiliatedWith(null, "Staff"), "organisation");
    assertInvalid(() -> data.plan().contentAreas(-1), "contentAreas");
    assertInvalid(() -> data.plan().contentAreas(1000), "contentAreas");
    assertInvalid(() -> data.plan().period("2021/2018"), "period.end");
    assertInvalid(() -> data.activity(plan).planned("soon"), "planned.start");
    assertInvalid(() -> data.organisation().name(" ").create(), "name.en");
    assertInvalid(() -> data.plan().code("not a code").create(), "");
  }

  private static void assertInvalid(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).first().isEqualTo(path));
  }

  @Test
  void numbersCountPerKind(TestData data) {
    List<String> names =
        List.of(data.organisation().create(), data.organisation().create()).stream()
            .map(o -> o.profile().name().original())
            .toList();

    assertThat(names).containsExactly("Organisation 1", "Organisation 2");
    assertThat(data.person().create().profile().name()).isEqualTo("Person 1");
    assertThat(data.plan().create().code()).isEqualTo(PlanCode.of("PLAN-1"));
  }
}
