package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.query.ActivitySort;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How ids are stored, and how failures are told apart. */
class DialectTest {

  @Test
  void idBytesAreBigEndianAndRoundTrip() throws SQLException {
    UUID id = UUID.fromString("01653b4f-a500-71b9-9770-f3748d17373f");

    byte[] bytes = Dialect.toBytes(id);

    assertThat(bytes)
        .containsExactly(
            0x01, 0x65, 0x3b, 0x4f, 0xa5, 0x00, 0x71, 0xb9, 0x97, 0x70, 0xf3, 0x74, 0x8d, 0x17,
            0x37, 0x3f);
    assertThat(Dialect.fromBytes(bytes)).isEqualTo(id);
  }

  @Test
  void theUnsignedOrderOfIdBytesIsTheOrderOfIds() {
    Random random = new Random(42);
    List<UUID> ids =
        new ArrayList<>(
            List.of(
                new UUID(0, 0),
                new UUID(-1, -1),
                new UUID(Long.MIN_VALUE, 0),
                new UUID(Long.MAX_VALUE, -1)));
    for (int i = 0; i < 1_000; i++) {
      ids.add(new UUID(random.nextLong(), random.nextLong()));
    }
    for (UUID a : ids.subList(0, 100)) {
      for (UUID b : ids) {
        assertThat(Integer.signum(Arrays.compareUnsigned(Dialect.toBytes(a), Dialect.toBytes(b))))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(ActivitySort.compareIds(a, b)))
            .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
      }
    }
  }

  @Test
  void anIdOfAnotherLengthIsADriverError() {
    assertThatThrownBy(() -> Dialect.fromBytes(new byte[15]))
        .isInstanceOf(SQLException.class)
        .hasMessage("a stored id has 15 bytes instead of 16");
  }

  @Test
  void postgresFailuresAreToldApartBySqlState() {
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "23505")))
        .isEqualTo(Dialect.Failure.UNIQUE);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "40001")))
        .isEqualTo(Dialect.Failure.SERIALIZATION);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "40P01")))
        .isEqualTo(Dialect.Failure.SERIALIZATION);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "08006")))
        .isEqualTo(Dialect.Failure.CONNECTION);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "57P01")))
        .isEqualTo(Dialect.Failure.CONNECTION);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "55P03")))
        .isEqualTo(Dialect.Failure.BUSY);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x", "42P01")))
        .isEqualTo(Dialect.Failure.OTHER);
    assertThat(Dialect.POSTGRES.classify(new SQLException("x"))).isEqualTo(Dialect.Failure.OTHER);
  }

  @Test
  void sqliteFailuresAreToldApartByResultCode() {
    assertThat(Dialect.SQLITE.classify(new SQLException("locked", null, 5)))
        .isEqualTo(Dialect.Failure.BUSY);
    assertThat(Dialect.SQLITE.classify(new SQLException("locked", null, 6)))
        .isEqualTo(Dialect.Failure.BUSY);
    assertThat(Dialect.SQLITE.classify(new SQLException("constraint", null, 19)))
        .isEqualTo(Dialect.Failure.OTHER);
    assertThat(Dialect.SQLITE.classify(new SQLException("error", null, 1)))
        .isEqualTo(Dialect.Failure.OTHER);
  }
}
