package io.github.coplan.storage.memory;

/**
 * Which unit of work of one store a thread is running, if any. One per thread and store, held in a
 * thread-local of {@link InMemoryStorage}; read and written by its own thread only.
 *
 * <p>Each unit gets a number never used before on this thread, and its repositories answer only
 * while that number is the one running: so repositories kept after their unit refuse every call,
 * and ending a unit is one write here, with no need to reach the unit's object. (That matters on
 * the hot path: when the error handlers of a unit need not touch its object, the compiler can do
 * without allocating it.)
 */
final class CurrentUnit {

  /** The number of the unit running, 0 when none is. */
  private long running;

  /** The last number handed out. */
  private long last;

  /** Whether a unit is running. */
  boolean active() {
    return running != 0;
  }

  /**
   * Starts a new unit (or a new run of the same one), making the repositories of any earlier one
   * invalid.
   *
   * @return the unit's number
   */
  long start() {
    running = ++last;
    return running;
  }

  /** Whether unit {@code unit} is the one running. */
  boolean isRunning(long unit) {
    return running == unit;
  }

  /** Ends the unit running: its repositories refuse every later call. */
  void end() {
    running = 0;
  }
}
