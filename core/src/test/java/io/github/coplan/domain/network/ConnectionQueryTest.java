package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.network.ConnectionQuery.Side;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connection query: its period and limit, its fluent changes, and what each side accepts. */
class ConnectionQueryTest {

  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2019, 12, 31);
  private static final Participant PERSON = Participant.of(DIRECTOR);
  private static final Participant ORGANISATION = Participant.of(IIA);
  private static final OrganisationType PRIVATE = OrganisationType.PRIVATE_SECTOR;
  private static final OrganisationType ACADEMIC = OrganisationType.ACADEMIC;

  // ---- the query -------------------------------------------------------------------------------

  @Test
  void ofAsksForEveryoneInTheWholePlanUpToTheMostConnections() {
    ConnectionQuery q = ConnectionQuery.of(PLAN, JAN_1, DEC_31);

    assertThat(q.plan()).isEqualTo(PLAN);
    assertThat(q.contentArea()).isNull();
    assertThat(q.from()).isEqualTo(JAN_1);
    assertThat(q.to()).isEqualTo(DEC_31);
    assertThat(q.firstSide()).isEqualTo(Side.ANYONE);
    assertThat(q.secondSide()).isEqualTo(Side.ANYONE);
    assertThat(q.limit()).isEqualTo(10_000);
    assertThat(ConnectionQuery.MAX_LIMIT).isEqualTo(10_000);
  }

  @Test
  void theFluentMethodsChangeOnePartEachAndLeaveTheQueryAsItWas() {
    ConnectionQuery q = ConnectionQuery.of(PLAN, JAN_1, DEC_31);
    Side startUps = Side.organisations(CountryCode.VN, PRIVATE);
    Side israelis = Side.from(CountryCode.IL);

    ConnectionQuery changed = q.inArea(5).first(startUps).second(israelis).limit(20);

    assertThat(changed)
        .isEqualTo(new ConnectionQuery(PLAN, 5, JAN_1, DEC_31, startUps, israelis, 20));
    assertThat(q)
        .isEqualTo(
            new ConnectionQuery(PLAN, null, JAN_1, DEC_31, Side.ANYONE, Side.ANYONE, 10_000));
    assertThat(q.inArea(1))
        .isEqualTo(new ConnectionQuery(PLAN, 1, JAN_1, DEC_31, Side.ANYONE, Side.ANYONE, 10_000));
    assertThat(q.first(israelis))
        .isEqualTo(new ConnectionQuery(PLAN, null, JAN_1, DEC_31, israelis, Side.ANYONE, 10_000));
    assertThat(q.second(startUps))
        .isEqualTo(new ConnectionQuery(PLAN, null, JAN_1, DEC_31, Side.ANYONE, startUps, 10_000));
    assertThat(q.limit(1))
        .isEqualTo(new ConnectionQuery(PLAN, null, JAN_1, DEC_31, Side.ANYONE, Side.ANYONE, 1));
    assertThat(changed.inArea(1).contentArea()).isEqualTo(1);
    assertThat(changed.limit(7).firstSide()).isEqualTo(startUps);
  }

  @Test
  void aPeriodOfOneDayIsAccepted() {
    assertThat(ConnectionQuery.of(PLAN, JAN_1, JAN_1).to()).isEqualTo(JAN_1);
  }

  @Test
  void aPeriodThatEndsBeforeItBeginsIsRefusedOnItsEnd() {
    assertThat(invalidInput(() -> ConnectionQuery.of(PLAN, JAN_1, JAN_1.minusDays(1))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "to",
                Violation.END_BEFORE_START,
                "the period ends 2018-12-31, before it begins 2019-01-01"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 9_999, 10_000})
  void aLimitFromOneToTenThousandIsAccepted(int limit) {
    assertThat(ConnectionQuery.of(PLAN, JAN_1, DEC_31).limit(limit).limit()).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10_001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void aLimitOutsideOneToTenThousandIsRefused(int limit) {
    ConnectionQuery q = ConnectionQuery.of(PLAN, JAN_1, DEC_31);

    assertThat(invalidInput(() -> q.limit(limit)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("limit", Violation.OUT_OF_RANGE, "1 to 10000, was " + limit));
  }

  @Test
  void everyViolationIsListed() {
    violations(
        () -> new ConnectionQuery(null, null, null, null, null, null, 0),
        tuple("plan", Violation.REQUIRED),
        tuple("from", Violation.REQUIRED),
        tuple("to", Violation.REQUIRED),
        tuple("firstSide", Violation.REQUIRED),
        tuple("secondSide", Violation.REQUIRED),
        tuple("limit", Violation.OUT_OF_RANGE));
    violations(
        () -> new ConnectionQuery(PLAN, 1, DEC_31, JAN_1, Side.ANYONE, Side.ANYONE, 10_001),
        tuple("to", Violation.END_BEFORE_START),
        tuple("limit", Violation.OUT_OF_RANGE));
    violation(() -> ConnectionQuery.of(PLAN, null, DEC_31), "from", Violation.REQUIRED);
    violation(
        () -> ConnectionQuery.of(PLAN, JAN_1, DEC_31).first(null), "firstSide", Violation.REQUIRED);
    violation(
        () -> ConnectionQuery.of(PLAN, JAN_1, DEC_31).second(null),
        "secondSide",
        Violation.REQUIRED);
  }

  // ---- a side ----------------------------------------------------------------------------------

  @Test
  void theFactoriesOfASideSetItsCriteria() {
    assertThat(Side.ANYONE).isEqualTo(new Side(null, null, null));
    assertThat(Side.from(CountryCode.IL)).isEqualTo(new Side(null, CountryCode.IL, null));
    assertThat(Side.people(CountryCode.VN))
        .isEqualTo(new Side(ParticipantKind.PERSON, CountryCode.VN, null));
    assertThat(Side.organisations(CountryCode.VN, PRIVATE))
        .isEqualTo(new Side(ParticipantKind.ORGANISATION, CountryCode.VN, PRIVATE));
  }

  @Test
  void aTypeIsRefusedForPeopleAndAcceptedOtherwise() {
    violation(
        () -> new Side(ParticipantKind.PERSON, null, PRIVATE), "type", Violation.OUT_OF_RANGE);
    violation(
        () -> new Side(ParticipantKind.PERSON, CountryCode.VN, ACADEMIC),
        "type",
        Violation.OUT_OF_RANGE);
    assertThat(new Side(null, null, ACADEMIC).type()).isEqualTo(ACADEMIC);
    assertThat(new Side(ParticipantKind.ORGANISATION, null, ACADEMIC).kind())
        .isEqualTo(ParticipantKind.ORGANISATION);
    assertThat(new Side(ParticipantKind.PERSON, CountryCode.VN, null).kind())
        .isEqualTo(ParticipantKind.PERSON);
  }

  @Test
  void theFactoriesOfASideRefuseWhatIsMissing() {
    violation(() -> Side.from(null), "country", Violation.REQUIRED);
    violation(() -> Side.people(null), "country", Violation.REQUIRED);
    violation(() -> Side.organisations(null, PRIVATE), "country", Violation.REQUIRED);
    violation(() -> Side.organisations(CountryCode.VN, null), "type", Violation.REQUIRED);
  }

  @Test
  void anyoneAcceptsEveryParticipant() {
    assertThat(Side.ANYONE.accepts(PERSON, null, null)).isTrue();
    assertThat(Side.ANYONE.accepts(PERSON, CountryCode.VN, null)).isTrue();
    assertThat(Side.ANYONE.accepts(ORGANISATION, null, null)).isTrue();
    assertThat(Side.ANYONE.accepts(ORGANISATION, CountryCode.IL, ACADEMIC)).isTrue();
  }

  @Test
  void aKindAcceptsOnlyParticipantsOfThatKind() {
    Side people = new Side(ParticipantKind.PERSON, null, null);
    Side organisations = new Side(ParticipantKind.ORGANISATION, null, null);

    assertThat(people.accepts(PERSON, null, null)).isTrue();
    assertThat(people.accepts(ORGANISATION, null, null)).isFalse();
    assertThat(organisations.accepts(ORGANISATION, CountryCode.VN, PRIVATE)).isTrue();
    assertThat(organisations.accepts(PERSON, CountryCode.VN, null)).isFalse();
  }

  @Test
  void aCountryAcceptsOnlyParticipantsOfThatCountry() {
    Side israelis = Side.from(CountryCode.IL);

    assertThat(israelis.accepts(PERSON, CountryCode.IL, null)).isTrue();
    assertThat(israelis.accepts(ORGANISATION, CountryCode.IL, ACADEMIC)).isTrue();
    assertThat(israelis.accepts(PERSON, CountryCode.VN, null)).isFalse();
    assertThat(israelis.accepts(ORGANISATION, null, ACADEMIC)).isFalse();
    assertThat(Side.people(CountryCode.VN).accepts(PERSON, CountryCode.VN, null)).isTrue();
    assertThat(Side.people(CountryCode.VN).accepts(ORGANISATION, CountryCode.VN, null)).isFalse();
    assertThat(Side.people(CountryCode.VN).accepts(PERSON, CountryCode.IL, null)).isFalse();
  }

  @Test
  void aTypeAcceptsOnlyOrganisationsOfThatType() {
    Side academic = new Side(null, null, ACADEMIC);
    Side startUps = Side.organisations(CountryCode.VN, PRIVATE);

    assertThat(academic.accepts(ORGANISATION, null, ACADEMIC)).isTrue();
    assertThat(academic.accepts(ORGANISATION, null, PRIVATE)).isFalse();
    assertThat(academic.accepts(ORGANISATION, null, null)).isFalse();
    assertThat(academic.accepts(PERSON, null, null)).isFalse();
    assertThat(startUps.accepts(ORGANISATION, CountryCode.VN, PRIVATE)).isTrue();
    assertThat(startUps.accepts(ORGANISATION, CountryCode.VN, ACADEMIC)).isFalse();
    assertThat(startUps.accepts(ORGANISATION, CountryCode.IL, PRIVATE)).isFalse();
    assertThat(startUps.accepts(ORGANISATION, null, PRIVATE)).isFalse();
    assertThat(startUps.accepts(PERSON, CountryCode.VN, PRIVATE)).isFalse();
  }
}
