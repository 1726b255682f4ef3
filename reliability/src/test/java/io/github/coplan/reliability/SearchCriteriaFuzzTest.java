package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.internal.Ids;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fuzzes the search criteria on SQLite: text, content areas, types, statuses, participant, date
 * window, sort, cursor, page size and plan, read from the fuzzer's bytes as lines (see {@link
 * #search}). A query is either refused with a {@link CoplanException} — the same one from SQLite as
 * from the memory store — or answered by SQLite exactly as the core's reference semantics ({@link
 * ActivityQuery.ForAdapters#matches}, {@link ActivitySort#comparator}, {@link
 * ActivityQuery.ForAdapters#isAfterCursor}, {@link ActivityQuery.ForAdapters#toPage}) answer it
 * over every stored activity: the same rows in the same order and the same next cursor. Nothing
 * else may come out.
 *
 * <p>In a normal build the seed corpus ({@code SearchCriteriaFuzzTestInputs}) is replayed; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes for 1,000,000 runs (see {@code docs/reliability.md}).
 */
class SearchCriteriaFuzzTest {

  /**
   * One query per input. Lines: 0 text (empty: none), 1 content areas, 2 types, 3 statuses (comma
   * separated numbers or names), 4 participant ({@code dung}, {@code dost}, {@code p:<uuid>},
   * {@code o:<uuid>}), 5 and 6 the window's first and last day as epoch days (clamped to what
   * {@link LocalDate} holds), 7 the sort's text form, 8 the page size, 9 the cursor ({@code @next}
   * for the first page's, {@code @cut:n} for it cut by n characters, {@code @flip:n} for its n-th
   * character changed, {@code @key:text} for a well-formed cursor with that key, else the text
   * itself), 10 the plan ({@code plan}, {@code other}, {@code deep}, else none).
   */
  @DictionaryEntries({
    "title,desc",
    "plannedStart,asc",
    "plannedEnd,desc",
    "created",
    "@next",
    "@cut:",
    "@flip:",
    "@key:",
    "dung",
    "dost",
    "p:",
    "o:",
    "plan",
    "other",
    "WORKSHOP",
    "PROPOSED",
    "SCHEDULED",
    "-719162",
    "2932896",
    "17000",
    "500",
    "đổi mới",
    "%",
    "_"
  })
  @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
  void search(byte[] input) {
    Corpus stores = Corpus.INSTANCE;
    String[] lines = FuzzInput.text(input).split("\n", -1);
    ActivityQuery query;
    try {
      query = stores.query(lines);
    } catch (CoplanException refused) {
      assertThat(refused).isInstanceOf(InvalidInputException.class);
      return;
    }
    Page<Activity> fromSqlite = searchOrRefusal(stores.sqlite, query);
    Page<Activity> fromMemory = searchOrRefusal(stores.memory, query);
    Page<Activity> reference = reference(stores.all, query);
    assertThat(ids(fromSqlite))
        .as("SQLite rows for %s", String.join(" | ", lines))
        .isEqualTo(ids(reference));
    assertThat(fromSqlite.nextCursor()).as("SQLite next cursor").isEqualTo(reference.nextCursor());
    assertThat(fromSqlite.items()).isEqualTo(reference.items());
    assertThat(ids(fromMemory)).as("memory rows").isEqualTo(ids(reference));
    assertThat(fromMemory.nextCursor()).isEqualTo(reference.nextCursor());
  }

  private static Page<Activity> searchOrRefusal(Storage storage, ActivityQuery query) {
    // a valid query is not refused by either store: a refusal here fails the target
    return storage.readOnly(r -> r.activities().search(query));
  }

  /** The core's semantics over every activity: what every store must answer. */
  private static Page<Activity> reference(List<Activity> all, ActivityQuery query) {
    List<Activity> rows =
        all.stream()
            .filter(a -> ActivityQuery.ForAdapters.matches(query, a))
            .filter(a -> ActivityQuery.ForAdapters.isAfterCursor(query, a))
            .sorted(query.sort().comparator())
            .limit(query.pageSize() + 1L)
            .toList();
    return ActivityQuery.ForAdapters.toPage(query, rows);
  }

