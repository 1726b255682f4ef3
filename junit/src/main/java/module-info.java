/**
 * Coplan for the tests of applications that embed it: the JUnit Jupiter extension {@link
 * io.github.coplan.junit.CoplanExtension}, its settable {@link io.github.coplan.junit.TestClock}
 * and the test-data builders of {@link io.github.coplan.junit.TestData}.
 *
 * <p>JUnit's API is part of this module's API (the extension implements its interfaces), and so is
 * the in-memory store the extension opens, hence {@code requires transitive}.
 */
module io.github.coplan.junit {
  requires transitive io.github.coplan.storage.memory;
  requires transitive org.junit.jupiter.api;

  exports io.github.coplan.junit;
}
