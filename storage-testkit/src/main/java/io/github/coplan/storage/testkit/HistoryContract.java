package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.DateSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history of changes: every command appends one record per aggregate it changed, in its own
 * unit of work; the records read back exactly as appended; an aggregate's history pages newest
 * first; a plan's feed lists the plan's and its activities' records in the order their units
 * committed, so that a poller that resumes from the last sequence number it saw misses nothing, and
 * replaying the feed gives the current state of every aggregate. Under many concurrent commands
 * each aggregate's versions run 1 to n without gaps or duplicates.
 *
 * <p>That a refused command appends nothing is checked by every contract that asserts a refusal
 * changed nothing: {@link #snapshot()} includes every history and feed.
 */
public abstract class HistoryContract extends StorageContract {

  private Organisation dost;
  private CooperationPlan plan;

  /** For subclasses. */
  protected HistoryContract() {}

  /**
   * How many threads run commands at once in the concurrent test.
   *
   * @return 16 by default
   */
  protected int threads() {
    return 16;
  }

  /**
   * How many commands each thread runs in the concurrent test.
   *
   * @return 200 by default
   */
  protected int commandsPerThread() {
    return 200;
  }

  /** A plan with two content areas, between two organisations, drafted through the use cases. */
  @BeforeEach
  protected void draftPlan() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    plan = drafted("HIST-1");
  }

  private CooperationPlan drafted(String code) {
    CooperationPlan p =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), en("Cooperation plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(p.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
    coplan().plans().addContentArea(new AddContentArea(p.id(), contentArea(1)));
    return coplan().plans().addContentArea(new AddContentArea(p.id(), contentArea(2)));
  }

  private static ContentArea contentArea(int number) {
    return new ContentArea(number, contentAreaTitle(number));
  }

  private Activity propose(PlanId planId, String title) {
    return coplan()
        .activities()
        .propose(
            new ProposeActivity(planId, details(1, ActivityType.STUDY_TOUR, en(title), "2018-Q4")));
  }

  private List<ChangeRecord> history(AggregateRef ref) {
    return read(r -> r.history().ofAggregate(ref, Long.MAX_VALUE, 10_000));
  }

  private List<ChangeRecord> feed(PlanId planId) {
    List<ChangeRecord> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<ChangeRecord> page = coplan().history().feed(planId, after, HistoryQuery.MAX_PAGE_SIZE);
      all.addAll(page);
      if (page.size() < HistoryQuery.MAX_PAGE_SIZE) {
        return all;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  // ---- what a command records ----------------------------------------------------------------

  /**
   * A command records its actor, the clock's instant, its name and reason, the aggregate's new
   * version and exactly the fields it changed, with their text before and after.
   */
  @Test
  protected void aCommandRecordsWhoWhenWhatAndTheFieldsItChanged() {
    Activity week = propose(plan.id(), "Innovation and Startup Week");
    UseCases asImporter = entryPoint().actingAs(Actor.system("importer"));
    asImporter
        .activities()
        .changeStatus(ChangeActivityStatus.cancel(week.id(), "Lùi sang năm sau").expecting(1));

    List<ChangeRecord> records = history(AggregateRef.of(week.id()));

    assertThat(records).extracting(ChangeRecord::version).containsExactly(2L, 1L);
    ChangeRecord cancelled = records.get(0);
    assertThat(cancelled.actor()).isEqualTo(Actor.system("importer"));
    assertThat(cancelled.at()).isEqualTo(NOW);
    assertThat(cancelled.aggregate()).isEqualTo(AggregateRef.of(week.id()));
    assertThat(cancelled.plan()).isEqualTo(plan.id());
    assertThat(cancelled.commandName()).isEqualTo("ChangeActivityStatus.Cancel");
    assertThat(cancelled.reason()).isEqualTo("Lùi sang năm sau");
    assertThat(cancelled.sequence()).isGreaterThan(records.get(1).sequence());
    assertThat(cancelled.changes())
        .containsExactly(
            new FieldChange("status", "PROPOSED", "CANCELLED"),
            new FieldChange("statusReason", null, "Lùi sang năm sau"));

    ChangeRecord proposed = records.get(1);
    assertThat(proposed.actor()).isEqualTo(ACTOR);
    assertThat(proposed.commandName()).isEqualTo("ProposeActivity");
    assertThat(proposed.reason()).isNull();
    assertThat(proposed.changes())
        .allSatisfy(c -> assertThat(c.before()).isNull())
        .extracting(FieldChange::field)
        .containsExactly(
            "contentArea", "participations", "plan", "planned", "status", "title", "type");
    assertThat(proposed.change("title"))
        .isEqualTo(
            new FieldChange(
                "title",
                null,
                "{\"original\":\"en\",\"texts\":{\"en\":\"Innovation and Startup Week\"}}"));
    assertThat(proposed.change("planned")).isEqualTo(new FieldChange("planned", null, "2018-Q4"));
  }

  /**
   * The records of one command share its id; the records of two commands do not, even inside one
   * transaction.
   */
  @Test
  protected void eachCommandHasItsOwnId() {
    List<Activity> two =
        coplan()
            .inTransaction(
                tx -> List.of(propose(tx, plan.id(), "First"), propose(tx, plan.id(), "Second")));

    UUID first = history(AggregateRef.of(two.get(0).id())).get(0).command();
    UUID second = history(AggregateRef.of(two.get(1).id())).get(0).command();

    assertThat(first).isNotEqualTo(second);
    assertThat(history(AggregateRef.of(plan.id())))
        .extracting(ChangeRecord::command)
        .doesNotHaveDuplicates();
  }

  private static Activity propose(UseCases tx, PlanId planId, String title) {
    return tx.activities()
        .propose(
            new ProposeActivity(planId, details(1, ActivityType.STUDY_TOUR, en(title), "2018-Q4")));
  }

  /** Records read back exactly as appended: text, nulls, instants to the nanosecond. */
  @Test
  protected void recordsReadBackExactlyAsAppended() {
    Instant at = Instant.parse("2019-03-01T07:08:09.123456789Z");
    UUID command = nextId();
    ChangeRecord record =
        new ChangeRecord(
            0,
            command,
            Actor.system("sync.job_2"),
            at,
            AggregateRef.of(plan.id()),
            plan.id(),
            plan.version() + 1,
            "ImportPlan",
            "Đồng bộ từ hệ thống cũ — \"quoted\" \\ tab\there",
            List.of(
                new FieldChange("a", null, ""),
                new FieldChange("b", "", null),
                new FieldChange("c", "{\"x\":[1,2]}", "שלום 𝄞 Đổi mới\nline")));

    List<ChangeRecord> stored = write(r -> r.history().append(List.of(record)));

    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).sequence()).isPositive();
    assertThat(stored.get(0)).isEqualTo(record.withSequence(stored.get(0).sequence()));
    assertThat(history(AggregateRef.of(plan.id())).get(0)).isEqualTo(stored.get(0));
    List<ChangeRecord> fed =
        read(r -> r.history().ofPlan(plan.id(), stored.get(0).sequence() - 1, 1));
    assertThat(fed).containsExactly(stored.get(0));
  }

  /** Records appended by a unit that rolls back are not stored. */
  @Test
  protected void recordsOfAUnitThatRollsBackAreNotStored() {
    List<ChangeRecord> before = history(AggregateRef.of(plan.id()));
    ChangeRecord record =
        new ChangeRecord(
            0,
            nextId(),
            ACTOR,
            NOW,
            AggregateRef.of(plan.id()),
            plan.id(),
            plan.version() + 1,
            "Doomed",
            null,
            List.of());

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.history().append(List.of(record));
                  throw new IllegalStateException("the unit fails");
                }));

    assertThat(history(AggregateRef.of(plan.id()))).isEqualTo(before);
  }

  // ---- reading it back -----------------------------------------------------------------------

  /** An aggregate's history pages newest first, each page's cursor leading to older records. */
  @Test
  protected void anAggregatesHistoryPagesNewestFirst() {
    Activity week = propose(plan.id(), "Week 0");
    for (int i = 1; i <= 4; i++) {
      week =
          coplan()
              .activities()
              .revise(
                  new ReviseActivity(
                      week.id(), details(1, ActivityType.STUDY_TOUR, en("Week " + i), "2018-Q4")));
    }
    HistoryQuery query = HistoryQuery.of(AggregateRef.of(week.id())).pageSize(2);

    Page<ChangeRecord> first = coplan().history().of(query);
    Page<ChangeRecord> second =
        coplan().history().of(query.after(Objects.requireNonNull(first.nextCursor())));
    Page<ChangeRecord> third =
        coplan().history().of(query.after(Objects.requireNonNull(second.nextCursor())));

    assertThat(first.items()).extracting(ChangeRecord::version).containsExactly(5L, 4L);
    assertThat(first.nextCursor()).isEqualTo("v4");
    assertThat(second.items()).extracting(ChangeRecord::version).containsExactly(3L, 2L);
    assertThat(second.nextCursor()).isEqualTo("v2");
    assertThat(third.items()).extracting(ChangeRecord::version).containsExactly(1L);
    assertThat(third.nextCursor()).isNull();
    assertThat(first.items().get(0).change("title"))
        .isEqualTo(
            new FieldChange(
                "title",
                "{\"original\":\"en\",\"texts\":{\"en\":\"Week 3\"}}",
                "{\"original\":\"en\",\"texts\":{\"en\":\"Week 4\"}}"));
    assertThat(
            coplan()
                .history()
                .of(HistoryQuery.of(new AggregateRef(AggregateKind.ACTIVITY, nextId())))
                .items())
        .isEmpty();
  }

  /**
   * The repository reads an aggregate's records below the version it is given, not that version,
   * and at most as many as the limit; a plan's feed those after the sequence number given, not that
   * one.
   */
  @Test
  protected void theRepositoryReadsBelowAVersionAndAfterASequenceNumber() {
    AggregateRef ref = AggregateRef.of(plan.id());
    List<ChangeRecord> all = history(ref);
    assertThat(all).extracting(ChangeRecord::version).containsExactly(4L, 3L, 2L, 1L);

    List<ChangeRecord> belowThree = read(r -> r.history().ofAggregate(ref, 3, 10));
    List<ChangeRecord> newestTwo = read(r -> r.history().ofAggregate(ref, 5, 2));
    List<ChangeRecord> belowOne = read(r -> r.history().ofAggregate(ref, 1, 10));
    long second = all.get(2).sequence();
    List<ChangeRecord> afterSecond = read(r -> r.history().ofPlan(plan.id(), second, 10));
    assertThat(belowThree).containsExactly(all.get(2), all.get(3));
    assertThat(newestTwo).containsExactly(all.get(0), all.get(1));
    assertThat(belowOne).isEmpty();
    assertThat(afterSecond).containsExactly(all.get(1), all.get(0));
  }

  /**
   * A plan's feed lists its own and its activities' records in sequence order, nothing of another
   * plan, organisation or person, and resumes after a sequence number.
   */
  @Test
  protected void aPlansFeedListsItsOwnAndItsActivitiesRecordsInOrder() {
    CooperationPlan other = drafted("HIST-2");
    Activity a = propose(plan.id(), "A");
    propose(other.id(), "Elsewhere");
    Activity b = propose(plan.id(), "B");
    coplan().plans().describe(new DescribePlan(plan.id(), en("Renamed plan")));

    List<ChangeRecord> feed = feed(plan.id());

    assertThat(feed)
        .extracting(r -> r.aggregate() + " v" + r.version())
        .containsExactly(
            "plan:" + plan.id() + " v1",
            "plan_access:" + plan.id() + " v1",
            "plan:" + plan.id() + " v2",
            "plan:" + plan.id() + " v3",
            "plan:" + plan.id() + " v4",
            "activity:" + a.id() + " v1",
            "activity:" + b.id() + " v1",
            "plan:" + plan.id() + " v5");
    assertThat(feed).extracting(ChangeRecord::plan).containsOnly(plan.id());
    assertThat(feed)
        .extracting(ChangeRecord::sequence)
        .isSortedAccordingTo(Long::compare)
        .doesNotHaveDuplicates();
    long third = feed.get(2).sequence();
    assertThat(coplan().history().feed(plan.id(), third, 2))
        .containsExactly(feed.get(3), feed.get(4));
    assertThat(coplan().history().feed(plan.id(), feed.get(7).sequence(), 10)).isEmpty();
    assertThat(history(AggregateRef.of(dost.id())))
        .singleElement()
        .satisfies(r -> assertThat(r.plan()).isNull());
  }

  // ---- under concurrency ---------------------------------------------------------------------

  /**
   * {@link #threads()} threads run {@link #commandsPerThread()} commands each on a few shared
   * activities and their plan while a poller follows the plan's feed: afterwards each aggregate's
   * versions run 1 to its current version without gaps or duplicates, the poller saw every record
   * of the feed (none committed behind its back), and replaying the feed from sequence 0 gives the
   * current fields of every aggregate.
   */
  @Test
  protected void concurrentCommandsLeaveGaplessVersionsAndAFeedThatReplaysToTheState()
      throws Exception {
    List<ActivityId> shared = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      shared.add(propose(plan.id(), "Shared " + i).id());
    }
    int threads = threads();
    int perThread = commandsPerThread();
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<ChangeRecord> polled = new ArrayList<>();
    try {
      Future<?> poller =
          pool.submit(
              () -> {
                start.await();
                long after = 0;
                boolean last = false;
                while (!last) {
                  last = !running.get();
                  List<ChangeRecord> page;
                  do {
                    page = coplan().history().feed(plan.id(), after, HistoryQuery.MAX_PAGE_SIZE);
                    polled.addAll(page);
                    if (!page.isEmpty()) {
                      after = page.get(page.size() - 1).sequence();
                    }
                  } while (page.size() == HistoryQuery.MAX_PAGE_SIZE);
                  Thread.sleep(1);
                }
                return null;
              });
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    try {
                      command(thread, i, shared);
                    } catch (ConflictException e) {
                      // a conflict that outlasted the store's retries: nothing was recorded
                    } catch (RuntimeException e) {
                      failures.add(e);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(10, TimeUnit.MINUTES);
      }
      running.set(false);
      poller.get(1, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).as("unexpected failures").isEmpty();

    List<ChangeRecord> feed = feed(plan.id());
    assertThat(polled).as("what the poller saw while commands ran").isEqualTo(feed);
    assertThat(feed).extracting(ChangeRecord::sequence).isSortedAccordingTo(Long::compare);

    Map<AggregateRef, SortedMap<String, String>> replayed = new HashMap<>();
    Map<AggregateRef, List<Long>> versions = new HashMap<>();
    for (ChangeRecord r : feed) {
      FieldChange.apply(replayed.computeIfAbsent(r.aggregate(), k -> new TreeMap<>()), r.changes());
      versions.computeIfAbsent(r.aggregate(), k -> new ArrayList<>()).add(r.version());
    }
    CooperationPlan current = stored(plan.id());
    assertVersions(versions.getOrDefault(AggregateRef.of(plan.id()), List.of()), current.version());
    assertThat(replayed.get(AggregateRef.of(plan.id()))).isEqualTo(Snapshots.of(current));
    PlanAccess access = read(r -> r.access().findByPlan(plan.id())).orElseThrow();
    assertThat(replayed.get(AggregateRef.accessOf(plan.id()))).isEqualTo(Snapshots.of(access));
    Set<AggregateRef> activities = new HashSet<>();
    for (ActivityId id : shared) {
      Activity activity = stored(id);
      AggregateRef ref = AggregateRef.of(id);
      activities.add(ref);
      assertVersions(versions.getOrDefault(ref, List.of()), activity.version());
      assertThat(history(ref))
          .extracting(ChangeRecord::version)
          .containsExactlyElementsOf(
              LongStream.rangeClosed(1, activity.version())
                  .map(v -> activity.version() + 1 - v)
                  .boxed()
                  .toList());
      assertThat(replayed.get(ref)).as("replayed " + ref).isEqualTo(Snapshots.of(activity));
    }
    // Folding each aggregate's own history up to now rebuilds it as it is.
    assertThat(coplan().plans().asOf(plan.id(), NOW)).isEqualTo(current);
    for (ActivityId id : shared) {
      assertThat(coplan().activities().asOf(id, NOW)).as("as of now " + id).isEqualTo(stored(id));
    }
    long commands =
        feed.stream().filter(r -> activities.contains(r.aggregate())).count()
            + feed.stream().filter(r -> r.aggregate().equals(AggregateRef.of(plan.id()))).count()
            + feed.stream()
                .filter(r -> r.aggregate().equals(AggregateRef.accessOf(plan.id())))
                .count();
    assertThat(commands).isEqualTo(feed.size());
    assertThat(stored(shared.get(0)).version() + stored(shared.get(1)).version()).isGreaterThan(2);
  }

  /**
   * One command of the concurrent test: mostly revisions of a shared activity, some of the plan.
   */
  private void command(int thread, int i, List<ActivityId> shared) {
    String text = "t" + thread + "-" + i;
    if (i % 10 == 9) {
      coplan().plans().describe(new DescribePlan(plan.id(), en("Plan " + text)));
    } else {
      ActivityId id = shared.get((thread + i) % shared.size());
      coplan()
          .activities()
          .revise(new ReviseActivity(id, details(1, ActivityType.STUDY_TOUR, en(text), "2018-Q4")));
    }
  }

  private static void assertVersions(List<Long> versions, long current) {
    assertThat(versions)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, current).boxed().toList());
  }
}
