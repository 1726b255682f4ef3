package io.github.coplan.benchmarks;

import io.github.coplan.domain.activity.Activity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The raw floor of {@link OpenStore}: opens the same SQLite file with plain JDBC and the same
 * connection settings, reads the same activity and its participations, maps them to the same domain
 * object and closes. What a fresh JVM pays for the driver alone.
 */
public final class OpenRaw {

  private OpenRaw() {}

  /**
   * Opens the file.
   *
   * @param args the SQLite file and the id of an activity it holds
   * @throws SQLException if the driver fails
   */
  public static void main(String[] args) throws SQLException {
    try (Connection c = Stores.sqliteConnection(Path.of(args[0]), "NORMAL", false);
        PreparedStatement find = c.prepareStatement(Raw.FIND);
        PreparedStatement participations = c.prepareStatement(Raw.PARTICIPATIONS)) {
      Activity activity = Raw.find(Db.SQLITE, find, participations, UUID.fromString(args[1]));
      if (activity == null) {
        throw new IllegalArgumentException("no activity " + args[1]);
      }
    }
  }
}
