package io.github.coplan.outputs.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestClock;
import io.github.coplan.junit.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A plan's activities as iCalendar, written and parsed back with ical4j. */
@ExtendWith(CoplanExtension.class)
class ActivityCalendarTest {

  private static final Instant NOW = Instant.parse("2019-01-01T08:15:30Z");
  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private UseCases coplan;
  private TestData data;
  private CooperationPlan plan;

  @BeforeEach
  void setUp(UseCases coplan, TestData data) {
    this.coplan = coplan;
    this.data = data;
    this.plan = data.plan().create();
  }

  // ---- the calendar and one event ------------------------------------------------------------

  @Test
  void theCalendarNamesItsProductVersionAndScale() {
    propose("2019-03-12/2019-03-14", "Hội thảo", "Workshop");

    Calendar calendar = parse(write(options().build()));

    assertThat(value(calendar.getProperty(Property.PRODID)))
        .isEqualTo("-//Coplan//Coplan outputs//EN");
    assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
    assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
    assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
    assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isEmpty();
  }

  @Test
  void anActivityIsAnAllDayEventWithItsUidStampTextsLocationAndType() {
    Activity workshop =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(2)
                        .type(ActivityType.WORKSHOP)
                        .title(vi("Hội thảo về vườn ươm", "Workshop on incubators"))
                        .description(vi("Trao đổi kinh nghiệm", "Sharing experience"))
                        .planned(DateSpan.parse("2019-03-12/2019-03-14"))
                        .location(
                            new Location(CountryCode.VN, "Ho Chi Minh City", "Hi-Tech Park", true))
                        .build()));

    VEvent event = single(parse(write(options().language("en").build())));

    assertThat(text(event, Property.UID)).isEqualTo(workshop.id().value() + "@coplan.io.github");
    assertThat(text(event, Property.DTSTAMP)).isEqualTo("20190101T081530Z");
    assertThat(text(event, Property.DTSTART)).isEqualTo("20190312");
    assertThat(parameter(event, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
    assertThat(text(event, Property.DTEND)).isEqualTo("20190315");
    assertThat(parameter(event, Property.DTEND, Parameter.VALUE)).isEqualTo("DATE");
    assertThat(text(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(text(event, Property.SUMMARY)).isEqualTo("Workshop on incubators");
    assertThat(text(event, Property.DESCRIPTION)).isEqualTo("Sharing experience");
    assertThat(text(event, Property.LOCATION))
        .isEqualTo("Hi-Tech Park, Ho Chi Minh City, VN, online");
    assertThat(text(event, Property.CATEGORIES)).isEqualTo("WORKSHOP");
    assertThat(event.getProperty(Property.RELATED_TO)).isEmpty();
  }

  @Test
  void theSummaryIsInTheRequestedLanguageAndFallsBackOnTheOriginal() {
    Activity both = propose("2019-03-12", "Hội thảo", "Workshop");
    Activity vietnameseOnly =
        propose(
            DateSpan.parse("2019-03-13"),
            LocalizedText.of("vi", "Chỉ tiếng Việt"),
            ActivityType.MEETING);

    Map<String, VEvent> vi = byUid(parse(write(options().language("vi").build())));
    Map<String, VEvent> en = byUid(parse(write(options().language("en").build())));

    assertThat(text(vi.get(uid(both)), Property.SUMMARY)).isEqualTo("Hội thảo");
    assertThat(text(en.get(uid(both)), Property.SUMMARY)).isEqualTo("Workshop");
    assertThat(text(vi.get(uid(vietnameseOnly)), Property.SUMMARY)).isEqualTo("Chỉ tiếng Việt");
    assertThat(text(en.get(uid(vietnameseOnly)), Property.SUMMARY)).isEqualTo("Chỉ tiếng Việt");
    assertThat(vi.get(uid(both)).getProperty(Property.DESCRIPTION)).isEmpty();
    assertThat(vi.get(uid(both)).getProperty(Property.LOCATION)).isEmpty();
  }

  @Test
  void withoutALanguageTheTextsAreInTheLanguageOfThePlansTitle() {
    CooperationPlan vietnamese =
        coplan
            .plans()
            .draft(
                new io.github.coplan.application.DraftPlan(
                    io.github.coplan.domain.plan.PlanCode.of("VI-1"),
                    vi("Kế hoạch hợp tác", "Cooperation plan")));
    coplan
        .plans()
        .addContentArea(
            new io.github.coplan.application.AddContentArea(
                vietnamese.id(),
                new io.github.coplan.domain.plan.ContentArea(1, LocalizedText.of("vi", "Một"))));
    Activity workshop =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    vietnamese.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.WORKSHOP)
                        .title(LocalizedText.of("en", Map.of("en", "Workshop", "vi", "Hội thảo")))
                        .planned(DateSpan.parse("2019-03-12"))
                        .build()));

    VEvent event = single(parse(write(vietnamese.id(), options().build())));

    assertThat(text(event, Property.UID)).isEqualTo(uid(workshop));
    assertThat(text(event, Property.SUMMARY)).isEqualTo("Hội thảo");
  }

  // ---- dates and statuses --------------------------------------------------------------------

  @Test
  void partialDatesRunFromTheirFirstDayToTheDayAfterTheirLastAndAreTentative() {
    Activity quarter = propose("2018-Q4", "Quý 4", "Q4");
    Activity months = propose("2019-01/2019-02", "Tháng", "Months");
    Activity year = propose("2020", "Năm", "Year");
    Activity halfYear = propose("2019-H2", "Nửa năm", "Half-year");
    Activity approximate = propose("2019-03-12~", "Khoảng", "About");
    Activity uncertain = propose("2019-03-12/2019-03-14?", "Chưa chắc", "Uncertain end");
    Activity days = propose("2019-03-12/2019-03-14", "Ngày", "Days");

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertDates(events.get(uid(quarter)), "20181001", "20190101", "TENTATIVE");
    assertDates(events.get(uid(months)), "20190101", "20190301", "TENTATIVE");
    assertDates(events.get(uid(year)), "20200101", "20210101", "TENTATIVE");
    assertDates(events.get(uid(halfYear)), "20190701", "20200101", "TENTATIVE");
    assertDates(events.get(uid(approximate)), "20190312", "20190313", "TENTATIVE");
    assertDates(events.get(uid(uncertain)), "20190312", "20190315", "TENTATIVE");
    assertDates(events.get(uid(days)), "20190312", "20190315", "CONFIRMED");
    assertThat(events).hasSize(7);
  }

  @Test
  void anOpenEndCoversTheDaysOfTheStartOnly() {
    Activity fromADay = propose("2019-03-12/..", "Từ ngày", "From a day");
    Activity fromAMonth = propose("2019-03/..", "Từ tháng", "From a month");

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertDates(events.get(uid(fromADay)), "20190312", "20190313", "CONFIRMED");
    assertDates(events.get(uid(fromAMonth)), "20190301", "20190401", "TENTATIVE");
  }

  @Test
  void actualDatesWinOverThePlannedSpan() {
    Activity done = propose("2018-Q4", "Xong", "Done");
    coplan.activities().changeStatus(ChangeActivityStatus.plan(done.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(done.id()));
    coplan
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                done.id(), PartialDate.parse("2018-11-12"), PartialDate.parse("2018-11-14")));
    Activity underWay = propose("2018-12-01/2019-03-31", "Đang làm", "Under way");
    coplan.activities().changeStatus(ChangeActivityStatus.plan(underWay.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(underWay.id()));
    coplan
        .activities()
        .changeStatus(ChangeActivityStatus.start(underWay.id(), PartialDate.parse("2018-12-03")));
    Activity roughly = propose("2018-11-12/2018-11-14", "Khoảng", "Roughly");
    coplan.activities().changeStatus(ChangeActivityStatus.plan(roughly.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(roughly.id()));
    coplan
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                roughly.id(), PartialDate.parse("2018-11"), PartialDate.parse("2018-11")));

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertDates(events.get(uid(done)), "20181112", "20181115", "CONFIRMED");
    assertDates(events.get(uid(underWay)), "20181203", "20181204", "CONFIRMED");
    assertDates(events.get(uid(roughly)), "20181101", "20181201", "TENTATIVE");
  }

  @Test
  void aCancelledActivityIsCancelledWhateverItsDates() {
    Activity exact = propose("2019-03-12", "Huỷ", "Called off");
    Activity rough = propose("2019-Q2", "Huỷ quý", "Called off, a quarter");
    coplan.activities().changeStatus(ChangeActivityStatus.cancel(exact.id(), "no budget"));
    coplan.activities().changeStatus(ChangeActivityStatus.cancel(rough.id(), "no budget"));
    Activity kept = propose("2019-03-12", "Giữ", "Kept");

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertDates(events.get(uid(exact)), "20190312", "20190313", "CANCELLED");
    assertDates(events.get(uid(rough)), "20190401", "20190701", "CANCELLED");
    assertDates(events.get(uid(kept)), "20190312", "20190313", "CONFIRMED");
  }

  // ---- stops ---------------------------------------------------------------------------------

  @Test
  void stopsAreEventsOfTheirOwnInTheirPlacesTimeZones() {
    Organisation authority = data.organisation().name("Authority").country(CountryCode.IL).create();
    Organisation park = data.organisation().name("Park").create();
    Organisation campus = data.organisation().name("Campus").country(CountryCode.IL).create();
    Organisation ministry = data.organisation().name("Ministry").create();
    Activity tour =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.STUDY_TOUR)
                        .title(vi("Đoàn học tập", "Study tour"))
                        .planned(DateSpan.parse("2018-11"))
                        .build()));
    for (Organisation host : List.of(authority, park, campus, ministry)) {
      coplan
          .activities()
          .addParticipant(
              new AddParticipant(
                  tour.id(),
                  Participant.of(host.id()),
                  ParticipationRole.HOST,
                  ParticipationStatus.CONFIRMED));
    }
    Place jerusalem = Place.of("Jerusalem", CountryCode.IL, ISRAEL);
    tour =
        addStop(
            tour,
            jerusalem,
            authority,
            "Grant programmes",
            StopTime.between(at(12, 9, 30), at(12, 12, 0)));
    Stop briefing = only(tour, "Grant programmes");
    tour =
        addStop(
            tour,
            Place.of("Tel Aviv", CountryCode.IL, ISRAEL).at("Campus"),
            campus,
            "Licensing",
            StopTime.on(PartialDate.parse("2018-11-13")));
    Stop licensing = only(tour, "Licensing");
    tour =
        addStop(
            tour,
            Place.of("Ho Chi Minh City", CountryCode.VN, VIETNAM),
            park,
            "Report back",
            StopTime.between(at(28, 8, 0), at(28, 9, 0)));
    Stop reportBack = only(tour, "Report back");
    tour =
        addStop(
            tour,
            jerusalem,
            ministry,
            "Called off",
            StopTime.between(at(14, 10, 0), at(14, 11, 0)));
    Stop calledOff = only(tour, "Called off");
    coplan
        .activities()
        .changeItinerary(ChangeItinerary.cancel(tour.id(), calledOff.id(), "host away"));

    Calendar calendar = parse(write(options().language("en").build()));
    Map<String, VEvent> events = byUid(calendar);

    assertThat(events.keySet())
        .containsExactly(
            uid(tour),
            stopUid(tour, briefing),
            stopUid(tour, licensing),
            stopUid(tour, calledOff),
            stopUid(tour, reportBack));
    assertDates(events.get(uid(tour)), "20181101", "20181201", "TENTATIVE");
    assertThat(text(events.get(uid(tour)), Property.CATEGORIES)).isEqualTo("STUDY_TOUR");

    VEvent first = events.get(stopUid(tour, briefing));
    assertThat(text(first, Property.DTSTART)).isEqualTo("20181112T093000");
    assertThat(parameter(first, Property.DTSTART, Parameter.TZID)).isEqualTo("Asia/Jerusalem");
    assertThat(text(first, Property.DTEND)).isEqualTo("20181112T120000");
    assertThat(parameter(first, Property.DTEND, Parameter.TZID)).isEqualTo("Asia/Jerusalem");
    Property firstStart = first.<Property>getProperty(Property.DTSTART).orElseThrow();
    assertThat(firstStart.<Parameter>getParameter(Parameter.VALUE)).isEmpty();
    ZonedDateTime start = date(first, Property.DTSTART);
    assertThat(start.toLocalDateTime()).isEqualTo(at(12, 9, 30));
    assertThat(start.toInstant()).isEqualTo(Instant.parse("2018-11-12T07:30:00Z"));
    assertThat(date(first, Property.DTEND).toInstant())
        .isEqualTo(Instant.parse("2018-11-12T10:00:00Z"));
    assertThat(text(first, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(text(first, Property.SUMMARY)).isEqualTo("Study tour — Jerusalem");
    assertThat(text(first, Property.DESCRIPTION)).isEqualTo("Grant programmes");
    assertThat(text(first, Property.LOCATION)).isEqualTo("Jerusalem, IL");
    assertThat(text(first, Property.RELATED_TO)).isEqualTo(uid(tour));
    assertThat(text(first, Property.DTSTAMP)).isEqualTo("20190101T081530Z");

    VEvent home = events.get(stopUid(tour, reportBack));
    assertThat(text(home, Property.DTSTART)).isEqualTo("20181128T080000");
    assertThat(parameter(home, Property.DTSTART, Parameter.TZID)).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(date(home, Property.DTSTART).toInstant())
        .isEqualTo(Instant.parse("2018-11-28T01:00:00Z"));
    assertThat(date(home, Property.DTEND).toInstant())
        .isEqualTo(Instant.parse("2018-11-28T02:00:00Z"));

    assertDates(events.get(stopUid(tour, licensing)), "20181113", "20181114", "CONFIRMED");
    assertThat(text(events.get(stopUid(tour, licensing)), Property.LOCATION))
        .isEqualTo("Campus, Tel Aviv, IL");
    assertThat(text(events.get(stopUid(tour, calledOff)), Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(text(events.get(stopUid(tour, calledOff)), Property.DESCRIPTION))
        .isEqualTo("Called off\nhost away");

    assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
        .extracting(z -> value(z.getProperty(Property.TZID)))
        .containsExactly("Asia/Ho_Chi_Minh", "Asia/Jerusalem");
  }

  @Test
  void aStopKnownOnlyByItsMonthIsTentative() {
    Organisation host = data.organisation().create();
    Activity tour = propose("2018-11", "Đoàn", "Tour");
    coplan
        .activities()
        .addParticipant(
            new AddParticipant(
                tour.id(),
                Participant.of(host.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED));
    tour =
        addStop(
            tour,
            Place.of("Ha Noi", CountryCode.VN, VIETNAM),
            host,
            "Courtesy call",
            StopTime.on(PartialDate.parse("2018-11")));
    Stop courtesy = only(tour, "Courtesy call");

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertThat(events.keySet()).containsExactly(uid(tour), stopUid(tour, courtesy));
    assertDates(events.get(stopUid(tour, courtesy)), "20181101", "20181201", "TENTATIVE");
    assertThat(text(events.get(stopUid(tour, courtesy)), Property.SUMMARY))
        .isEqualTo("Tour — Ha Noi");
    assertThat(text(events.get(stopUid(tour, courtesy)), Property.LOCATION))
        .isEqualTo("Ha Noi, VN");
  }

  @Test
  void theStopsOfACancelledActivityAreCancelled() {
    Organisation host = data.organisation().create();
    Activity tour = propose("2019-03", "Đoàn", "Tour");
    coplan
        .activities()
        .addParticipant(
            new AddParticipant(
                tour.id(),
                Participant.of(host.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED));
    tour =
        addStop(
            tour,
            Place.of("Ha Noi", CountryCode.VN, VIETNAM),
            host,
            "Visit",
            StopTime.on(PartialDate.parse("2019-03-12")));
    Stop visit = only(tour, "Visit");
    coplan.activities().changeStatus(ChangeActivityStatus.cancel(tour.id(), "no budget"));

    Map<String, VEvent> events = byUid(parse(write(options().build())));

    assertDates(events.get(uid(tour)), "20190301", "20190401", "CANCELLED");
    assertDates(events.get(stopUid(tour, visit)), "20190312", "20190313", "CANCELLED");
  }

  // ---- stable UIDs, the UID domain and searches ---------------------------------------------

  @Test
  void aSecondExportGivesTheSameUidsWithANewStamp() {
    Activity one = propose("2019-03-12", "Một", "One");
    Activity two = propose("2019-Q3", "Hai", "Two");
    TestClock clock = TestClock.at(NOW);
    ActivityCalendar calendar =
        ActivityCalendar.of(coplan, CalendarOptions.builder().clock(clock).build());

    Map<String, VEvent> first = byUid(parse(write(calendar, plan.id())));
    clock.set(NOW.plus(Duration.ofDays(1)));
    Map<String, VEvent> second = byUid(parse(write(calendar, plan.id())));

    assertThat(first.keySet()).containsExactlyInAnyOrder(uid(one), uid(two));
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(text(first.get(uid(one)), Property.DTSTAMP)).isEqualTo("20190101T081530Z");
    assertThat(text(second.get(uid(one)), Property.DTSTAMP)).isEqualTo("20190102T081530Z");
  }

  @Test
  void theUidDomainIsAnOption() {
    Activity one = propose("2019-03-12", "Một", "One");

    VEvent event = single(parse(write(options().uidDomain(" plans.example.org ").build())));

    assertThat(text(event, Property.UID)).isEqualTo(one.id().value() + "@plans.example.org");
  }

  @Test
  void aSearchCalendarHasEveryPageOfTheSearch() {
    CooperationPlan other = data.plan().create();
    Activity tour = propose("2019-03", "Đoàn 1", "Tour 1", ActivityType.STUDY_TOUR, plan.id());
    Activity otherTour =
        propose("2019-05-02", "Đoàn 2", "Tour 2", ActivityType.STUDY_TOUR, other.id());
    Activity thirdTour =
        propose("2019-06-02", "Đoàn 3", "Tour 3", ActivityType.STUDY_TOUR, other.id());
    propose("2019-03-12", "Hội thảo", "Workshop");

    ActivityCalendar calendar = ActivityCalendar.of(coplan, options().language("en").build());
    ActivityQuery tours =
        ActivityQuery.builder().types(ActivityType.STUDY_TOUR).pageSize(1).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    calendar.write(tours, out);
    Map<String, VEvent> events = byUid(parse(out.toByteArray()));

    assertThat(events.keySet())
        .containsExactlyInAnyOrder(uid(tour), uid(otherTour), uid(thirdTour));
    assertThat(text(events.get(uid(otherTour)), Property.SUMMARY)).isEqualTo("Tour 2");
    assertDates(events.get(uid(thirdTour)), "20190602", "20190603", "CONFIRMED");
    assertThat(byUid(calendar.calendar(tours)).keySet()).isEqualTo(events.keySet());
    // a cursor in the query does not skip anything: every match is read
    String second =
        java.util.Objects.requireNonNull(coplan.activities().search(tours).nextCursor());
    ActivityQuery fromTheSecond =
        ActivityQuery.builder().types(ActivityType.STUDY_TOUR).pageSize(1).after(second).build();
    assertThat(byUid(calendar.calendar(fromTheSecond)).keySet()).isEqualTo(events.keySet());
  }

  @Test
  void aSearchCalendarWithoutALanguageUsesEachTitlesOriginal() {
    Activity vietnamese = propose("2019-03-12", "Hội thảo", "Workshop");
    Activity english =
        propose(
            DateSpan.parse("2019-03-13"),
            LocalizedText.of("en", Map.of("en", "Meeting", "vi", "Họp")),
            ActivityType.MEETING);

    Map<String, VEvent> events =
        byUid(
            ActivityCalendar.of(coplan, options().build())
                .calendar(ActivityQuery.builder().plan(plan.id()).build()));

    assertThat(text(events.get(uid(vietnamese)), Property.SUMMARY)).isEqualTo("Hội thảo");
    assertThat(text(events.get(uid(english)), Property.SUMMARY)).isEqualTo("Meeting");
  }

  @Test
  void aPlanWithoutActivitiesHasAnEmptyCalendar() throws Exception {
    byte[] file = write(options().build());
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));

    // RFC 5545 asks for at least one component; an empty feed is written anyway, as calendar
    // applications read it, and ical4j's validator says only that
    assertThat(calendar.validate(true).getEntries())
        .extracting(e -> e.getMessage())
        .containsExactly("Calendar must contain at least one component");
    assertThat(calendar.getComponents()).isEmpty();
    assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
  }

  @Test
  void theFileIsUtf8TextCalendar() {
    propose("2019-03-12", "Hội thảo đổi mới sáng tạo", "Workshop");

    String text = new String(write(options().language("vi").build()), StandardCharsets.UTF_8);

    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(text).contains("\r\nSUMMARY:Hội thảo đổi mới sáng tạo\r\n");
    assertThat(text).contains("\r\nDTSTART;VALUE=DATE:20190312\r\n");
    assertThat(text).contains("\r\nDTEND;VALUE=DATE:20190313\r\n");
  }

  // ---- bad input -----------------------------------------------------------------------------

  @Test
  void nullArgumentsAreInvalidInputNeverANullPointer() {
    ActivityCalendar calendar = ActivityCalendar.of(coplan, options().build());
    OutputStream out = new ByteArrayOutputStream();

    assertRequired(() -> ActivityCalendar.of(null, options().build()), "coplan");
    assertRequired(() -> ActivityCalendar.of(coplan, null), "options");
    assertRequired(() -> calendar.calendar((PlanId) null), "plan");
    assertRequired(() -> calendar.calendar((ActivityQuery) null), "query");
    assertRequired(() -> calendar.write((PlanId) null, out), "plan");
    assertRequired(() -> calendar.write(plan.id(), null), "out");
    assertRequired(() -> calendar.write((ActivityQuery) null, out), "query");
    assertRequired(() -> calendar.write(ActivityQuery.builder().build(), null), "out");
    assertRequired(() -> CalendarOptions.builder().language(null), "language");
    assertRequired(() -> CalendarOptions.builder().clock(null), "clock");
    assertRequired(() -> CalendarOptions.builder().uidDomain(null), "uidDomain");
    assertThatThrownBy(() -> calendar.write((PlanId) null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("plan", "out"));
  }

  @Test
  void badOptionsAreInvalidInput() {
    assertViolation(() -> CalendarOptions.builder().uidDomain("  "), "uidDomain", Violation.BLANK);
    assertViolation(
        () -> CalendarOptions.builder().uidDomain("a@b.org"), "uidDomain", Violation.MALFORMED);
    assertViolation(
        () -> CalendarOptions.builder().uidDomain("a b.org"), "uidDomain", Violation.MALFORMED);
    assertViolation(
        () -> CalendarOptions.builder().language("not a tag"), "language", Violation.MALFORMED);
  }

  @Test
  void anUnknownPlanIsNotFoundAndNothingIsWritten() {
    ActivityCalendar calendar = ActivityCalendar.of(coplan, options().build());
    PlanId unknown = new PlanId(UUID.fromString("00000000-0000-0000-0000-00000000abcd"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> calendar.write(unknown, out)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> calendar.calendar(unknown)).isInstanceOf(NotFoundException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void theDefaultOptionsHaveNoLanguageTheDefaultDomainAndTheUtcClock() {
    CalendarOptions defaults = CalendarOptions.defaults();

    assertThat(defaults.language()).isNull();
    assertThat(defaults.uidDomain()).isEqualTo("coplan.io.github");
    assertThat(defaults.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(CalendarOptions.builder().language("EN").build().language()).isEqualTo("en");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private CalendarOptions.Builder options() {
    return CalendarOptions.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static LocalizedText vi(String vietnamese, String english) {
    return LocalizedText.of("vi", Map.of("vi", vietnamese, "en", english));
  }

  private Activity propose(String planned, String vietnamese, String english) {
    return propose(planned, vietnamese, english, ActivityType.WORKSHOP, plan.id());
  }

  private Activity propose(
      String planned, String vietnamese, String english, ActivityType type, PlanId in) {
    return propose(DateSpan.parse(planned), vi(vietnamese, english), type, in);
  }

  private Activity propose(DateSpan planned, LocalizedText title, ActivityType type) {
    return propose(planned, title, type, plan.id());
  }

  private Activity propose(DateSpan planned, LocalizedText title, ActivityType type, PlanId in) {
    return coplan
        .activities()
        .propose(
            new ProposeActivity(
                in,
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(type)
                    .title(title)
                    .planned(planned)
                    .build()));
  }

  private Activity addStop(
      Activity tour, Place place, Organisation host, String purpose, StopTime time) {
    return coplan
        .activities()
        .changeItinerary(
            ChangeItinerary.add(tour.id(), place, host.id(), purpose, time, List.of()));
  }

  private static Stop only(Activity tour, String purpose) {
    return tour.itinerary().stream()
        .filter(s -> s.purpose().equals(purpose))
        .findFirst()
        .orElseThrow();
  }

  private static LocalDateTime at(int day, int hour, int minute) {
    return LocalDateTime.of(2018, 11, day, hour, minute);
  }

  private static String uid(Activity activity) {
    return activity.id().value() + "@coplan.io.github";
  }

  private static String stopUid(Activity activity, Stop stop) {
    return activity.id().value() + "-" + stop.id().value() + "@coplan.io.github";
  }

  private byte[] write(CalendarOptions options) {
    return write(plan.id(), options);
  }

  private byte[] write(PlanId id, CalendarOptions options) {
    return write(ActivityCalendar.of(coplan, options), id);
  }

  private static byte[] write(ActivityCalendar calendar, PlanId id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    calendar.write(id, out);
    return out.toByteArray();
  }

  private static Calendar parse(byte[] file) {
    try {
      Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(file));
      ValidationResult result = parsed.validate(true);
      if (result.hasErrors()) {
        throw new AssertionError("the calendar is not valid iCalendar: " + result);
      }
      return parsed;
    } catch (IOException | ParserException e) {
      throw new AssertionError("the calendar does not parse back", e);
    }
  }

  /** The events by UID, in the file's order. */
  private static Map<String, VEvent> byUid(Calendar calendar) {
    Map<String, VEvent> events = new LinkedHashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      assertThat(events.put(text(event, Property.UID), event)).isNull();
    }
    return events;
  }

  private static VEvent single(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(java.util.Optional<? extends Property> property) {
    return property.orElseThrow().getValue();
  }

  private static String text(VEvent event, String name) {
    return value(event.getProperty(name));
  }

  private static String parameter(VEvent event, String property, String parameter) {
    Property found = event.<Property>getProperty(property).orElseThrow();
    return found.<Parameter>getParameter(parameter).orElseThrow().getValue();
  }

  private static ZonedDateTime date(VEvent event, String name) {
    DateProperty<?> property = event.<DateProperty<?>>getProperty(name).orElseThrow();
    return (ZonedDateTime) property.getDate();
  }

  private static void assertDates(VEvent event, String start, String end, String status) {
    assertThat(text(event, Property.DTSTART)).isEqualTo(start);
    assertThat(parameter(event, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
    assertThat(text(event, Property.DTEND)).isEqualTo(end);
    assertThat(parameter(event, Property.DTEND, Parameter.VALUE)).isEqualTo("DATE");
    assertThat(text(event, Property.STATUS)).isEqualTo(status);
  }

  private static void assertRequired(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
    assertViolation(call, path, Violation.REQUIRED);
  }

  private static void assertViolation(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path, String code) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(path, code)));
  }
}
