package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Repositories;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's own behaviour, beyond the storage contract: its connections, its errors, its
 * life.
 */
class SqliteStorageTest {

  @TempDir Path dir;

  private static Organisation newOrganisation() {
    return Organisation.register(new OrganisationId(UUID.randomUUID()), Fixtures.dostHcmc());
  }

  @Test
  void theWritingConnectionIsSetAsDocumented() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      storage.withHandle(
          false,
          s -> {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "synchronous")).isEqualTo("2");
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(s, "busy_timeout")).isEqualTo("30000");
            assertThat(pragma(s, "cache_size")).isEqualTo("-65536");
            return null;
          });
      storage.withHandle(
          true,
          s -> {
            assertThat(pragma(s, "cache_size")).isEqualTo("-65536");
            return null;
          });
    }
  }

  @Test
  void synchronousNormalTheBusyTimeoutAndThePageCacheAreOptions() {
    JdbiOptions options =
        JdbiOptions.builder()
            .synchronous(JdbiOptions.Synchronous.NORMAL)
            .busyTimeout(Duration.ofMillis(1500))
            .sqlitePageCache(2_000)
            .build();
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"), options)) {
      storage.withHandle(
          false,
          s -> {
            assertThat(pragma(s, "synchronous")).isEqualTo("1");
            assertThat(pragma(s, "busy_timeout")).isEqualTo("1500");
            assertThat(pragma(s, "cache_size")).isEqualTo("-2000");
            return null;
          });
      storage.withHandle(
          true,
          s -> {
            assertThat(pragma(s, "cache_size")).isEqualTo("-2000");
            return null;
          });
    }
  }

  @Test
  void readingConnectionsCannotWrite() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      storage.withHandle(
          true,
          s -> {
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThatThrownBy(() -> s.execute("DELETE FROM coplan_organisation"))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause()
                .hasMessageContaining("readonly");
            return null;
          });
    }
  }

  @Test
  void aReadOnlyUnitRefusesToWriteAndStoresNothing() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      Organisation organisation = newOrganisation();

      assertThatThrownBy(() -> storage.readOnly(r -> r.organisations().insert(organisation)))
          .isInstanceOf(StorageException.class)
          .hasMessage("a read-only unit of work cannot write");

      assertThat(find(storage, organisation.id())).isEmpty();
    }
  }

  @Test
  void aClosedStoreRefusesEveryCall() {
    JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"));
    Path file = dir.resolve("coplan.db").toAbsolutePath();
    assertThat(storage).hasToString("JdbiStorage[SQLite " + file + ", open]");

    storage.close();
    storage.close();

    assertThat(storage).hasToString("JdbiStorage[SQLite " + file + ", closed]");
    assertThatThrownBy(() -> storage.inTransaction(r -> null))
        .isInstanceOf(StorageException.class)
        .hasMessage("the store is closed");
    assertThatThrownBy(() -> storage.readOnly(r -> null))
        .isInstanceOf(StorageException.class)
        .hasMessage("the store is closed");
  }

  @Test
  void repositoriesAreValidOnlyDuringTheirUnit() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      AtomicReference<Repositories> kept = new AtomicReference<>();
      storage.inTransaction(
          r -> {
            kept.set(r);
            return null;
          });

      assertThatThrownBy(
              () -> kept.get().organisations().findById(new OrganisationId(UUID.randomUUID())))
          .isInstanceOf(StorageException.class)
          .hasMessage("the unit of work has ended; its repositories are no longer valid");
    }
  }

  @Test
  void unitsOfWorkDoNotNest() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      assertThatThrownBy(() -> storage.inTransaction(r -> storage.readOnly(inner -> null)))
          .isInstanceOf(StorageException.class)
          .hasMessage("units of work do not nest");
      assertThatThrownBy(() -> storage.readOnly(r -> storage.inTransaction(inner -> null)))
          .isInstanceOf(StorageException.class)
          .hasMessage("units of work do not nest");
      String result = storage.inTransaction(r -> "still usable");
      assertThat(result).isEqualTo("still usable");
    }
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    assertThatThrownBy(() -> JdbiStorage.sqlite(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: file: required (a value is required)");
    assertThatThrownBy(() -> JdbiStorage.sqlite(dir.resolve("x.db"), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: options: required (a value is required)");
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      assertThatThrownBy(() -> storage.inTransaction(null))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("invalid input: work: required (a unit of work is required)");
    }
  }

  @Test
  void aFailureOfTheDatabaseIsAStorageFailureWithoutSqlAndItsUnitIsRolledBack()
      throws SQLException {
    Path file = dir.resolve("coplan.db");
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      Organisation first = newOrganisation();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.executeUpdate("DROP TABLE coplan_person_affiliation");
      }

      AtomicReference<StorageException> seen = new AtomicReference<>();
      Person person =
          Person.register(
              new PersonId(UUID.randomUUID()),
              PersonProfile.of("Nguyễn Văn A", CountryCode.VN),
              List.of(new Affiliation(first.id(), "Director", null, null)));
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        r.organisations().insert(first);
                        try {
                          r.people().insert(person);
                        } catch (StorageException e) {
                          seen.set(e);
                        }
                        return "the work swallowed the failure";
                      }))
          .isInstanceOf(StorageException.class)
          .hasMessage("the unit of work was rolled back because the store failed during it");

      assertThat(seen.get())
          .hasMessage("could not store a person in the SQLite database")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(seen.get().getMessage())
          .doesNotContainIgnoringCase("insert")
          .doesNotContainIgnoringCase("select");
      Optional<Organisation> firstAfter =
          storage.readOnly(r -> r.organisations().findById(first.id()));
      assertThat(firstAfter).as("the write before the failure").isEmpty();
    }
  }

  @Test
  void anExceptionOfTheWorkPassesThroughAndRollsBack() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      Organisation organisation = newOrganisation();
      IllegalStateException own = new IllegalStateException("the caller's own");

      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        r.organisations().insert(organisation);
                        throw own;
                      }))
          .isSameAs(own);
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      r -> {
                        r.organisations().insert(organisation);
                        throw new NotFoundException("plan", "x");
                      }))
          .isInstanceOf(NotFoundException.class);

      assertThat(find(storage, organisation.id())).isEmpty();
    }
  }

  @Test
  void aWriterOfAnotherProcessHoldingTheLockPastTheBusyTimeoutIsAStorageFailureAndReadersGoOn()
      throws SQLException {
    Path file = dir.resolve("coplan.db");
    JdbiOptions options = JdbiOptions.builder().busyTimeout(Duration.ofMillis(200)).build();
    try (JdbiStorage storage = JdbiStorage.sqlite(file, options)) {
      Organisation stored = storage.inTransaction(r -> r.organisations().insert(newOrganisation()));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = other.createStatement()) {
        s.executeUpdate("BEGIN IMMEDIATE");
        long start = System.nanoTime();

        assertThatThrownBy(
                () -> storage.inTransaction(r -> r.organisations().insert(newOrganisation())))
            .isInstanceOf(StorageException.class)
            .hasMessage(
                "could not begin a unit of work: the SQLite database stayed locked by another connection past the busy timeout")
            .hasCauseInstanceOf(SQLException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(find(storage, stored.id())).contains(stored);
        s.executeUpdate("ROLLBACK");
      }
      Organisation other =
          Organisation.register(
              new OrganisationId(UUID.randomUUID()), Fixtures.israelInnovationAuthority());
      assertThat(storage.inTransaction(r -> r.organisations().insert(other)).version())
          .isEqualTo(1);
    }
  }

  private static Optional<Organisation> find(JdbiStorage storage, OrganisationId id) {
    return storage.readOnly(r -> r.organisations().findById(id));
  }

  private static String pragma(Handle handle, String name) {
    return handle.createQuery("PRAGMA " + name).mapTo(String.class).one();
  }
}
