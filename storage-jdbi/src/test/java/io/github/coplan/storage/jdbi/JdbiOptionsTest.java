package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The options a user tunes, and the values they refuse. */
class JdbiOptionsTest {

  @Test
  void theDefaultsAreDurableMigratingAndSmall() {
    JdbiOptions defaults = JdbiOptions.defaults();

    assertThat(defaults.synchronous()).isEqualTo(JdbiOptions.Synchronous.FULL);
    assertThat(defaults.schemaMode()).isEqualTo(JdbiOptions.SchemaMode.MIGRATE);
    assertThat(defaults.readPoolSize()).isEqualTo(4);
    assertThat(defaults.sqlitePageCache()).isEqualTo(65_536);
    assertThat(defaults.busyTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults)
        .isEqualTo(JdbiOptions.builder().build())
        .hasSameHashCodeAs(JdbiOptions.builder().build());
    assertThat(defaults.maxAttempts()).isEqualTo(8);
    assertThat(defaults.aggregateCache()).isEmpty();
    assertThat(defaults.aggregateCache(Dialect.SQLITE)).isTrue();
    assertThat(defaults.aggregateCache(Dialect.POSTGRES)).isFalse();
    assertThat(defaults.aggregateCacheWeight()).isEqualTo(200_000);
    assertThat(defaults)
        .hasToString(
            "JdbiOptions[synchronous=FULL, sqlitePageCache=65536, schemaMode=MIGRATE, readPoolSize=4, busyTimeout=PT30S, maxAttempts=8,"
                + " aggregateCache=default, aggregateCacheWeight=200000, tablePrefix=coplan_]");
    assertThat(defaults.tablePrefix()).isEqualTo("coplan_");
  }

  @Test
  void everyOptionCanBeSetAndCopied() {
    JdbiOptions options =
        JdbiOptions.builder()
            .synchronous(JdbiOptions.Synchronous.NORMAL)
            .schemaMode(JdbiOptions.SchemaMode.VALIDATE)
            .readPoolSize(64)
            .sqlitePageCache(4_194_304)
            .busyTimeout(Duration.ZERO)
            .maxAttempts(1)
            .aggregateCache(true)
            .aggregateCacheWeight(1)
            .tablePrefix("planning_")
            .build();

    assertThat(options.synchronous()).isEqualTo(JdbiOptions.Synchronous.NORMAL);
    assertThat(options.schemaMode()).isEqualTo(JdbiOptions.SchemaMode.VALIDATE);
    assertThat(options.readPoolSize()).isEqualTo(64);
    assertThat(options.sqlitePageCache()).isEqualTo(4_194_304);
    assertThat(options.busyTimeout()).isEqualTo(Duration.ZERO);
    assertThat(options.maxAttempts()).isEqualTo(1);
    assertThat(options.aggregateCache()).contains(true);
    assertThat(options.aggregateCache(Dialect.POSTGRES)).isTrue();
    assertThat(options.aggregateCacheWeight()).isEqualTo(1);
    assertThat(options.tablePrefix()).isEqualTo("planning_");
    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(JdbiOptions.builder().aggregateCache(false).build().aggregateCache(Dialect.SQLITE))
        .isFalse();
    assertThat(options).isNotEqualTo(JdbiOptions.defaults());
  }

  @Test
  void valuesOutOfRangeOrMissingAreRefused() {
    JdbiOptions.Builder builder = JdbiOptions.builder();

    assertThatThrownBy(() -> builder.readPoolSize(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: readPoolSize: out-of-range (the read pool size is 1 to 64, was 0)");
    assertThatThrownBy(() -> builder.readPoolSize(65))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: readPoolSize: out-of-range (the read pool size is 1 to 64, was 65)");
    assertThatThrownBy(() -> builder.sqlitePageCache(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: sqlitePageCache: out-of-range (the page cache in kibibytes is 1 to 4194304, was 0)");
    assertThatThrownBy(() -> builder.sqlitePageCache(4_194_305))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: sqlitePageCache: out-of-range (the page cache in kibibytes is 1 to 4194304, was 4194305)");
    assertThatThrownBy(() -> builder.busyTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: busyTimeout: out-of-range (the busy timeout is 0 to PT10M, was PT-0.001S)");
    assertThatThrownBy(() -> builder.busyTimeout(Duration.ofMinutes(11)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: busyTimeout: out-of-range (the busy timeout is 0 to PT10M, was PT11M)");
    assertThatThrownBy(() -> builder.busyTimeout(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: busyTimeout: required (a value is required)");
    assertThatThrownBy(() -> builder.synchronous(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: synchronous: required (a value is required)");
    assertThatThrownBy(() -> builder.schemaMode(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: schemaMode: required (a value is required)");
    assertThatThrownBy(() -> builder.maxAttempts(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: maxAttempts: out-of-range (the attempts are 1 to 100, was 0)");
    assertThatThrownBy(() -> builder.maxAttempts(101))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: maxAttempts: out-of-range (the attempts are 1 to 100, was 101)");
    assertThatThrownBy(() -> builder.aggregateCacheWeight(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: aggregateCacheWeight: out-of-range (the cache weight is at least 1, was 0)");
    assertThatThrownBy(() -> builder.tablePrefix(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: tablePrefix: required (a value is required)");
    assertThat(builder.build()).isEqualTo(JdbiOptions.defaults());
  }
}
