/**
 * The storage contract suite of Coplan: abstract JUnit Jupiter classes in {@code
 * io.github.coplan.storage.testkit} that a storage adapter's tests extend.
 *
 * <p>The test methods are {@code protected}, so the package is opened to JUnit, which calls them by
 * reflection. JUnit's and AssertJ's APIs are part of this module's API (the contracts carry JUnit's
 * annotations and return its dynamic tests; their protected helpers take AssertJ's {@code
 * ThrowingCallable}), hence {@code requires transitive}.
 */
module io.github.coplan.storage.testkit {
  requires transitive io.github.coplan.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.coplan.storage.testkit;

  opens io.github.coplan.storage.testkit to
      org.junit.platform.commons;
}
