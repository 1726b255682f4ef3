package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.CountryCode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of derived indicators: their sets checked and ordered, their factories and withers, and
 * what they say they count.
 */
class RuleTest {

  private static final CountryCode DE = CountryCode.of("DE");

  @SafeVarargs
  private static <T> Set<T> inOrder(T... values) {
    return new LinkedHashSet<>(Arrays.asList(values));
  }

  // ---- completed activities --------------------------------------------------------------------

  @Test
  void completedActivitiesNeedBothSets() {
    violation(() -> new Rule.CompletedActivities(null, Set.of()), "types", Violation.REQUIRED);
    violation(
        () -> new Rule.CompletedActivities(Set.of(), null), "contentAreas", Violation.REQUIRED);
    violations(
        () -> new Rule.CompletedActivities(null, null),
        tuple("types", Violation.REQUIRED),
        tuple("contentAreas", Violation.REQUIRED));
  }

  @Test
  void completedActivitiesRefuseAMissingElementAtItsIndex() {
    violation(
        () -> new Rule.CompletedActivities(inOrder(ActivityType.WORKSHOP, null), inOrder(1, 2)),
        "types[1]",
        Violation.REQUIRED);
    violations(
        () -> new Rule.CompletedActivities(inOrder((ActivityType) null), inOrder(2, null)),
        tuple("types[0]", Violation.REQUIRED),
        tuple("contentAreas[1]", Violation.REQUIRED));
  }

  @Test
  void aContentAreaIsPositive() {
    violation(
        () -> new Rule.CompletedActivities(Set.of(), Set.of(0)),
        "contentAreas",
        Violation.OUT_OF_RANGE);
    violations(
        () -> new Rule.CompletedActivities(Set.of(), inOrder(3, -1, 0)),
        tuple("contentAreas", Violation.OUT_OF_RANGE),
        tuple("contentAreas", Violation.OUT_OF_RANGE));
    violations(
        () -> new Rule.CompletedActivities(null, inOrder(null, 0)),
        tuple("types", Violation.REQUIRED),
        tuple("contentAreas[0]", Violation.REQUIRED),
        tuple("contentAreas", Violation.OUT_OF_RANGE));
    assertThat(new Rule.CompletedActivities(Set.of(), Set.of(1)).contentAreas()).containsExactly(1);
  }

  @Test
  void aContentAreaOutOfRangeSaysWhichNumber() {
    assertThat(invalidInput(() -> Rule.AgreedIntroductions.inAreas(-4)).violations())
        .extracting(Violation::message)
        .containsExactly("a content area's number is positive, not -4");
  }

  @Test
  void completedActivitiesOrderTheirSetsAndKeepNoLinkToThoseGiven() {
    Set<ActivityType> types = inOrder(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR);
    Set<Integer> areas = inOrder(5, 1, 3);

    Rule.CompletedActivities rule = new Rule.CompletedActivities(types, areas);
    types.add(ActivityType.MEETING);
    areas.add(2);

    assertThat(rule.types()).containsExactly(ActivityType.STUDY_TOUR, ActivityType.WORKSHOP);
    assertThat(rule.contentAreas()).containsExactly(1, 3, 5);
    assertThatThrownBy(() -> rule.types().add(ActivityType.MEETING))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rule.contentAreas().add(2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void completedActivitiesFactoriesMakeWhatTheConstructorWould() {
    Rule.CompletedActivities any = Rule.CompletedActivities.ofTypes();
    Rule.CompletedActivities tours =
        Rule.CompletedActivities.ofTypes(
            ActivityType.WORKSHOP, ActivityType.STUDY_TOUR, ActivityType.WORKSHOP);

    assertThat(any).isEqualTo(new Rule.CompletedActivities(Set.of(), Set.of()));
    assertThat(tours)
        .isEqualTo(
            new Rule.CompletedActivities(
                Set.of(ActivityType.STUDY_TOUR, ActivityType.WORKSHOP), Set.of()));
    assertThat(tours.inAreas(2, 1))
        .isEqualTo(
            new Rule.CompletedActivities(
                Set.of(ActivityType.STUDY_TOUR, ActivityType.WORKSHOP), Set.of(1, 2)));
    assertThat(tours.inAreas(2).inAreas()).isEqualTo(tours);
  }

  @Test
  void completedActivitiesFactoriesRefuseMissingArguments() {
    violation(
        () -> Rule.CompletedActivities.ofTypes((ActivityType[]) null), "types", Violation.REQUIRED);
    violation(
        () -> Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP, null),
        "types[1]",
        Violation.REQUIRED);
    violation(
        () -> Rule.CompletedActivities.ofTypes().inAreas((Integer[]) null),
        "contentAreas",
        Violation.REQUIRED);
    violation(
        () -> Rule.CompletedActivities.ofTypes().inAreas(3, null),
        "contentAreas[1]",
        Violation.REQUIRED);
    violation(
        () -> Rule.CompletedActivities.ofTypes().inAreas(2, 0),
        "contentAreas",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void completedActivitiesSayWhatTheyCount() {
    assertThat(Rule.CompletedActivities.ofTypes().describe()).isEqualTo("completed activities");
    assertThat(Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR).describe())
        .isEqualTo("completed activities of type STUDY_TOUR");
    assertThat(
            Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR)
                .describe())
        .isEqualTo("completed activities of type STUDY_TOUR or WORKSHOP");
    assertThat(Rule.CompletedActivities.ofTypes().inAreas(2).describe())
        .isEqualTo("completed activities in content area 2");
    assertThat(
            Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR).inAreas(12, 3, 1).describe())
        .isEqualTo("completed activities of type STUDY_TOUR in content areas 1, 3, 12");
  }

