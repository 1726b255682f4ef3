package io.github.coplan.reliability;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The work of the concurrency campaign, shared by the threads of one JVM and by the separate
 * processes of {@link ConcurrencyWorkerProcess}.
 *
 * <p>Three kinds of read-modify-write update, each retried on {@link ConflictException}:
 *
 * <ul>
 *   <li><b>counter</b>, through the use cases: read an activity, write its title's counter plus one
 *       with {@link ReviseActivity#expectedVersion()} set to the version read;
 *   <li><b>pair</b>, through the storage SPI: read two activities in one read-only unit, then write
 *       both, counter plus one, in one unit with the versions read. Only the store's own version
 *       check stands between a stale read and a lost update here;
 *   <li><b>ledger</b>, across aggregates in one unit: insert an activity in content area 3 and
 *       write the plan's summary "Ledger n" with the new count.
 * </ul>
 *
 * <p>Readers check, while the writers run, the invariants a half-applied unit would break: the two
 * activities of a pair always show the same counter (in one search and in one read-only unit), and
 * the plan's ledger count always equals the activities a progress report counts in area 3.
 */
final class ConcurrencyWorkload {

  /** How many counters and how many pairs the writers share. */
  static final int SHARED = 4;

  /** The day the readers' progress reports are made for. */
  static final LocalDate REPORT_DAY = LocalDate.of(2019, 6, 1);

  private static final String COUNTER = "Counter #";
  private static final String LEDGER = "Ledger ";

  private ConcurrencyWorkload() {}

  /** The kinds of update. */
  enum Kind {
    COUNTER,
    PAIR,
    LEDGER
  }

  /**
   * What the writers work on.
   *
   * @param plan the plan
   * @param counters the counter activities
   * @param pairs the pairs, A then B for each
   */
  record Setup(PlanId plan, List<ActivityId> counters, List<ActivityId> pairs) {

    /**
     * One line of text, for the worker processes.
     *
     * @return the ids, comma separated: plan, counters, pairs
     */
    String encode() {
      List<String> all = new ArrayList<>();
      all.add(plan.toString());
      counters.forEach(c -> all.add(c.toString()));
      pairs.forEach(p -> all.add(p.toString()));
      return String.join(",", all);
    }

    /**
     * Reads {@link #encode()}.
     *
     * @param line the line
     * @return the setup
     */
    static Setup decode(String line) {
      List<String> all = Arrays.asList(line.trim().split(","));
      return new Setup(
          PlanId.of(all.get(0)),
          all.subList(1, 1 + SHARED).stream().map(ActivityId::of).toList(),
          all.subList(1 + SHARED, 1 + 3 * SHARED).stream().map(ActivityId::of).toList());
    }
  }

  /** What the writers and readers counted. Thread-safe. */
  static final class Tally {
    final AtomicLong counters = new AtomicLong();
    final AtomicLong pairs = new AtomicLong();
    final AtomicLong ledger = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong reads = new AtomicLong();
    final ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

    long updates() {
      return counters.get() + pairs.get() + ledger.get();
    }

    @Override
    public String toString() {
      return "updates="
          + updates()
          + " counter="
          + counters
          + " pair="
          + pairs
          + " ledger="
          + ledger
          + " conflicts="
          + conflicts
          + " reads="
          + reads
          + " torn="
          + torn.size()
          + " errors="
          + errors.size();
    }
  }

  /**
   * Makes the plan, its parties and content areas, the counters and the pairs.
   *
   * @param coplan the use cases over the store
   * @return the setup
   */
  static Setup prepare(UseCases coplan) {
    Organisation dost =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(LocalizedText.of("vi", "Sở Khoa học và Công nghệ TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of(
                            "LOAD-"
                                + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT)),
                        LocalizedText.of("en", "Concurrency campaign"))
                    .withSummary(LocalizedText.of("en", LEDGER + 0))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan.plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    for (int area = 1; area <= 3; area++) {
      coplan
          .plans()
          .addContentArea(
              new AddContentArea(
                  plan.id(), new ContentArea(area, LocalizedText.of("en", "Area " + area))));
    }
    List<ActivityId> counters = new ArrayList<>();
    List<ActivityId> pairs = new ArrayList<>();
    for (int k = 0; k < SHARED; k++) {
      counters.add(
          coplan
              .activities()
              .propose(new ProposeActivity(plan.id(), details(1, COUNTER + 0)))
              .id());
    }
    for (int k = 0; k < SHARED; k++) {
      pairs.add(
          coplan
              .activities()
              .propose(
                  new ProposeActivity(plan.id(), details(2, "Pair " + k + " A " + COUNTER + 0)))
              .id());
      pairs.add(
          coplan
              .activities()
              .propose(
                  new ProposeActivity(plan.id(), details(2, "Pair " + k + " B " + COUNTER + 0)))
              .id());
    }
    return new Setup(plan.id(), counters, pairs);
  }

  /**
   * The kind of the {@code i}-th update of writer {@code g} (numbered over every process).
   *
   * @param g the writer
   * @param i the update
   * @return the kind
   */
  static Kind kind(int g, int i) {
    int slot = (g + i) % 8;
    return slot == 7 ? Kind.LEDGER : slot % 2 == 0 ? Kind.COUNTER : Kind.PAIR;
  }

  /**
   * The counter or pair the {@code i}-th update of writer {@code g} goes to.
   *
   * @param g the writer
   * @param i the update
   * @return 0 to {@link #SHARED} - 1
   */
  static int target(int g, int i) {
    return (g * 7 + i) % SHARED;
  }

  /**
   * Runs one writer's updates.
   *
   * @param coplan the use cases over the store
   * @param storage the store
   * @param ids where new activity ids come from
   * @param setup what to update
   * @param g the writer's number over every process
   * @param updates how many updates
   * @param tally where to count
   * @param maxAttempts how often one update may conflict before it counts as an error
   */
  static void write(
      UseCases coplan,
      Storage storage,
      IdSource ids,
      Setup setup,
      int g,
      int updates,
      Tally tally,
      int maxAttempts) {
    for (int i = 0; i < updates && tally.errors.isEmpty(); i++) {
      Kind kind = kind(g, i);
      int k = target(g, i);
      int attempts = 0;
      while (true) {
        try {
          switch (kind) {
            case COUNTER -> counter(coplan, setup.counters().get(k));
            case PAIR ->
                pair(storage, setup.pairs().get(2 * k), setup.pairs().get(2 * k + 1), tally);
            case LEDGER -> ledger(storage, ids, setup.plan());
          }
          (kind == Kind.COUNTER ? tally.counters : kind == Kind.PAIR ? tally.pairs : tally.ledger)
              .incrementAndGet();
          break;
        } catch (ConflictException e) {
          tally.conflicts.incrementAndGet();
          if (++attempts >= maxAttempts) {
            tally.errors.add(new AssertionError("gave up after " + attempts + " conflicts", e));
            break;
          }
        } catch (RuntimeException | Error e) {
          tally.errors.add(e);
          break;
        }
      }
    }
  }

  /**
   * Reads until {@code writing} turns false, checking that no unit is seen half applied.
   *
   * @param coplan the use cases over the store
   * @param storage the store
   * @param setup what the writers update
   * @param writing whether writers still run
   * @param tally where to count
   */
  static void read(
      UseCases coplan, Storage storage, Setup setup, BooleanSupplier writing, Tally tally) {
    int round = 0;
    do {
      try {
        switch (round++ % 3) {
          case 0 -> {
            ProgressReport report = coplan.reports().progress(setup.plan(), REPORT_DAY);
            long ledger = ledgerOf(report.plan());
            long entries = report.progress().contentArea(3).total();
            if (ledger != entries) {
              tally.torn.add("ledger " + ledger + " but " + entries + " entries");
            }
          }
          case 1 -> {
            Page<Activity> page =
                coplan
                    .activities()
                    .search(
                        ActivityQuery.builder()
                            .plan(setup.plan())
                            .contentAreas(2)
                            .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                            .build());
            for (int k = 0; k < SHARED; k++) {
              ActivityId a = setup.pairs().get(2 * k);
              ActivityId b = setup.pairs().get(2 * k + 1);
              long ca =
                  page.items().stream()
                      .filter(x -> x.id().equals(a))
                      .mapToLong(ConcurrencyWorkload::countOf)
                      .sum();
              long cb =
                  page.items().stream()
                      .filter(x -> x.id().equals(b))
                      .mapToLong(ConcurrencyWorkload::countOf)
                      .sum();
              if (ca != cb || page.items().size() != 2 * SHARED) {
                tally.torn.add(
                    "search: pair "
                        + k
                        + " at "
                        + ca
                        + " and "
                        + cb
                        + " of "
                        + page.items().size()
                        + " rows");
              }
            }
          }
          default -> {
            int k = round % SHARED;
            long[] seen =
                storage.readOnly(
                    r ->
                        new long[] {
                          countOf(r.activities().findById(setup.pairs().get(2 * k)).orElseThrow()),
                          countOf(
                              r.activities().findById(setup.pairs().get(2 * k + 1)).orElseThrow())
                        });
            if (seen[0] != seen[1]) {
              tally.torn.add("unit: pair " + k + " at " + seen[0] + " and " + seen[1]);
            }
          }
        }
        tally.reads.incrementAndGet();
        // readers leave the two cores to the writers most of the time: they sample, they do not
        // flood
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        tally.errors.add(e);
        return;
      }
    } while (writing.getAsBoolean());
  }

  /**
   * The updates writers {@code 0 .. writers - 1} make of each kind and target, if none is lost.
   *
   * @param writers how many writers, over every process
   * @param updates updates per writer
   * @return per kind (ordinal), per target: the count
   */
  static long[][] expected(int writers, int updates) {
    long[][] expected = new long[Kind.values().length][SHARED];
    for (int g = 0; g < writers; g++) {
      for (int i = 0; i < updates; i++) {
        expected[kind(g, i).ordinal()][target(g, i)]++;
      }
    }
    return expected;
  }

  /**
   * What the store holds: per kind, per target, the counter (ledger: the count in slot 0); and the
   * problems found: versions that do not count the updates, pair halves that differ, ledger entries
   * that do not match the ledger.
   *
   * @param coplan the use cases over the store
   * @param setup what the writers updated
   * @param problems where to put what is wrong
   * @return per kind (ordinal), per target: the stored count
   */
  static long[][] stored(UseCases coplan, Setup setup, List<String> problems) {
    long[][] stored = new long[Kind.values().length][SHARED];
    for (int k = 0; k < SHARED; k++) {
      Activity counter = coplan.activities().get(setup.counters().get(k));
      stored[Kind.COUNTER.ordinal()][k] = countOf(counter);
      if (counter.version() != 1 + countOf(counter)) {
        problems.add(
            "counter " + k + " at " + countOf(counter) + " has version " + counter.version());
      }
      Activity a = coplan.activities().get(setup.pairs().get(2 * k));
      Activity b = coplan.activities().get(setup.pairs().get(2 * k + 1));
      stored[Kind.PAIR.ordinal()][k] = countOf(a);
      if (countOf(a) != countOf(b)
          || a.version() != 1 + countOf(a)
          || b.version() != 1 + countOf(b)) {
        problems.add(
            "pair "
                + k
                + " at "
                + countOf(a)
                + "/"
                + countOf(b)
                + " has versions "
                + a.version()
                + "/"
                + b.version());
      }
    }
    CooperationPlan plan = coplan.plans().get(setup.plan());
    stored[Kind.LEDGER.ordinal()][0] = ledgerOf(plan);
    long entries = 0;
    String cursor = null;
    do {
      Page<Activity> page =
          coplan
              .activities()
              .search(
                  ActivityQuery.builder()
                      .plan(setup.plan())
                      .contentAreas(3)
                      .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                      .after(cursor)
                      .build());
      entries += page.items().size();
      cursor = page.nextCursor();
    } while (cursor != null);
    if (entries != ledgerOf(plan)) {
      problems.add("ledger " + ledgerOf(plan) + " but " + entries + " entries");
    }
    return stored;
  }

  /**
   * The use cases over a store for the campaign, on the system clock.
   *
   * @param storage the store
   * @return the entry point
   */
  static UseCases coplan(Storage storage) {
    return Coplan.builder()
        .storage(storage)
        .clock(Clock.systemUTC())
        .build()
        .actingAs(Actor.system("campaign"));
  }

  private static void counter(UseCases coplan, ActivityId id) {
    Activity current = coplan.activities().get(id);
    coplan
        .activities()
        .revise(
            new ReviseActivity(id, withCount(current, countOf(current) + 1), current.version()));
  }

  private static void pair(Storage storage, ActivityId a, ActivityId b, Tally tally) {
    Activity[] seen =
        storage.readOnly(
            r ->
                new Activity[] {
                  r.activities().findById(a).orElseThrow(), r.activities().findById(b).orElseThrow()
                });
    if (countOf(seen[0]) != countOf(seen[1])) {
      tally.torn.add("writer: pair at " + countOf(seen[0]) + " and " + countOf(seen[1]));
    }
    long next = countOf(seen[0]) + 1;
    storage.inTransaction(
        r -> {
          r.activities().update(seen[0].revise(withCount(seen[0], next)));
          r.activities().update(seen[1].revise(withCount(seen[1], next)));
          return null;
        });
  }

  private static void ledger(Storage storage, IdSource ids, PlanId planId) {
    ActivityId entry = new ActivityId(ids.nextId());
    storage.inTransaction(
        r -> {
          CooperationPlan plan = r.plans().findById(planId).orElseThrow();
          long next = ledgerOf(plan) + 1;
          r.activities()
              .insert(Activity.propose(entry, planId, details(3, "Ledger entry " + next), null));
          r.plans()
              .update(
                  plan.describe(
                      plan.title(), LocalizedText.of("en", LEDGER + next), plan.period()));
          return null;
        });
  }

  private static ActivityDetails details(int area, String title) {
    return ActivityDetails.builder()
        .contentArea(area)
        .type(ActivityType.WORKSHOP)
        .title(LocalizedText.of("en", title))
        .planned(DateSpan.parse("2019"))
        .build();
  }

  private static ActivityDetails withCount(Activity activity, long count) {
    String title = activity.details().title().original();
    String prefix = title.substring(0, title.indexOf(COUNTER) + COUNTER.length());
    return activity.details().toBuilder().title(LocalizedText.of("en", prefix + count)).build();
  }

  static long countOf(Activity activity) {
    String title = activity.details().title().original();
    return Long.parseLong(title.substring(title.indexOf(COUNTER) + COUNTER.length()));
  }

  private static long ledgerOf(CooperationPlan plan) {
    return Long.parseLong(plan.summary().original().substring(LEDGER.length()));
  }
}
