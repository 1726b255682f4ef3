package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.shared.CountryCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Reading a column that may hold SQL NULL, and one that the schema declares NOT NULL. */
class ColumnsTest {

  @Test
  void aRequiredColumnHoldingNullIsADriverErrorNamingTheColumn() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 'VN', NULL, 'PLANNED', NULL")) {
      assertThat(rs.next()).isTrue();

      assertThat(Columns.required(rs, 1, CountryCode.class)).isEqualTo(CountryCode.VN);
      assertThat(Columns.required(rs, 3, ActivityStatus.class)).isEqualTo(ActivityStatus.PLANNED);
      assertThat(Columns.get(rs, 2, CountryCode.class)).isNull();
      assertThatThrownBy(() -> Columns.required(rs, 2, CountryCode.class))
          .isInstanceOf(SQLException.class)
          .hasMessage("a stored CountryCode is NULL in column 2, which the schema requires");
      assertThatThrownBy(() -> Columns.required(rs, 4, ActivityStatus.class))
          .isInstanceOf(SQLException.class)
          .hasMessage("a stored ActivityStatus is NULL in column 4, which the schema requires");
    }
  }

  @Test
  void aTypeWithoutAMapperIsRefusedWhenItIsRegistered() {
    assertThatThrownBy(() -> Columns.mapper(Object.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column mapper for java.lang.Object");
  }
}