  // ---- attendees -------------------------------------------------------------------------------

  @Test
  void attendeesNeedEverySet() {
    violations(
        () -> new Rule.Attendees(null, null, null, null),
        tuple("types", Violation.REQUIRED),
        tuple("contentAreas", Violation.REQUIRED),
        tuple("roles", Violation.REQUIRED),
        tuple("countries", Violation.REQUIRED));
    violation(
        () -> new Rule.Attendees(Set.of(), Set.of(), null, Set.of()), "roles", Violation.REQUIRED);
    violation(
        () -> new Rule.Attendees(Set.of(), Set.of(), Set.of(), null),
        "countries",
        Violation.REQUIRED);
  }

  @Test
  void attendeesRefuseMissingElementsAndAreasOutOfRange() {
    violations(
        () ->
            new Rule.Attendees(
                inOrder(ActivityType.MEETING, null),
                inOrder(0, null),
                inOrder(null, ParticipationRole.DELEGATE),
                inOrder(CountryCode.VN, CountryCode.IL, null)),
        tuple("types[1]", Violation.REQUIRED),
        tuple("contentAreas[1]", Violation.REQUIRED),
        tuple("contentAreas", Violation.OUT_OF_RANGE),
        tuple("roles[0]", Violation.REQUIRED),
        tuple("countries[2]", Violation.REQUIRED));
  }

