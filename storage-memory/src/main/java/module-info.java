/**
 * The in-memory storage adapter of Coplan: {@link io.github.coplan.storage.memory.InMemoryStorage}.
 * Uses the core's exported API and SPI only.
 */
module io.github.coplan.storage.memory {
  requires transitive io.github.coplan.core;

  exports io.github.coplan.storage.memory;
}
