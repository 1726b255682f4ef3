package io.github.coplan.storage.jdbi;

/** An activity's itinerary in its row, on PostgreSQL. */
class PostgresItineraryRowTest extends ItineraryCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage(JdbiOptions options) {
    return SCHEMA.freshStore(options);
  }
}
