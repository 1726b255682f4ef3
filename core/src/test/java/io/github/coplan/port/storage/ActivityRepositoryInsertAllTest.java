package io.github.coplan.port.storage;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.testing.FakeStorage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default {@link ActivityRepository#insertAll}, over a store that has only {@code insert}. */
class ActivityRepositoryInsertAllTest {

  private final FakeStorage storage = new FakeStorage();

  private static Activity activity(long n) {
    return Activity.propose(activityId(n), PLAN, details(1, "2018-11", "Hoạt động " + n), null);
  }

  private List<Activity> stored(long... ns) {
    return storage.readOnly(
        r ->
            Arrays.stream(ns)
                .mapToObj(n -> r.activities().findById(activityId(n)))
                .flatMap(Optional::stream)
                .toList());
  }

  @Test
  void everyActivityIsStoredAtVersionOneInOrder() {
    List<Activity> result =
        storage.inTransaction(
            r -> r.activities().insertAll(List.of(activity(3), activity(1), activity(2))));

    assertThat(result)
        .extracting(Activity::id)
        .containsExactly(activityId(3), activityId(1), activityId(2));
    assertThat(result).extracting(Activity::version).containsOnly(1L);
    assertThat(result).isUnmodifiable();
    assertThat(stored(1, 2, 3))
        .containsExactly(
            Aggregates.withVersion(activity(1), 1),
            Aggregates.withVersion(activity(2), 1),
            Aggregates.withVersion(activity(3), 1));
  }

  @Test
  void anEmptyListStoresNothing() {
    List<Activity> none = storage.inTransaction(r -> r.activities().insertAll(List.of()));

    assertThat(none).isEmpty();
    assertThat(storage.commits()).isEqualTo(1);
  }

  @Test
  void aMissingListOrActivityIsInvalidInputAtItsPath() {
    violation(
        () -> storage.inTransaction(r -> r.activities().insertAll(null)),
        "activities",
        Violation.REQUIRED);
    violation(
        () ->
            storage.inTransaction(
                r -> r.activities().insertAll(Arrays.asList(activity(1), null, activity(2)))),
        "activities[1]",
        Violation.REQUIRED);
    assertThat(stored(1, 2)).isEmpty();
  }

  @Test
  void aVersionOtherThanZeroIsAConflict() {
    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                storage.inTransaction(
                    r ->
                        r.activities()
                            .insertAll(
                                List.of(activity(1), Aggregates.withVersion(activity(2), 4)))));

    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).contains(activityId(2).value().toString());
    assertThat(e.expectedVersion()).hasValue(4L);
  }

  @Test
  void anIdTwiceInTheListOrAlreadyStoredIsADuplicateAndNoneIsStored() {
    storage.inTransaction(r -> r.activities().insert(activity(2)));

    DuplicateException twice =
        catchThrowableOfType(
            DuplicateException.class,
            () ->
                storage.inTransaction(
                    r -> r.activities().insertAll(List.of(activity(1), activity(3), activity(1)))));
    DuplicateException taken =
        catchThrowableOfType(
            DuplicateException.class,
            () ->
                storage.inTransaction(
                    r -> r.activities().insertAll(List.of(activity(1), activity(2)))));

    assertThat(twice.what()).isEqualTo(DuplicateException.ID);
    assertThat(twice.value()).isEqualTo(activityId(1).value().toString());
    assertThat(taken.what()).isEqualTo(DuplicateException.ID);
    assertThat(taken.value()).isEqualTo(activityId(2).value().toString());
    assertThat(stored(1, 2, 3)).containsExactly(Aggregates.withVersion(activity(2), 1));
  }

  @Test
  void aRefusedBatchLeavesTheUnitOfWorkFreeToGoOn() {
    storage.inTransaction(r -> r.activities().insert(activity(2)));

    Activity alone =
        storage.inTransaction(
            r -> {
              assertThat(
                      catchThrowableOfType(
                          DuplicateException.class,
                          () -> r.activities().insertAll(List.of(activity(1), activity(2)))))
                  .isNotNull();
              return r.activities().insert(activity(3));
            });

    assertThat(alone.version()).isEqualTo(1);
    assertThat(stored(1, 2, 3))
        .containsExactly(
            Aggregates.withVersion(activity(2), 1), Aggregates.withVersion(activity(3), 1));
  }
}
