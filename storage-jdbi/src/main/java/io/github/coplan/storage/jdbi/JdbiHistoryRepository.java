package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.port.storage.HistoryRepository;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * The history of changes in the table {@code change_record} (migration 5), which triggers keep
 * append-only but for the rewrite of an erasure ({@link #erase}). Not thread-safe: one per unit of
 * work.
 *
 * <p>Sequence numbers follow the order in which the appending units commit, as {@link
 * HistoryRepository} promises. One record, what nearly every command appends, takes its number in
 * its own insert ({@code history.append}, which returns it); several take theirs first ({@code
 * history.numbers}), then are bound with them in JDBI batches:
 *
 * <ul>
 *   <li>On SQLite a writing unit holds the database's write lock from its start ({@code BEGIN
 *       IMMEDIATE}): units append one after another, and each takes the numbers above the largest
 *       ever given ({@code AUTOINCREMENT} keeps it in {@code sqlite_sequence}, and gives the next
 *       to a row inserted without one).
 *   <li>On PostgreSQL numbers from a sequence are not in commit order by themselves: of two units
 *       that take 7 and 8, the one with 8 may commit first, and a feed that read 8 would never read
 *       7. So before its first append a unit takes a transaction-scoped advisory lock ({@code
 *       history.lock}, {@code pg_advisory_xact_lock} with a fixed key; the first append of one
 *       record takes it in its own statement, {@code history.appendLocking}), held until it commits
 *       or rolls back, and only then calls {@code nextval}: the next unit that appends waits for
 *       the lock, and takes its numbers after this one committed. The lock is taken once per unit
 *       (a unit run again after a conflict is a new unit, with a new repository), at its first
 *       append, which the core makes at the end of each command, so units hold it briefly. A unit
 *       that appends and then locks rows another unit holds while waiting for this lock ends in a
 *       deadlock that PostgreSQL breaks; the store runs the losing unit again.
 * </ul>
 *
 * <p>The instant is stored as the seconds since the epoch and the nanoseconds within the second,
 * the changes in their one-column text form ({@link Codec#encodeChanges}).
 */
final class JdbiHistoryRepository implements HistoryRepository {

  /** The columns of {@code history.ofAggregate} and {@code history.ofPlan}. */
  private static final RowMapper<ChangeRecord> RECORD =
      (rs, ctx) ->
          new ChangeRecord(
              Columns.required(rs, 1, Long.class),
              Columns.required(rs, 2, UUID.class),
              Actor.parse(Columns.required(rs, 3, String.class)),
              instant(Columns.required(rs, 4, Long.class), Columns.required(rs, 5, Long.class)),
              new AggregateRef(
                  Columns.required(rs, 6, AggregateKind.class),
                  Columns.required(rs, 7, UUID.class)),
              Columns.get(rs, 8, PlanId.class),
              Columns.required(rs, 9, Long.class),
              Columns.required(rs, 10, String.class),
              Columns.get(rs, 11, String.class),
              Codec.decodeChanges(Columns.required(rs, 12, String.class)));

  /** The columns of {@code history.changesOfAggregate}. */
  private static final RowMapper<Erasable> ERASABLE =
      (rs, ctx) ->
          new Erasable(
              Columns.required(rs, 1, Long.class),
              Codec.decodeChanges(Columns.required(rs, 2, String.class)));

  private final Unit unit;

  /** Whether this unit holds the lock under which PostgreSQL hands out sequence numbers. */
  private boolean locked;

  JdbiHistoryRepository(Unit unit) {
    this.unit = unit;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException also if a record has a sequence number already, or holds text the
   *     store cannot keep: U+001E or U+001F in a field's name or value (the separators of {@link
   *     Codec#encodeChanges}), U+0000 anywhere (PostgreSQL's text cannot hold it); Coplan refuses
   *     all three in the text it stores, so its own records never do. Nothing is appended then.
   */
  @Override
  public List<ChangeRecord> append(List<ChangeRecord> records) {
    List<ChangeRecord> checked = checked(records);
    return unit.write(
        "append to the history",
        checked,
        "records",
        () -> {
          if (checked.isEmpty()) {
            return List.of();
          }
          Handle h = unit.handle();
          boolean postgres = unit.dialect() == Dialect.POSTGRES;
          if (checked.size() == 1) {
            // The common case, one record: its number is taken by the insert itself, and on
            // PostgreSQL a unit's first insert takes the lock too.
            ChangeRecord r = checked.get(0);
            String statement = postgres && !locked ? "history.appendLocking" : "history.append";
            long sequence =
                bindRecord(h.createQuery(unit.sql().get(statement)), 0, r).mapTo(Long.class).one();
            locked = postgres;
            return List.of(r.withSequence(sequence));
          }
          if (postgres && !locked) {
            h.createQuery(unit.sql().get("history.lock")).mapTo(String.class).one();
            locked = true;
          }
          List<Long> numbers =
              new ArrayList<>(
                  h.createQuery(unit.sql().get("history.numbers"))
                      .bind(0, checked.size())
                      .mapTo(Long.class)
                      .list());
          if (numbers.size() != checked.size()) {
            throw new IllegalStateException(
                "took " + numbers.size() + " sequence numbers for " + checked.size() + " records");
          }
          Collections.sort(numbers);
          List<ChangeRecord> stored = new ArrayList<>(checked.size());
          for (int from = 0; from < checked.size(); from += JdbiActivityRepository.BATCH_SIZE) {
            PreparedBatch batch = h.prepareBatch(unit.sql().get("history.insert"));
            int to = Math.min(checked.size(), from + JdbiActivityRepository.BATCH_SIZE);
            for (int i = from; i < to; i++) {
              ChangeRecord r = checked.get(i).withSequence(numbers.get(i));
              bindRecord(batch.bind(0, r.sequence()), 1, r).add();
              stored.add(r);
            }
            batch.execute();
          }
          return List.copyOf(stored);
        });
  }

  /**
   * Binds a record's columns but its sequence number, those of {@code history.append}, from {@code
   * first} on: the command, the actor, the instant, the aggregate, its plan and version, the
   * command's name, the reason and the changes.
   */
  private static <S extends SqlStatement<S>> S bindRecord(S statement, int first, ChangeRecord r) {
    Instant at = r.at();
    return statement
        .bind(first, r.command())
        .bind(first + 1, r.actor().toString())
        .bind(first + 2, at.getEpochSecond())
        .bind(first + 3, at.getNano())
        .bind(first + 4, r.aggregate().kind().name())
        .bind(first + 5, r.aggregate().id())
        .bindByType(first + 6, r.plan(), PlanId.class)
        .bind(first + 7, r.version())
        .bind(first + 8, r.commandName())
        .bind(first + 9, r.reason())
        .bind(first + 10, Codec.encodeChanges(r.changes()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the aggregate's records, and rewrites the {@code changes} of those that held one of
   * the fields, by sequence number, with the append-only triggers' erasure switch on ({@code SET
   * LOCAL coplan.erasing} on PostgreSQL, the row of {@code history_erasure} on SQLite; see
   * V5__history.sql), and off again at once, in the unit's transaction. On SQLite the store
   * overwrites deleted content with zeros ({@code secure_delete}) and, once the unit committed,
   * empties the write-ahead log into the file ({@link SqliteDatabase#afterErasure}), so that the
   * erased text is left neither in the file's free space nor in the log. On PostgreSQL the old row
   * versions stay in the table's pages until a {@code VACUUM} reclaims them, and in the server's
   * write-ahead log and backups; no query, and no dump, sees them.
   */
  @Override
  public void erase(AggregateRef aggregate, Set<String> fields) {
    checkFields(fields);
    unit.write(
        "erase from the history",
        aggregate,
        "id",
        () -> {
          Handle h = unit.handle();
          // Whatever is rewritten here, the unit erases: the store clears the database's copies
          // of what it wrote over (the person's row too) once the unit committed.
          unit.erased();
          List<Rewrite> rewrites = new ArrayList<>();
          for (Erasable stored :
              h.createQuery(unit.sql().get("history.changesOfAggregate"))
                  .bind(0, aggregate.kind().name())
                  .bind(1, aggregate.id())
                  .map(ERASABLE)
                  .list()) {
            List<FieldChange> kept = new ArrayList<>(stored.changes().size());
            for (FieldChange c : stored.changes()) {
              if (!fields.contains(c.field())) {
                kept.add(c);
              }
            }
            if (kept.size() != stored.changes().size()) {
              rewrites.add(new Rewrite(stored.sequence(), Codec.encodeChanges(kept)));
            }
          }
          if (rewrites.isEmpty()) {
            return 0;
          }
          h.createUpdate(unit.sql().get("history.erasingOn")).execute();
          for (int from = 0; from < rewrites.size(); from += JdbiActivityRepository.BATCH_SIZE) {
            PreparedBatch batch = h.prepareBatch(unit.sql().get("history.rewriteChanges"));
            int to = Math.min(rewrites.size(), from + JdbiActivityRepository.BATCH_SIZE);
            for (Rewrite r : rewrites.subList(from, to)) {
              batch.bind(0, r.changes()).bind(1, r.sequence()).add();
            }
            batch.execute();
          }
          h.createUpdate(unit.sql().get("history.erasingOff")).execute();
          return rewrites.size();
        });
  }

  /** A stored record's sequence number and changes. */
  private record Erasable(long sequence, List<FieldChange> changes) {}

  /** A record's sequence number and the new text of its changes. */
  private record Rewrite(long sequence, String changes) {}

  /** Refuses a missing set of field names, or a missing name in it. */
  private static void checkFields(@Nullable Set<String> fields) {
    if (fields == null) {
      throw InvalidInputException.of("fields", Violation.REQUIRED, "a set of fields is required");
    }
    int i = 0;
    for (String field : fields) {
      if (field == null) {
        throw InvalidInputException.of(
            "fields[" + i + "]", Violation.REQUIRED, "a field name is required");
      }
      i++;
    }
  }

  @Override
  public List<ChangeRecord> ofAggregate(AggregateRef aggregate, long beforeVersion, int limit) {
    checkLimit(limit);
    return unit.read(
        "read an aggregate's history",
        aggregate,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.sql().get("history.ofAggregate"))
                .bind(0, aggregate.kind().name())
                .bind(1, aggregate.id())
                .bind(2, beforeVersion)
                .bind(3, limit)
                .map(RECORD)
                .list());
  }

  @Override
  public List<ChangeRecord> ofPlan(PlanId plan, long afterSequence, int limit) {
    checkLimit(limit);
    return unit.read(
        "read a plan's history",
        plan,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.sql().get("history.ofPlan"))
                .bind(0, plan)
                .bind(1, afterSequence)
                .bind(2, limit)
                .map(RECORD)
                .list());
  }

  /**
   * The checks of {@link #append} that need no database: no record missing, none numbered, no text
   * the store cannot keep.
   */
  private static List<ChangeRecord> checked(@Nullable List<ChangeRecord> records) {
    if (records == null) {
      throw InvalidInputException.of(
          "records", Violation.REQUIRED, "a list of records is required");
    }
    List<ChangeRecord> copy = new ArrayList<>(records.size());
    int i = 0;
    for (ChangeRecord r : records) {
      String path = "records[" + i + "]";
      if (r == null) {
        throw InvalidInputException.of(path, Violation.REQUIRED, "a record is required");
      }
      if (r.sequence() != 0) {
        throw InvalidInputException.of(
            path + ".sequence",
            Violation.OUT_OF_RANGE,
            "a record to append has sequence number 0; the store gives it one");
      }
      storable(path + ".commandName", r.commandName());
      storable(path + ".reason", r.reason());
      List<FieldChange> changes = r.changes();
      for (int j = 0; j < changes.size(); j++) {
        FieldChange c = changes.get(j);
        String at = path + ".changes[" + j + "]";
        writable(at + ".field", c.field());
        writable(at + ".before", c.before());
        writable(at + ".after", c.after());
      }
      copy.add(r);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /** Refuses a text that holds a character the store cannot keep in the changes' text form. */
  private static void writable(String path, @Nullable String text) {
    if (text != null) {
      refuse(path, text, Codec.unwritableAt(text));
    }
  }

  /** Refuses a text of a column of its own that holds U+0000, which PostgreSQL cannot keep. */
  private static void storable(String path, @Nullable String text) {
    if (text != null) {
      refuse(path, text, text.indexOf('\u0000'));
    }
  }

  private static void refuse(String path, String text, int at) {
    if (at >= 0) {
      throw InvalidInputException.of(
          path,
          Violation.CONTROL_CHARACTER,
          String.format(
              Locale.ROOT,
              "text holds control character U+%04X at index %d",
              (int) text.charAt(at),
              at));
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw InvalidInputException.of(
          "limit", Violation.OUT_OF_RANGE, "a limit is at least 1, was " + limit);
    }
  }

  /** The instant of its stored parts. */
  private static Instant instant(long second, long nano) throws SQLException {
    try {
      return Instant.ofEpochSecond(second, nano);
    } catch (DateTimeException | ArithmeticException e) {
      throw new SQLException("a stored instant of the history is out of range", e);
    }
  }
}