  private static List<String> ids(Page<Activity> page) {
    return page.items().stream().map(a -> a.id().toString()).toList();
  }

  /** The two stores, made once per JVM with the same activities and ids. */
  private static final class Corpus {
    static final Corpus INSTANCE = new Corpus();

    final Storage sqlite;
    final Storage memory;
    final HostileFixture onSqlite;
    final List<Activity> all;

    private Corpus() {
      try {
        Path dir = Files.createTempDirectory("coplan-fuzz-");
        dir.toFile().deleteOnExit();
        sqlite = JdbiStorage.sqlite(dir.resolve("search.db"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      memory = InMemoryStorage.create();
      onSqlite = fill(new HostileFixture(sqlite, 12));
      fill(new HostileFixture(memory, 12));
      all =
          memory.readOnly(
              r ->
                  new ArrayList<>(
                      r.activities()
                          .search(
                              ActivityQuery.builder().pageSize(ActivityQuery.MAX_PAGE_SIZE).build())
                          .items()));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    sqlite.close();
                    memory.close();
                  }));
    }

    /**
     * More activities: every type, planned spans of every precision, some open-ended, statuses and
     * participants.
     */
    private static HostileFixture fill(HostileFixture f) {
      String[] titles = {
        "Đổi mới sáng tạo",
        "doi moi",
        "ĐMST",
        "Khởi nghiệp",
        "Zebra",
        "apple",
        "Äpfel",
        "שלום",
        "ạ",
        "a",
        "A",
        "Tuần lễ",
        "100% khởi nghiệp",
        "under_score",
        "back\\slash"
      };
      String[] spans = {
        "2018",
        "2018-H2",
        "2018-Q4",
        "2018-11",
        "2018-11-15",
        "2018-11/..",
        "2019~",
        "2017/2019",
        "2018-11-15/2018-11-22",
        "0001",
        "9999",
        "2018-12-31/.."
      };
      ActivityType[] types = ActivityType.values();
      for (int i = 0; i < 30; i++) {
        ActivityDetails details =
            ActivityDetails.builder()
                .contentArea(1 + i % 2)
                .type(types[i % types.length])
                .title(
                    LocalizedText.of(
                        i % 3 == 0 ? "vi" : "en",
                        Map.of(i % 3 == 0 ? "vi" : "en", titles[i % titles.length] + " " + i)))
                .description(
                    i % 4 == 0
                        ? LocalizedText.of("en", "Mô tả " + titles[(i + 3) % titles.length])
                        : null)
                .planned(DateSpan.parse(spans[i % spans.length]))
                .build();
        Activity a = f.coplan.activities().propose(new ProposeActivity(f.plan.id(), details));
        if (i % 5 == 1) {
          f.coplan
              .activities()
              .addParticipant(
                  new AddParticipant(
                      a.id(),
                      Participant.of(f.dung.id()),
                      ParticipationRole.SPEAKER,
                      ParticipationStatus.INVITED));
        }
        if (i % 7 == 2) {
          f.coplan
              .activities()
              .addParticipant(
                  new AddParticipant(
                      a.id(),
                      Participant.of(f.dost.id()),
                      ParticipationRole.HOST,
                      ParticipationStatus.CONFIRMED));
        }
        switch (i % 6) {
          case 1 -> f.coplan.activities().changeStatus(ChangeActivityStatus.plan(a.id()));
          case 2 -> f.coplan.activities().changeStatus(ChangeActivityStatus.cancel(a.id(), "Hủy"));
          case 3 -> {
            f.coplan.activities().changeStatus(ChangeActivityStatus.plan(a.id()));
            f.coplan.activities().changeStatus(ChangeActivityStatus.schedule(a.id()));
            f.coplan
                .activities()
                .changeStatus(ChangeActivityStatus.start(a.id(), PartialDate.parse("2018-11")));
          }
          default -> {}
        }
      }
      return f;
    }