  @Test
  void attendeesOrderTheirSets() {
    Rule.Attendees rule =
        new Rule.Attendees(
            inOrder(ActivityType.MEETING, ActivityType.STUDY_TOUR),
            inOrder(10, 2),
            inOrder(ParticipationRole.ATTENDEE, ParticipationRole.ORGANISER),
            inOrder(CountryCode.VN, DE, CountryCode.IL));

    assertThat(rule.types()).containsExactly(ActivityType.STUDY_TOUR, ActivityType.MEETING);
    assertThat(rule.contentAreas()).containsExactly(2, 10);
    assertThat(rule.roles())
        .containsExactly(ParticipationRole.ORGANISER, ParticipationRole.ATTENDEE);
    assertThat(rule.countries()).containsExactly(DE, CountryCode.IL, CountryCode.VN);
    assertThatThrownBy(() -> rule.roles().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rule.countries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachAttendeesWitherChangesOneSetAndKeepsTheOthers() {
    Rule.Attendees rule =
        new Rule.Attendees(
            Set.of(ActivityType.STUDY_TOUR),
            Set.of(1),
            Set.of(ParticipationRole.DELEGATE),
            Set.of(CountryCode.VN));

    assertThat(Rule.Attendees.ofTypes(ActivityType.MEETING, ActivityType.STUDY_TOUR))
        .isEqualTo(
            new Rule.Attendees(
                Set.of(ActivityType.STUDY_TOUR, ActivityType.MEETING),
                Set.of(),
                Set.of(),
                Set.of()));
    assertThat(rule.inAreas(3, 2))
        .isEqualTo(
            new Rule.Attendees(
                Set.of(ActivityType.STUDY_TOUR),
                Set.of(2, 3),
                Set.of(ParticipationRole.DELEGATE),
                Set.of(CountryCode.VN)));
    assertThat(rule.withRoles(ParticipationRole.HOST, ParticipationRole.EXPERT))
        .isEqualTo(
            new Rule.Attendees(
                Set.of(ActivityType.STUDY_TOUR),
                Set.of(1),
                Set.of(ParticipationRole.HOST, ParticipationRole.EXPERT),
                Set.of(CountryCode.VN)));
    assertThat(rule.from(CountryCode.IL))
        .isEqualTo(
            new Rule.Attendees(
                Set.of(ActivityType.STUDY_TOUR),
                Set.of(1),
                Set.of(ParticipationRole.DELEGATE),
                Set.of(CountryCode.IL)));
    assertThat(rule.from().withRoles().inAreas())
        .isEqualTo(Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR));
  }

  @Test
  void attendeesFactoriesRefuseMissingArguments() {
    Rule.Attendees any = Rule.Attendees.ofTypes();
    violation(() -> Rule.Attendees.ofTypes((ActivityType[]) null), "types", Violation.REQUIRED);
    violation(() -> Rule.Attendees.ofTypes((ActivityType) null), "types[0]", Violation.REQUIRED);
    violation(() -> any.inAreas((Integer[]) null), "contentAreas", Violation.REQUIRED);
    violation(() -> any.inAreas(1, 2, null), "contentAreas[2]", Violation.REQUIRED);
    violation(() -> any.inAreas(-2), "contentAreas", Violation.OUT_OF_RANGE);
    violation(() -> any.withRoles((ParticipationRole[]) null), "roles", Violation.REQUIRED);
    violation(() -> any.withRoles(ParticipationRole.HOST, null), "roles[1]", Violation.REQUIRED);
    violation(() -> any.from((CountryCode[]) null), "countries", Violation.REQUIRED);
    violation(() -> any.from(null, CountryCode.VN), "countries[0]", Violation.REQUIRED);
  }

  @Test
  void attendeesSayWhatTheyCount() {
    Rule.Attendees any = Rule.Attendees.ofTypes();
    assertThat(any.describe()).isEqualTo("distinct people who attended activities");
    assertThat(any.withRoles(ParticipationRole.DELEGATE).describe())
        .isEqualTo("distinct people who attended activities as DELEGATE");
    assertThat(any.from(CountryCode.VN).describe())
        .isEqualTo("distinct people who attended activities from VN");
    assertThat(Rule.Attendees.ofTypes(ActivityType.WORKSHOP).describe())
        .isEqualTo("distinct people who attended activities of type WORKSHOP");
    assertThat(any.inAreas(7).describe())
        .isEqualTo("distinct people who attended activities in content area 7");
    assertThat(
            Rule.Attendees.ofTypes(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR)
                .inAreas(2, 1)
                .withRoles(ParticipationRole.DELEGATE, ParticipationRole.ORGANISER)
                .from(CountryCode.VN, CountryCode.IL)
                .describe())
        .isEqualTo(
            "distinct people who attended activities of type STUDY_TOUR or WORKSHOP in content"
                + " areas 1, 2 as ORGANISER or DELEGATE from IL or VN");
  }

  // ---- agreed introductions --------------------------------------------------------------------

  @Test
  void agreedIntroductionsNeedTheirSetOfPositiveAreas() {
    violation(() -> new Rule.AgreedIntroductions(null), "contentAreas", Violation.REQUIRED);
    violation(
        () -> new Rule.AgreedIntroductions(inOrder(4, null)),
        "contentAreas[1]",
        Violation.REQUIRED);
    violation(
        () -> new Rule.AgreedIntroductions(Set.of(0)), "contentAreas", Violation.OUT_OF_RANGE);
    violation(
        () -> Rule.AgreedIntroductions.inAreas((Integer[]) null),
        "contentAreas",
        Violation.REQUIRED);
    violation(
        () -> Rule.AgreedIntroductions.inAreas(null, 4), "contentAreas[0]", Violation.REQUIRED);
    violation(
        () -> Rule.AgreedIntroductions.inAreas(1, -1), "contentAreas", Violation.OUT_OF_RANGE);
  }

  @Test
  void agreedIntroductionsOrderTheirAreasAndSayWhatTheyCount() {
    Rule.AgreedIntroductions rule = Rule.AgreedIntroductions.inAreas(9, 4, 9);

    assertThat(rule.contentAreas()).containsExactly(4, 9);
    assertThat(rule).isEqualTo(new Rule.AgreedIntroductions(Set.of(4, 9)));
    assertThat(rule.hashCode()).isEqualTo(new Rule.AgreedIntroductions(Set.of(9, 4)).hashCode());
    assertThat(rule).isNotEqualTo(Rule.AgreedIntroductions.inAreas(4));
    assertThat(Rule.AgreedIntroductions.inAreas().describe())
        .isEqualTo("introductions that reached an agreement");
    assertThat(Rule.AgreedIntroductions.inAreas(4).describe())
        .isEqualTo("introductions that reached an agreement in content area 4");
    assertThat(rule.describe())
        .isEqualTo("introductions that reached an agreement in content areas 4, 9");
  }

  // ---- equality --------------------------------------------------------------------------------

  @Test
  void rulesAreEqualByKindAndSetsWhateverTheOrderGiven() {
    Rule a =
        new Rule.CompletedActivities(
            inOrder(ActivityType.WORKSHOP, ActivityType.MEETING), inOrder(2, 1));
    Rule b =
        new Rule.CompletedActivities(
            inOrder(ActivityType.MEETING, ActivityType.WORKSHOP), inOrder(1, 2));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(a).isNotEqualTo(Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP));
    assertThat(Rule.AgreedIntroductions.inAreas()).isNotEqualTo(Rule.CompletedActivities.ofTypes());
    assertThat(Rule.Attendees.ofTypes().from(CountryCode.VN))
        .isEqualTo(Rule.Attendees.ofTypes().from(CountryCode.VN))
        .isNotEqualTo(Rule.Attendees.ofTypes().from(CountryCode.IL))
        .isNotEqualTo(Rule.Attendees.ofTypes());
  }
}
