package io.github.coplan.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

class CountingStorageTest {

  @Test
  void countsReadsWritesAndFailures() {
    try (CountingStorage storage = new CountingStorage(InMemoryStorage.create())) {
      storage.readOnly(r -> r.plans().findByCode(PlanCode.of("A")));
      storage.readOnly(r -> r.plans().findByCode(PlanCode.of("B")));
      storage.inTransaction(r -> r.plans().findByCode(PlanCode.of("C")));
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        throw new StorageException("disk full", null);
                      }))
          .isInstanceOf(StorageException.class)
          .hasMessage("disk full");

      assertThat(storage.reads()).isEqualTo(2);
      assertThat(storage.writes()).isEqualTo(2);
      assertThat(storage.failures()).isEqualTo(1);
    }
  }
}