    ActivityQuery query(String[] lines) {
      ActivityQuery.Builder b = ActivityQuery.builder();
      String text = line(lines, 0);
      if (!text.isEmpty()) {
        b.text(text);
      }
      for (String n : line(lines, 1).split(",")) {
        Long value = number(n);
        if (value != null) {
          b.contentAreas((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
        }
      }
      for (String t : line(lines, 2).split(",")) {
        ActivityType type = pick(ActivityType.values(), t);
        if (type != null) {
          b.types(type);
        }
      }
      for (String s : line(lines, 3).split(",")) {
        ActivityStatus status = pick(ActivityStatus.values(), s);
        if (status != null) {
          b.statuses(status);
        }
      }
      String who = line(lines, 4);
      if (who.equals("dung")) {
        b.participant(Participant.of(onSqlite.dung.id()));
      } else if (who.equals("dost")) {
        b.participant(Participant.of(onSqlite.dost.id()));
      } else if (who.startsWith("p:") || who.startsWith("o:")) {
        UUID id = Ids.parse(who.substring(2));
        b.participant(
            who.startsWith("p:")
                ? Participant.of(new PersonId(id))
                : Participant.of(new OrganisationId(id)));
      }
      b.window(day(line(lines, 5)), day(line(lines, 6)));
      String sortText = line(lines, 7);
      ActivitySort sort = sortText.isEmpty() ? ActivitySort.DEFAULT : ActivitySort.parse(sortText);
      b.sort(sort);
      Long size = number(line(lines, 8));
      b.pageSize(
          size == null ? 3 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, size)));
      String plan = line(lines, 10);
      b.plan(
          plan.equals("plan")
              ? onSqlite.plan.id()
              : plan.equals("other")
                  ? onSqlite.draft.id()
                  : plan.equals("deep") ? onSqlite.deep.id() : null);
      String cursor = line(lines, 9);
      if (cursor.startsWith("@")) {
        String first = sqlite.readOnly(r -> r.activities().search(b.build())).nextCursor();
        Long n = number(cursor.substring(cursor.indexOf(':') + 1));
        int k = n == null ? 1 : Math.floorMod(n, 64);
        if (cursor.startsWith("@key:")) {
          b.after(new Cursor(sort, cursor.substring(5), onSqlite.a.id().value()).encode());
        } else if (first == null) {
          b.after(null);
        } else if (cursor.startsWith("@cut:")) {
          b.after(first.substring(0, Math.max(0, first.length() - k)));
        } else if (cursor.startsWith("@flip:")) {
          char[] chars = first.toCharArray();
          chars[k % chars.length] = chars[k % chars.length] == 'A' ? 'B' : 'A';
          b.after(new String(chars));
        } else {
          b.after(first);
        }
      } else if (!cursor.isEmpty()) {
        b.after(cursor);
      }
      return b.build();
    }

    private static String line(String[] lines, int i) {
      return i < lines.length ? lines[i] : "";
    }

    /**
     * The harness's own parsing: what is not a number is left out, so only Coplan's errors are
     * tested.
     */
    private static Long number(String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static LocalDate day(String s) {
      Long n = number(s);
      if (n == null) {
        return null;
      }
      return LocalDate.ofEpochDay(
          Math.max(LocalDate.MIN.toEpochDay(), Math.min(LocalDate.MAX.toEpochDay(), n)));
    }

    private static <E extends Enum<E>> E pick(E[] values, String s) {
      for (E e : values) {
        if (e.name().equals(s.trim())) {
          return e;
        }
      }
      Long n = number(s);
      return n == null ? null : values[Math.floorMod(n, values.length)];
    }
  }
}
