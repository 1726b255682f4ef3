package io.github.coplan.testing;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.NetworkRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fake storage answers the network's port as its javadoc says, as the stores do: versions, the
 * unique tie, not found, and missing or out-of-range arguments refused with their paths.
 */
class FakeStorageNetworkTest {

  private static final Participant A = Participant.of(new PersonId(new UUID(0x7e, 1)));
  private static final Participant B = Participant.of(new PersonId(new UUID(0x7e, 2)));
  private static final PartialDate Y2019 = PartialDate.ofYear(2019);

  private final FakeStorage storage = new FakeStorage();

  private <T> T write(Function<NetworkRepository, T> work) {
    return storage.inTransaction(r -> work.apply(r.network()));
  }

  private <T> T read(Function<NetworkRepository, T> work) {
    return storage.readOnly(r -> work.apply(r.network()));
  }

  private static Relationship fresh(long n, PartialDate start) {
    return Relationship.record(
        new RelationshipId(new UUID(0x4e, n)),
        RelationshipType.INTRODUCED_TO,
        A,
        B,
        start,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void relationshipsKeepVersionsAndTheUniqueTie() {
    Relationship stored = write(n -> n.insertRelationship(fresh(1, Y2019)));
    assertThat(stored.version()).isEqualTo(1);
    Optional<Relationship> tie = read(n -> n.findTie(stored.type(), A, B, Y2019));
    assertThat(tie).contains(stored);
    assertThat(catchThrowable(() -> write(n -> n.insertRelationship(fresh(2, Y2019)))))
        .isInstanceOfSatisfying(
            DuplicateException.class,
            e -> assertThat(e.what()).isEqualTo(DuplicateException.RELATIONSHIP));
    assertThat(
            catchThrowable(
                () -> write(n -> n.updateRelationship(fresh(3, PartialDate.ofYear(2020))))))
        .isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> write(n -> n.updateRelationship(fresh(1, Y2019)))))
        .isInstanceOf(ConflictException.class);
    Relationship revised =
        write(n -> n.updateRelationship(stored.revise(PartialDate.ofYear(2020), null, null)));
    assertThat(revised.version()).isEqualTo(2);
    List<Relationship> ofB = read(n -> n.relationshipsOf(B));
    assertThat(ofB).containsExactly(revised);
  }

  @Test
  void missingAndOutOfRangeArgumentsAreRefusedWithTheirPaths() {
    LocalDate day = LocalDate.of(2019, 1, 1);
    violation(() -> read(n -> n.findType(null)), "id", "required");
    violation(() -> read(n -> n.findTie(null, A, B, Y2019)), "type", "required");
    violation(() -> read(n -> n.connectionsOf(A, null, null)), "asOf", "required");
    violation(() -> read(n -> n.network(A, 3, day, 10, null)), "depth", "out-of-range");
    violation(() -> read(n -> n.network(A, 1, day, 0, null)), "limit", "out-of-range");
    violation(() -> read(n -> n.goneCold(A, day, null, null)), "cutoff", "required");
    violation(() -> read(n -> n.mostConnected(null, day, day, 0, null)), "limit", "out-of-range");
    List<Degree> none = read(n -> n.mostConnected(null, day, day, 10, null));
    assertThat(none).isEmpty();
  }
}
