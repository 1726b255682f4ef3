package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, acceptance check 7: rows replaced underneath a running store with the same versions, as
 * a backup restored or an {@code UPDATE} typed by hand does. With the aggregate cache off every
 * read sees them at once; with it on, an aggregate the cache holds at that version is served as
 * cached until {@link JdbiStorage#invalidateAll()}, which makes the next read go to the tables.
 */
abstract class RestoredRowsCheck {

  private static final LocalizedText RESTORED_TITLE =
      LocalizedText.of("en", "Title from the backup");
  private static final LocalizedText RESTORED_AREA =
      LocalizedText.of("en", "Content area from the backup");

  /** A fresh, empty store with the given options. */
  abstract JdbiStorage createStorage(JdbiOptions options);

  /** What the test wrote: a plan with content areas and an activity of it. */
  private record Written(CooperationPlan plan, Activity activity) {}

  private static Written write(JdbiStorage storage) {
    UseCases coplan = Fixtures.coplan(storage);
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
    Activity activity = Fixtures.propose(coplan, plan.id(), 1).get(0);
    // Read once, as a running application would: with the cache on, both are now cached at their
    // versions.
    storage.readOnly(r -> r.plans().findById(plan.id()));
    storage.readOnly(r -> r.activities().findById(activity.id()));
    return new Written(plan, activity);
  }

  /**
   * Replaces the plan's title, its first content area's title and the activity's title in SQL,
   * keeping the versions.
   */
  private static void restoreUnderneath(JdbiStorage storage, Written written) {
    storage.withHandle(
        false,
        h -> {
          h.createUpdate("UPDATE coplan_plan SET title = ? WHERE id = ?")
              .bind(0, RESTORED_TITLE)
              .bind(1, written.plan().id())
              .execute();
          h.createUpdate(
                  "UPDATE coplan_plan_content_area SET title = ? WHERE plan_id = ? AND number = 1")
              .bind(0, RESTORED_AREA)
              .bind(1, written.plan().id())
              .execute();
          return h.createUpdate("UPDATE coplan_activity SET title = ? WHERE id = ?")
              .bind(0, RESTORED_TITLE)
              .bind(1, written.activity().id())
              .execute();
        });
  }

  @Test
  void withTheCacheOffRowsRestoredUnderneathAreReadAtOnce() {
    try (JdbiStorage storage = createStorage(JdbiOptions.builder().aggregateCache(false).build())) {
      Written written = write(storage);

      restoreUnderneath(storage, written);

      CooperationPlan plan =
          storage.readOnly(r -> r.plans().findById(written.plan().id())).orElseThrow();
      Activity activity =
          storage.readOnly(r -> r.activities().findById(written.activity().id())).orElseThrow();
      assertThat(plan.version()).isEqualTo(written.plan().version());
      assertThat(plan.title()).isEqualTo(RESTORED_TITLE);
      assertThat(plan.contentAreas().get(0)).isEqualTo(new ContentArea(1, RESTORED_AREA));
      assertThat(plan.contentAreas().get(1)).isEqualTo(written.plan().contentAreas().get(1));
      assertThat(activity.version()).isEqualTo(written.activity().version());
      assertThat(activity.details().title()).isEqualTo(RESTORED_TITLE);
    }
  }

  @Test
  void withTheCacheOnRowsRestoredUnderneathAreReadAfterInvalidateAll() {
    try (JdbiStorage storage = createStorage(JdbiOptions.builder().aggregateCache(true).build())) {
      Written written = write(storage);

      restoreUnderneath(storage, written);

      // The documented limit: the versions did not change, so the cached aggregates are served.
      assertThat(
              storage.readOnly(r -> r.plans().findById(written.plan().id())).orElseThrow().title())
          .isEqualTo(written.plan().title());
      assertThat(
              storage
                  .readOnly(r -> r.activities().findById(written.activity().id()))
                  .orElseThrow()
                  .details()
                  .title())
          .isEqualTo(written.activity().details().title());

      storage.invalidateAll();

      CooperationPlan plan =
          storage.readOnly(r -> r.plans().findById(written.plan().id())).orElseThrow();
      assertThat(plan.title()).isEqualTo(RESTORED_TITLE);
      assertThat(plan.contentAreas().get(0)).isEqualTo(new ContentArea(1, RESTORED_AREA));
      assertThat(
              storage
                  .readOnly(r -> r.activities().findById(written.activity().id()))
                  .orElseThrow()
                  .details()
                  .title())
          .isEqualTo(RESTORED_TITLE);
    }
  }
}
