package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.Fixtures;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TourReportTest {

  private static final StopId ID = new StopId(new UUID(0x5709, 1));
  private static final Place JERUSALEM =
      Place.of("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem"));
  private static final Place HCMC =
      Place.of("TP. Hồ Chí Minh", CountryCode.VN, ZoneId.of("Asia/Ho_Chi_Minh"));

  private static TourReport.StopLine line(Place place, String planned, String actual) {
    Stop stop =
        new Stop(
            ID,
            place,
            IIA,
            "x",
            StopTime.parse(planned),
            actual == null ? null : StopTime.parse(actual),
            List.of(),
            actual == null ? StopStatus.PLANNED : StopStatus.COMPLETED,
            null);
    return new TourReport.StopLine(1, stop, "IIA", List.of());
  }

  @Test
  void timesOnOneDayShowTheHoursAndTheOffset() {
    TourReport.StopLine morning = line(JERUSALEM, "2018-10-28T10:00/2018-10-28T12:00", null);

    assertThat(morning.localTime()).isEqualTo("10:00–12:00 Asia/Jerusalem (UTC+02:00)");
    assertThat(morning.absoluteTime()).isEqualTo("2018-10-28T08:00Z–2018-10-28T10:00Z");
    TourReport.StopLine saigon = line(HCMC, "2018-10-28T10:00/2018-10-28T12:00", null);
    assertThat(saigon.localTime()).isEqualTo("10:00–12:00 Asia/Ho_Chi_Minh (UTC+07:00)");
    assertThat(saigon.absoluteTime()).isEqualTo("2018-10-28T03:00Z–2018-10-28T05:00Z");
  }

  @Test
  void timesAcrossTheNightTheClocksGoBackShowBothOffsets() {
    TourReport.StopLine night = line(JERUSALEM, "2018-10-28T00:30/2018-10-28T03:00", null);

    assertThat(night.localTime()).isEqualTo("00:30–03:00 Asia/Jerusalem (UTC+03:00 → UTC+02:00)");
    assertThat(night.absoluteTime()).isEqualTo("2018-10-27T21:30Z–2018-10-28T01:00Z");
  }

  @Test
  void timesOverSeveralDaysShowTheDates() {
    TourReport.StopLine fair = line(HCMC, "2018-11-12T09:00/2018-11-14T17:00", null);

    assertThat(fair.localTime())
        .isEqualTo("2018-11-12T09:00–2018-11-14T17:00 Asia/Ho_Chi_Minh (UTC+07:00)");
    assertThat(fair.absoluteTime()).isEqualTo("2018-11-12T02:00Z–2018-11-14T10:00Z");
  }

  @Test
  void daysShowTheSpanAndRunFromMidnightToMidnight() {
    TourReport.StopLine days = line(JERUSALEM, "2018-11-12/2018-11-14", null);

    assertThat(days.localTime()).isEqualTo("2018-11-12/2018-11-14 Asia/Jerusalem");
    assertThat(days.absoluteTime()).isEqualTo("2018-11-11T22:00Z–2018-11-14T22:00Z");
  }

  @Test
  void aCompletedStopShowsItsActualTime() {
    TourReport.StopLine done = line(JERUSALEM, "2018-11-12", "2018-11-12T14:00/2018-11-12T15:00");

    assertThat(done.localTime()).isEqualTo("14:00–15:00 Asia/Jerusalem (UTC+02:00)");
    assertThat(done.absoluteTime()).isEqualTo("2018-11-12T12:00Z–2018-11-12T13:00Z");
  }

  @Test
  void theReportChecksItsPartsAndCopiesItsLists() {
    violations(
        () -> new TourReport(null, null, null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("members", Violation.REQUIRED),
        tuple("days", Violation.REQUIRED),
        tuple("relationships", Violation.REQUIRED));
    violations(
        () ->
            new TourReport(
                Fixtures.studyTour(),
                "x",
                Arrays.asList((TourReport.Member) null),
                List.of(),
                List.of(),
                null),
        tuple("members[0]", Violation.REQUIRED));

    List<TourReport.StopLine> lines = new ArrayList<>(List.of(line(JERUSALEM, "2018-11-12", null)));
    List<String> names = new ArrayList<>(List.of("Nguyễn Văn A"));
    TourReport.Day day = new TourReport.Day(PartialDate.parse("2018-11-12"), lines);
    TourReport.StopLine named = new TourReport.StopLine(1, lines.get(0).stop(), "IIA", names);
    List<TourReport.Day> days = new ArrayList<>(List.of(day));
    TourReport report = new TourReport(Fixtures.studyTour(), "x", List.of(), days, List.of(), "en");
    lines.clear();
    names.clear();
    days.clear();

    assertThat(day.stops()).hasSize(1).isUnmodifiable();
    assertThat(named.attendees()).containsExactly("Nguyễn Văn A").isUnmodifiable();
    assertThat(report.days()).containsExactly(day).isUnmodifiable();
    assertThat(report.members()).isEmpty();
    assertThat(report.relationships()).isEmpty();
    assertThat(report.language()).isEqualTo("en");
  }

  @Test
  void aProducedRelationshipReadsAsOneLineWithItsDates() {
    Participant dost = Participant.of(new OrganisationId(new UUID(0, 1)));
    Participant incubator = Participant.of(new OrganisationId(new UUID(0, 2)));
    Relationship lasting =
        Relationship.record(
            new RelationshipId(new UUID(0, 3)),
            RelationshipType.PARTNER_OF,
            dost,
            incubator,
            PartialDate.parse("2018-11"),
            null,
            null,
            null,
            null,
            null);
    Relationship ended =
        lasting.revise(PartialDate.parse("2018-11"), PartialDate.parse("2020-Q2"), null);

    assertThat(new TourReport.Produced(lasting, "DOST", "partner of", "Incubator").line())
        .isEqualTo("DOST — partner of — Incubator, since 2018-11");
    assertThat(new TourReport.Produced(ended, "DOST", "partner of", "Incubator").line())
        .isEqualTo("DOST — partner of — Incubator, 2018-11/2020-Q2");
    violations(
        () -> new TourReport.Produced(null, null, null, null),
        tuple("relationship", Violation.REQUIRED),
        tuple("from", Violation.REQUIRED),
        tuple("label", Violation.REQUIRED),
        tuple("to", Violation.REQUIRED));
  }
}
