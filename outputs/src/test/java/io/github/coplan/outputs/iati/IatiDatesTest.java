package io.github.coplan.outputs.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestClock;
import io.github.coplan.outputs.iati.Model.DateOut;
import io.github.coplan.outputs.iati.Problem.Severity;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The date rules of the IATI export, one test each. */
@ExtendWith(CoplanExtension.class)
class IatiDatesTest {

  private static IatiOptions options(SmallPlan p, TestClock clock) {
    return IatiOptions.builder(p.dost.id())
        .sector("32182")
        .recipientCountry(CountryCode.VN)
        .clock(clock)
        .build();
  }

  private static Xml export(UseCases coplan, SmallPlan p, TestClock clock) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExport.of(coplan, options(p, clock)).write(p.plan.id(), out);
    IatiSchema.validate(out.toByteArray());
    return Xml.parse(out.toByteArray());
  }

  private static SmallPlan plan(UseCases coplan, TestClock clock, String period) {
    clock.setToday(LocalDate.of(2018, 10, 1));
    return new SmallPlan(coplan, "P-1", period);
  }

  @Test
  void aPartialStartIsItsFirstDayAndAPartialEndItsLastDayWithTheDateAsStatedInTheNarrative(
      UseCases coplan, TestClock clock) throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-Q4/2021-H1");
    clock.setToday(LocalDate.of(2019, 6, 30));

    Xml xml = export(coplan, p, clock);

    assertThat(xml.texts("//iati-activity[1]/activity-date/@type")).containsExactly("1", "3", "2");
    assertThat(xml.texts("//iati-activity[1]/activity-date/@iso-date"))
        .containsExactly("2018-10-01", "2021-06-30", "2018-11-01");
    assertThat(xml.texts("//iati-activity[1]/activity-date/narrative"))
        .containsExactly("2018-Q4", "2021-H1", "2018-11");
    // a content area is planned for the plan's period; its actual start is its activities' first
    assertThat(xml.texts("//iati-activity[2]/activity-date/@iso-date"))
        .containsExactly("2018-10-01", "2021-06-30", "2018-11-01");
    assertThat(xml.texts("//iati-activity[3]/activity-date/@iso-date"))
        .containsExactly("2018-10-01", "2021-06-30");
  }

  @Test
  void aDayPreciseDateNeedsNoNarrativeButAnApproximateDayHasOne(UseCases coplan, TestClock clock)
      throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-11-05/2021-06-30~");
    clock.setToday(LocalDate.of(2019, 6, 30));

    Xml xml = export(coplan, p, clock);

    assertThat(xml.texts("//iati-activity[1]/activity-date[@type='1']/@iso-date"))
        .containsExactly("2018-11-05");
    assertThat(xml.count("//iati-activity[1]/activity-date[@type='1']/narrative")).isZero();
    assertThat(xml.texts("//iati-activity[1]/activity-date[@type='3']/@iso-date"))
        .containsExactly("2021-06-30");
    assertThat(xml.texts("//iati-activity[1]/activity-date[@type='3']/narrative"))
        .containsExactly("2021-06-30~");
  }

  @Test
  void anOpenEndIsLeftOutNeverWrittenAsADay(UseCases coplan, TestClock clock) throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-11/..");
    clock.setToday(LocalDate.of(2019, 6, 30));

    Xml xml = export(coplan, p, clock);

    assertThat(xml.texts("//iati-activity[1]/activity-date/@type")).containsExactly("1", "2");
    assertThat(xml.count("//activity-date[@type='3' or @type='4']")).isZero();
  }

  @Test
  void anActualStartAfterTodayIsLeftOutWithAWarningNamingTheActivity(
      UseCases coplan, TestClock clock) throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-11/2021");
    // today is 2018-10-31: the workshop's actual start, 2018-11, is written as 2018-11-01
    clock.setToday(LocalDate.of(2018, 10, 31));

    Preflight report = IatiExport.of(coplan, options(p, clock)).preflight(p.plan.id());
    Xml xml = export(coplan, p, clock);

    assertThat(report.passes()).isTrue();
    assertThat(report.warnings())
        .extracting(Problem::code, Problem::field, Problem::message)
        .contains(
            tuple(
                "iati.actual-date-in-future",
                "activity[" + p.workshop.id() + "].actualStart",
                "the actual start 2018-11 is written as 2018-11-01, after today (2018-10-31): it is"
                    + " left out"));
    assertThat(xml.count("//activity-date[@type='2']")).isZero();

    clock.setToday(LocalDate.of(2018, 11, 1));
    assertThat(
            export(coplan, p, clock).texts("//iati-activity[1]/activity-date[@type='2']/@iso-date"))
        .containsExactly("2018-11-01");
  }

  @Test
  void anActualEndIsWrittenForAClosedPlanOnlyAndNeverAfterToday(UseCases coplan, TestClock clock)
      throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-11/2019");
    clock.setToday(LocalDate.of(2019, 3, 1));
    Activity proposed =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    p.plan.id(),
                    ActivityDetails.builder()
                        .contentArea(2)
                        .type(ActivityType.TRAINING_COURSE)
                        .title(LocalizedText.of("en", "Training"))
                        .planned(DateSpan.parse("2019-Q2"))
                        .build()));
    coplan.activities().changeStatus(ChangeActivityStatus.plan(proposed.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(proposed.id()));
    Activity training =
        coplan
            .activities()
            .changeStatus(
                ChangeActivityStatus.complete(
                    proposed.id(), PartialDate.parse("2019-04"), PartialDate.parse("2019-Q2")));
    assertThat(export(coplan, p, clock).count("//activity-date[@type='4']")).isZero();

    coplan.plans().changeStatus(ChangePlanStatus.complete(p.plan.id()));
    clock.setToday(LocalDate.of(2019, 6, 29));
    Preflight report = IatiExport.of(coplan, options(p, clock)).preflight(p.plan.id());
    Xml early = export(coplan, p, clock);

    // the training ended in 2019-Q2, written as 2019-06-30: tomorrow
    assertThat(report.warnings())
        .extracting(Problem::code, Problem::field)
        .contains(tuple("iati.actual-date-in-future", "activity[" + training.id() + "].actualEnd"));
    assertThat(early.texts("//iati-activity[1]/activity-status/@code")).containsExactly("4");
    assertThat(early.count("//iati-activity[1]/activity-date[@type='4']")).isZero();
    assertThat(early.count("//iati-activity[3]/activity-date[@type='4']")).isZero();
    assertThat(early.texts("//iati-activity[2]/activity-date[@type='4']/@iso-date"))
        .containsExactly("2018-12-14");

    clock.setToday(LocalDate.of(2019, 6, 30));
    Xml xml = export(coplan, p, clock);
    assertThat(xml.texts("//iati-activity[1]/activity-date[@type='4']/@iso-date"))
        .containsExactly("2019-06-30");
    assertThat(xml.texts("//iati-activity[1]/activity-date[@type='4']/narrative"))
        .containsExactly("2019-Q2");
    // area 1's only activity, the workshop, ended on a day
    assertThat(xml.texts("//iati-activity[2]/activity-date[@type='4']/@iso-date"))
        .containsExactly("2018-12-14");
    assertThat(xml.count("//iati-activity[2]/activity-date[@type='4']/narrative")).isZero();
    assertThat(xml.texts("//iati-activity[3]/activity-date[@type='2']/@iso-date"))
        .containsExactly("2019-04-01");
  }

  @Test
  void noActualIsWrittenForAPeriodThatHasNotBegunNorAnUnknownOneAsZero(
      UseCases coplan, TestClock clock) throws Exception {
    SmallPlan p = plan(coplan, clock, "2018-11/2021");
    clock.setToday(LocalDate.of(2018, 12, 31));

    Xml xml = export(coplan, p, clock);

    // the derived count of 2018-Q4 is 1; 2019 has not begun
    assertThat(xml.texts("//iati-activity[2]/result/indicator/period/actual/@value"))
        .containsExactly("1");
    assertThat(xml.count("//iati-activity[2]/result/indicator/period[2]/actual")).isZero();
    // the observed percentage has no observation: no actual, not 0
    clock.setToday(LocalDate.of(2019, 6, 30));
    assertThat(export(coplan, p, clock).count("//iati-activity[1]/result//actual")).isZero();
  }

  @Test
  void aStartAfterItsEndIsAnErrorAtItsField() {
    List<Problem> found = new ArrayList<>();

    Mapping.order(
        new DateOut("1", LocalDate.of(2021, 1, 1), null),
        new DateOut("3", LocalDate.of(2020, 12, 31), "2020"),
        "plan[P-1].period",
        found);
    Mapping.order(
        new DateOut("2", LocalDate.of(2020, 1, 1), null),
        new DateOut("4", LocalDate.of(2020, 1, 1), null),
        "plan[P-1].period",
        found);

    assertThat(found)
        .containsExactly(
            new Problem(
                Severity.ERROR,
                "iati.start-after-end",
                "plan[P-1].period",
                "the start 2021-01-01 (type 1) is after the end 2020-12-31 (type 3)"));
  }

  @Test
  void statedDatesAndDaysOfEachPrecision() {
    assertThat(Mapping.start("1", PartialDate.parse("2018")))
        .isEqualTo(new DateOut("1", LocalDate.of(2018, 1, 1), "2018"));
    assertThat(Mapping.end("3", PartialDate.parse("2018")))
        .isEqualTo(new DateOut("3", LocalDate.of(2018, 12, 31), "2018"));
    assertThat(Mapping.start("2", PartialDate.parse("2018-H2")))
        .isEqualTo(new DateOut("2", LocalDate.of(2018, 7, 1), "2018-H2"));
    assertThat(Mapping.end("4", PartialDate.parse("2018-H1")))
        .isEqualTo(new DateOut("4", LocalDate.of(2018, 6, 30), "2018-H1"));
    assertThat(Mapping.end("3", PartialDate.parse("2020-02")))
        .isEqualTo(new DateOut("3", LocalDate.of(2020, 2, 29), "2020-02"));
    assertThat(Mapping.start("1", PartialDate.parse("2018-11-05")))
        .isEqualTo(new DateOut("1", LocalDate.of(2018, 11, 5), null));
    assertThat(Mapping.end("3", PartialDate.parse("2018-11-05?")))
        .isEqualTo(new DateOut("3", LocalDate.of(2018, 11, 5), "2018-11-05?"));
  }
}
