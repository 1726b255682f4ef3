package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The command that adds a list of participants: each participant and role once, 1 to 10,000. */
@SuppressWarnings("NullAway")
class AddParticipantsTest {

  private static final ActivityId TOUR = activityId(1);
  private static final AddParticipants.Entry DELEGATE =
      AddParticipants.Entry.of(
          Participant.of(DIRECTOR), ParticipationRole.DELEGATE, ParticipationStatus.INVITED);
  private static final AddParticipants.Entry SPEAKER =
      AddParticipants.Entry.of(
          Participant.of(DIRECTOR), ParticipationRole.SPEAKER, ParticipationStatus.INVITED);
  private static final AddParticipants.Entry GUEST =
      AddParticipants.Entry.of(
          Participant.of(DEPUTY_AMBASSADOR),
          ParticipationRole.DELEGATE,
          ParticipationStatus.CONFIRMED);

  @Test
  void aListIsKeptInOrderAndCannotBeChangedAfterwards() {
    List<AddParticipants.Entry> given = new ArrayList<>(List.of(DELEGATE, SPEAKER, GUEST));
    AddParticipants command = new AddParticipants(TOUR, given);
    given.clear();

    assertThat(command.activity()).isEqualTo(TOUR);
    assertThat(command.entries()).containsExactly(DELEGATE, SPEAKER, GUEST);
    assertThat(command.expectedVersion()).isNull();
    assertThat(command.expecting(4).expectedVersion()).isEqualTo(4L);
    assertThat(command.expecting(4).entries()).isEqualTo(command.entries());
    assertThatThrownBy(() -> command.entries().add(GUEST))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aParticipantListedTwiceInOneRoleIsRefusedAtTheSecondPlace() {
    violations(
        () -> new AddParticipants(TOUR, List.of(DELEGATE, SPEAKER, GUEST, DELEGATE, GUEST)),
        tuple("entries[3]", Violation.DUPLICATE),
        tuple("entries[4]", Violation.DUPLICATE));
    AddParticipants.Entry confirmedDelegate =
        AddParticipants.Entry.of(
            Participant.of(DIRECTOR), ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED);
    violation(
        () -> new AddParticipants(TOUR, List.of(DELEGATE, confirmedDelegate)),
        "entries[1]",
        Violation.DUPLICATE);
  }

  @Test
  void missingPartsAreRequiredAndEveryViolationIsListed() {
    violations(
        () -> new AddParticipants(null, Arrays.asList(DELEGATE, null, null), 0L),
        tuple("activity", Violation.REQUIRED),
        tuple("entries[1]", Violation.REQUIRED),
        tuple("entries[2]", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(() -> new AddParticipants(TOUR, null), "entries", Violation.REQUIRED);
    violation(() -> new AddParticipants(TOUR, List.of()), "entries", Violation.OUT_OF_RANGE);
  }

  @Test
  void aListHoldsAtMostAsManyEntriesAsAnActivity() {
    List<AddParticipants.Entry> full = new ArrayList<>();
    for (long n = 0; n < Activity.MAX_PARTICIPATIONS; n++) {
      full.add(
          AddParticipants.Entry.of(
              Participant.of(new PersonId(new UUID(3, n))),
              ParticipationRole.DELEGATE,
              ParticipationStatus.INVITED));
    }

    assertThat(new AddParticipants(TOUR, full).entries()).hasSize(Activity.MAX_PARTICIPATIONS);
    full.add(DELEGATE);
    violation(() -> new AddParticipants(TOUR, full), "entries", Violation.OUT_OF_RANGE);
  }

  @Test
  void anEntryNeedsItsPartsAndAnAffiliationOnlyForAPerson() {
    violations(
        () -> new AddParticipants.Entry(null, null, null, null),
        tuple("participant", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
    AffiliationSnapshot atDost = new AffiliationSnapshot(DOST, "Giám đốc");
    violation(
        () ->
            new AddParticipants.Entry(
                Participant.of(DOST), ParticipationRole.HOST, ParticipationStatus.INVITED, atDost),
        "affiliation",
        Violation.OUT_OF_RANGE);
    AddParticipants.Entry withAffiliation =
        new AddParticipants.Entry(
            Participant.of(DIRECTOR),
            ParticipationRole.HEAD_OF_DELEGATION,
            ParticipationStatus.CONFIRMED,
            atDost);
    assertThat(withAffiliation.affiliation()).isEqualTo(atDost);
    assertThat(DELEGATE.affiliation()).isNull();
    assertThat(DELEGATE.status()).isEqualTo(ParticipationStatus.INVITED);
  }
}
