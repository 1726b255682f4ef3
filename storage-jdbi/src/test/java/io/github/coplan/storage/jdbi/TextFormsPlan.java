package io.github.coplan.storage.jdbi;

import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.port.storage.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan whose partial dates take every text form Coplan stores (years, half-years, quarters,
 * months, days, qualifiers, an open end), written through the public API and read back as lines of
 * text that must be the same in every JVM, whatever its default locale.
 */
final class TextFormsPlan {

  static final String CODE = "HCMC-IIA-2018";

  /** The planned spans of activities 1 to 5, as they are proposed. */
  static final List<String> SPANS =
      List.of("2018-Q4", "2018-11", "2018-H2/2019-Q1~", "2018-11-05/..", "2019?/2021%");

  /** What {@link #read} gives for the plan {@link #write} stores. */
  static final List<String> EXPECTED =
      List.of(
          "plan HCMC-IIA-2018 period 2018/2021 from 2018-01-01 to 2021-12-31",
          "title Kế hoạch hợp tác thúc đẩy khởi nghiệp đổi mới sáng tạo",
          "activity 1 planned 2018-Q4 from 2018-10-01 to 2018-12-31 version 1",
          "activity 2 planned 2018-11 from 2018-11-01 to 2018-11-30 version 1",
          "activity 3 planned 2018-H2/2019-Q1~ from 2018-07-01 to 2019-03-31 version 1",
          "activity 4 planned 2018-11-05/.. from 2018-11-05 to 9999-12-31 version 1",
          "activity 5 planned 2019?/2021% from 2019-01-01 to 2021-12-31 version 1",
          "by planned start, two a page: 3 1 2 4 5");

  private TextFormsPlan() {}

  /** Drafts the plan and proposes its five activities. */
  static void write(Storage storage) {
    UseCases coplan = Fixtures.coplan(storage);
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    CooperationPlan plan = Fixtures.plan(coplan, CODE, dost, iia);
    for (int i = 0; i < SPANS.size(); i++) {
      coplan
          .activities()
          .propose(
              new ProposeActivity(
                  plan.id(),
                  ActivityDetails.builder()
                      .contentArea(1 + i)
                      .type(ActivityType.WORKSHOP)
                      .title(Fixtures.viEn("Hội thảo " + (i + 1), "Workshop " + (i + 1)))
                      .planned(DateSpan.parse(SPANS.get(i)))
                      .build()));
    }
  }

  /** The plan and its activities as lines of text; fails if any stored form does not read. */
  static List<String> read(Storage storage) {
    UseCases coplan = Fixtures.coplan(storage);
    CooperationPlan plan = coplan.plans().findByCode(PlanCode.of(CODE)).orElseThrow();
    DateSpan period = plan.period();
    List<String> lines = new ArrayList<>();
    lines.add(
        "plan "
            + plan.code()
            + " period "
            + period
            + " from "
            + period.earliestDay()
            + " to "
            + period.latestDay());
    lines.add("title " + plan.title().original());
    List<Activity> ordered = new ArrayList<>();
    String cursor = null;
    StringBuilder order = new StringBuilder("by planned start, two a page:");
    for (int page = 0; page < 10; page++) {
      Page<Activity> found =
          coplan
              .activities()
              .search(
                  ActivityQuery.builder()
                      .plan(plan.id())
                      .sort(ActivitySort.parse("plannedStart"))
                      .pageSize(2)
                      .after(cursor)
                      .build());
      for (Activity a : found.items()) {
        ordered.add(a);
        order.append(' ').append(number(a));
      }
      if (!found.hasNext()) {
        break;
      }
      cursor = found.nextCursor();
    }
    ordered.sort((a, b) -> number(a).compareTo(number(b)));
    for (Activity a : ordered) {
      DateSpan planned = coplan.activities().get(a.id()).details().planned();
      lines.add(
          "activity "
              + number(a)
              + " planned "
              + planned
              + " from "
              + planned.earliestDay()
              + " to "
              + planned.latestDay()
              + " version "
              + a.version());
    }
    lines.add(order.toString());
    return lines;
  }

  private static String number(Activity a) {
    return a.details().title().in("en").orElseThrow().substring("Workshop ".length());
  }
}
