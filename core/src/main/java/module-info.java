/**
 * Coplan's core: the entry point {@link io.github.coplan.Coplan}, the use cases and their commands
 * ({@code io.github.coplan.application}), the domain model ({@code io.github.coplan.domain.*}) and
 * the storage SPI that adapters implement ({@code io.github.coplan.port.storage}).
 *
 * <p>The use-case implementations ({@code io.github.coplan.application.internal}) and the domain's
 * helpers ({@code io.github.coplan.domain.internal}) are not exported: no other module, Coplan's
 * own adapters included, may use them. Nullness is declared with JSpecify annotations, which every
 * reader of the API sees ({@code requires transitive}); Guava is used inside and appears in no
 * exported signature.
 */
module io.github.coplan.core {
  requires transitive org.jspecify;
  requires com.google.common;

  exports io.github.coplan;
  exports io.github.coplan.application;
  exports io.github.coplan.domain.access;
  exports io.github.coplan.domain.activity;
  exports io.github.coplan.domain.error;
  exports io.github.coplan.domain.history;
  exports io.github.coplan.domain.market;
  exports io.github.coplan.domain.network;
  exports io.github.coplan.domain.organisation;
  exports io.github.coplan.domain.person;
  exports io.github.coplan.domain.plan;
  exports io.github.coplan.domain.query;
  exports io.github.coplan.domain.result;
  exports io.github.coplan.domain.shared;
  exports io.github.coplan.port.storage;
}
