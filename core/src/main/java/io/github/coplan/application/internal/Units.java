package io.github.coplan.application.internal;

import io.github.coplan.application.AdvanceIntroduction;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the use cases run their units of work, as one actor: each in a transaction of its own on
 * the storage, or all in one transaction the caller opened ({@link
 * io.github.coplan.application.UseCases#inTransaction}), whose repositories they are then bound to.
 * A command's writes are recorded in the history, in its unit of work, when the history is on.
 */
final class Units {

  private final Storage storage;
  private final @Nullable Repositories bound;
  private final Actor actor;
  private final Clock clock;
  private final IdSource ids;
  private final boolean recording;
  private final Guard guard;

  private Units(
      Storage storage,
      @Nullable Repositories bound,
      Actor actor,
      Clock clock,
      IdSource ids,
      boolean recording) {
    this.storage = storage;
    this.bound = bound;
    this.actor = actor;
    this.clock = clock;
    this.ids = ids;
    this.recording = recording;
    this.guard = new Guard(actor, clock);
  }

  /** Units that each run in a transaction of their own. */
  static Units own(Storage storage, Actor actor, Clock clock, IdSource ids, boolean recording) {
    return new Units(storage, null, actor, clock, ids, recording);
  }

  /** The same units, run in the caller's transaction, on its repositories. */
  Units boundTo(Repositories repositories) {
    return new Units(storage, repositories, actor, clock, ids, recording);
  }

  Actor actor() {
    return actor;
  }

  /** What the actor may do. */
  Guard guard() {
    return guard;
  }

  Storage storage() {
    return storage;
  }

  boolean bound() {
    return bound != null;
  }

  /**
   * Runs a command's work, which writes; what it writes is recorded with the command's name and
   * reason.
   *
   * @param command the command, which names the change ({@link #nameOf})
   * @param work the work
   */
  <T> T write(Object command, UnitOfWork<T> work) {
    return write(nameOf(command), reasonOf(command), Map.of(), work);
  }

  /**
   * Runs a command's work, which writes, as {@link #write(Object, UnitOfWork)} does, but records no
   * value of some fields of one aggregate: its records list no change of them, neither the value
   * before nor the value after. For a command that erases those fields (forgetting a person), whose
   * own record must not hold what it erased.
   *
   * @param command the command
   * @param aggregate the aggregate whose fields are withheld
   * @param fields the names of the fields withheld
   * @param work the work
   */
  <T> T writeWithholding(
      Object command, AggregateRef aggregate, Set<String> fields, UnitOfWork<T> work) {
    return write(nameOf(command), reasonOf(command), Map.of(aggregate, Set.copyOf(fields)), work);
  }

  /**
   * Runs a command's work under the given name and reason, withholding the values of some fields of
   * some aggregates from its records.
   */
  private <T> T write(
      String commandName,
      @Nullable String reason,
      Map<AggregateRef, Set<String>> withheld,
      UnitOfWork<T> work) {
    UnitOfWork<T> unit =
        recording
            ? r -> {
              Recorder recorder = new Recorder(r, ids.nextId(), actor, clock.instant(), withheld);
              T result = work.run(recorder);
              recorder.flush(commandName, reason);
              return result;
            }
            : work;
    return bound != null ? unit.run(bound) : storage.inTransaction(unit);
  }

  /** Runs work that only reads. */
  <T> T read(UnitOfWork<T> work) {
    return bound != null ? work.run(bound) : storage.readOnly(work);
  }

  /**
   * A command's name in the history: its class's name inside its package, {@code DraftPlan} or
   * {@code ChangePlanStatus.Suspend}.
   */
  static String nameOf(Object command) {
    Class<?> type = command.getClass();
    String name = type.getName();
    return name.substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  /** The reason a command gives, if it gives one. */
  static @Nullable String reasonOf(Object command) {
    if (command instanceof ChangePlanStatus.Suspend c) {
      return c.reason();
    } else if (command instanceof ChangePlanStatus.Cancel c) {
      return c.reason();
    } else if (command instanceof ChangeActivityStatus.Postpone c) {
      return c.reason();
    } else if (command instanceof ChangeActivityStatus.Cancel c) {
      return c.reason();
    } else if (command instanceof ForgetPerson c) {
      return c.reason();
    } else if (command instanceof AdvanceIntroduction.Decline c) {
      return c.reason();
    } else if (command instanceof ChangeItinerary.CancelStop c) {
      return c.reason();
    }
    return null;
  }
}
