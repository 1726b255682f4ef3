package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.Fixtures;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SnapshotsRebuildTest {

  private static final LocalizedText HE_VI_EN =
      LocalizedText.of(
          "he",
          Map.of(
              "he", "תוכנית חדשנות \"ירושלים\"",
              "vi", "Đổi mới sáng tạo \\ backslash",
              "en", "Innovation 😀 plan"));

  private static CooperationPlan plan(PlanStatus status, String reason, long version) {
    CooperationPlan full = Fixtures.readyPlan();
    return CooperationPlan.ForAdapters.restore(
        PLAN,
        full.code(),
        HE_VI_EN,
        viEn("Tóm tắt", "Summary"),
        DateSpan.parse("2018-11~/2021?"),
        List.of(
            new Party(DOST, EnumSet.of(PartyRole.SIGNATORY, PartyRole.IMPLEMENTING), null),
            new Party(
                IIA,
                EnumSet.of(PartyRole.SIGNATORY, PartyRole.FUNDING, PartyRole.ACCOUNTABLE),
                LocalDate.of(2018, 10, 5)),
            Party.of(Fixtures.EMBASSY, PartyRole.EXTENDING)),
        List.of(new ContentArea(7, vi("Kết nối cung cầu")), new ContentArea(1, HE_VI_EN)),
        List.of(
            new PlanDocument(
                DocumentType.MEMORANDUM_OF_UNDERSTANDING,
                viEn("Biên bản ghi nhớ", "MoU"),
                URI.create("https://dost.hochiminhcity.gov.vn/mou?a=1&b=%C3%A9"),
                LocalDate.of(2018, 10, 5)),
            new PlanDocument(
                DocumentType.ARTICLE, vi("Bài báo"), URI.create("urn:isbn:0451450523"), null)),
        status,
        reason,
        version);
  }

  private static CooperationPlan roundTrip(CooperationPlan p) {
    return Snapshots.plan(p.id(), p.version(), Snapshots.of(p));
  }

  private static Activity roundTrip(Activity a) {
    return Snapshots.activity(a.id(), a.version(), Snapshots.of(a));
  }

  @Test
  void aPlanIsRebuiltFromItsFieldsInEveryStatus() {
    for (PlanStatus status : PlanStatus.values()) {
      String reason =
          status == PlanStatus.SUSPENDED || status == PlanStatus.CANCELLED
              ? "Chờ ngân sách \"2019\""
              : null;
      CooperationPlan p = plan(status, reason, 7);
      CooperationPlan rebuilt = roundTrip(p);
      assertThat(rebuilt).isEqualTo(p);
      assertThat(rebuilt.version()).isEqualTo(7);
      assertThat(rebuilt.statusReason()).isEqualTo(reason);
      assertThat(rebuilt.parties()).isEqualTo(p.parties());
      assertThat(rebuilt.contentAreas()).extracting(ContentArea::number).containsExactly(1, 7);
      assertThat(rebuilt.documents()).isEqualTo(p.documents());
      assertThat(rebuilt.title().texts()).isEqualTo(HE_VI_EN.texts());
      assertThat(rebuilt.title().originalLanguage()).isEqualTo("he");
    }
  }

  @Test
  void aDraftWithEmptyCompositesAndNoOptionalFieldsIsRebuilt() {
    CooperationPlan draft =
        CooperationPlan.ForAdapters.withVersion(
            CooperationPlan.draft(PLAN, Fixtures.readyPlan().code(), vi("Kế hoạch"), null, null),
            1);
    CooperationPlan rebuilt = roundTrip(draft);
    assertThat(rebuilt).isEqualTo(draft);
    assertThat(rebuilt.summary()).isNull();
    assertThat(rebuilt.period()).isNull();
    assertThat(rebuilt.parties()).isEmpty();
    assertThat(rebuilt.contentAreas()).isEmpty();
    assertThat(rebuilt.documents()).isEmpty();
    assertThat(roundTrip(Fixtures.readyPlan())).isEqualTo(Fixtures.readyPlan());
  }

  private static Activity activity(
      ActivityStatus status,
      PartialDate start,
      PartialDate end,
      String reason,
      List<Participation> participations) {
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(999)
            .type(ActivityType.MATCHMAKING_SESSION)
            .title(HE_VI_EN)
            .description(viEn("Mô tả\nhai dòng", "Two\r\nlines"))
            .planned(DateSpan.parse("2019-03/2019-04"))
            .location(new Location(CountryCode.of("IL"), "Tel Aviv-Yafo", "Hall \"A\"", true))
            .leadParty(IIA)
            .build();
    return Activity.ForAdapters.restore(
        activityId(3),
        PLAN,
        details,
        activityId(1),
        status,
        start,
        end,
        reason,
        participations,
        12);
  }

  @Test
  void anActivityIsRebuiltFromItsFieldsInEveryStatus() {
    List<Participation> participations =
        List.of(
            new Participation(
                Participant.of(DIRECTOR),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.ATTENDED,
                new AffiliationSnapshot(DOST, "Giám đốc Sở")),
            new Participation(
                Participant.of(DIRECTOR),
                ParticipationRole.SPEAKER,
                ParticipationStatus.WITHDRAWN,
                null),
            new Participation(
                Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.CONFIRMED, null));
    for (ActivityStatus status : ActivityStatus.values()) {
      PartialDate start =
          status == ActivityStatus.IN_PROGRESS || status == ActivityStatus.COMPLETED
              ? PartialDate.parse("2019-03-04")
              : null;
      PartialDate end = status == ActivityStatus.COMPLETED ? PartialDate.parse("2019-03?") : null;
      String reason =
          status == ActivityStatus.POSTPONED || status == ActivityStatus.CANCELLED
              ? "Hoãn vì dịch"
              : null;
      Activity a = activity(status, start, end, reason, participations);
      Activity rebuilt = roundTrip(a);
      assertThat(rebuilt).isEqualTo(a);
      assertThat(rebuilt.version()).isEqualTo(12);
      assertThat(rebuilt.actualStart()).isEqualTo(start);
      assertThat(rebuilt.actualEnd()).isEqualTo(end);
      assertThat(rebuilt.statusReason()).isEqualTo(reason);
      assertThat(rebuilt.participations()).isEqualTo(participations);
      assertThat(rebuilt.details()).isEqualTo(a.details());
    }
  }

  @Test
  void anActivityWithoutOptionalPartsIsRebuilt() {
    Activity tour = Activity.ForAdapters.withVersion(Fixtures.studyTour(), 1);
    assertThat(roundTrip(tour)).isEqualTo(tour);
    assertThat(roundTrip(tour).parent()).isNull();
    assertThat(roundTrip(tour).details().location()).isNull();
    assertThat(roundTrip(tour).details().description()).isNull();
    assertThat(roundTrip(tour).details().leadParty()).isNull();
    assertThat(roundTrip(tour).participations()).isEmpty();
    Activity week = Fixtures.innovationWeek();
    assertThat(roundTrip(week)).isEqualTo(week);
    Activity online =
        activity(ActivityStatus.PROPOSED, null, null, null, List.of())
            .revise(
                Fixtures.details(2, "2019", "Hội thảo trực tuyến").toBuilder()
                    .location(Location.onlineOnly())
                    .build());
    assertThat(roundTrip(online)).isEqualTo(online);
    assertThat(roundTrip(online).details().location()).isEqualTo(Location.onlineOnly());
  }

  // Bad input

  private static SortedMap<String, String> planFields(String field, String value) {
    SortedMap<String, String> f = new TreeMap<>(Snapshots.of(plan(PlanStatus.ACTIVE, null, 2)));
    if (value == null) {
      f.remove(field);
    } else {
      f.put(field, value);
    }
    return f;
  }

  private static SortedMap<String, String> activityFields(String field, String value) {
    SortedMap<String, String> f =
        new TreeMap<>(Snapshots.of(activity(ActivityStatus.PROPOSED, null, null, null, List.of())));
    if (value == null) {
      f.remove(field);
    } else {
      f.put(field, value);
    }
    return f;
  }

  private static void badPlan(String field, String value, String path, String code) {
    violation(() -> Snapshots.plan(PLAN, 2, planFields(field, value)), path, code);
  }

  private static void badActivity(String field, String value, String path, String code) {
    violation(() -> Snapshots.activity(activityId(3), 2, activityFields(field, value)), path, code);
  }

  @Test
  void refusesMissingPartsAndVersionsBelowZero() {
    SortedMap<String, String> fields = Snapshots.of(Fixtures.draftPlan());
    violation(() -> Snapshots.plan(null, 1, fields), "id", "required");
    violation(() -> Snapshots.plan(PLAN, -1, fields), "version", "out-of-range");
    violation(() -> Snapshots.plan(PLAN, 1, null), "fields", "required");
    SortedMap<String, String> af = Snapshots.of(Fixtures.studyTour());
    violation(() -> Snapshots.activity(null, 1, af), "id", "required");
    violation(() -> Snapshots.activity(activityId(1), -1, af), "version", "out-of-range");
    violation(() -> Snapshots.activity(activityId(1), 1, null), "fields", "required");
    assertThat(Snapshots.plan(PLAN, 0, fields)).isEqualTo(Fixtures.draftPlan());
  }

  @Test
  void refusesAPlanSnapshotWithAFieldMissingOrMalformed() {
    badPlan("code", null, "fields.code", "required");
    badPlan("title", null, "fields.title", "required");
    badPlan("status", null, "fields.status", "required");
    badPlan("parties", null, "fields.parties", "required");
    badPlan("contentAreas", null, "fields.contentAreas", "required");
    badPlan("documents", null, "fields.documents", "required");
    badPlan("code", "bad code!", "fields.code", "malformed");
    badPlan("status", "OPEN", "fields.status", "malformed");
    badPlan("period", "2021/2018", "fields.period.end", "end-before-start");
    badPlan("title", "{\"original\":\"vi\"", "fields.title.json", "malformed");
    badPlan("title", "[]", "fields.title", "malformed");
    badPlan("title", "{\"original\":\"vi\",\"texts\":[]}", "fields.title", "malformed");
    badPlan("title", "{\"original\":1,\"texts\":{}}", "fields.title", "malformed");
    badPlan("title", "{\"original\":\"vi\",\"texts\":{\"vi\":1}}", "fields.title", "malformed");
    badPlan("title", "{\"original\":\"vi\",\"texts\":{\"vi\":\" \"}}", "fields.title.vi", "blank");
    badPlan("parties", "{}", "fields.parties", "malformed");
    badPlan("parties", "[1]", "fields.parties", "malformed");
    badPlan(
        "parties",
        "[{\"organisation\":\"x\",\"roles\":[\"FUNDING\"]}]",
        "fields.parties",
        "malformed");
    badPlan(
        "parties",
        "[{\"organisation\":\"" + DOST + "\",\"roles\":\"FUNDING\"}]",
        "fields.parties",
        "malformed");
    badPlan(
        "parties",
        "[{\"organisation\":\"" + DOST + "\",\"roles\":[\"DONOR\"]}]",
        "fields.parties",
        "malformed");
    badPlan(
        "parties",
        "[{\"organisation\":\"" + DOST + "\",\"roles\":[]}]",
        "fields.parties.roles",
        "required");
    badPlan(
        "parties",
        "[{\"organisation\":\""
            + DOST
            + "\",\"roles\":[\"SIGNATORY\"],\"signedOn\":\"2018-13-01\"}]",
        "fields.parties",
        "malformed");
    badPlan(
        "parties",
        "[{\"organisation\":\"" + DOST + "\",\"roles\":[\"SIGNATORY\"],\"signedOn\":5}]",
        "fields.parties",
        "malformed");
    badPlan(
        "contentAreas",
        "[{\"number\":\"1\",\"title\":" + Snapshots.text(vi("x")) + "}]",
        "fields.contentAreas",
        "malformed");
    badPlan(
        "contentAreas",
        "[{\"number\":4294967297,\"title\":" + Snapshots.text(vi("x")) + "}]",
        "fields.contentAreas",
        "malformed");
    badPlan(
        "contentAreas",
        "[{\"number\":0,\"title\":" + Snapshots.text(vi("x")) + "}]",
        "fields.contentAreas.number",
        "out-of-range");
    String doc = "[{\"type\":\"ARTICLE\",\"title\":" + Snapshots.text(vi("x")) + ",\"link\":";
    badPlan("documents", doc + "\"http://a b\"}]", "fields.documents", "malformed");
    badPlan("documents", doc + "\"ftp://a\"}]", "fields.documents.link", "malformed");
    badPlan("documents", doc + "\"https://a\",\"date\":\"x\"}]", "fields.documents", "malformed");
    badPlan("documents", "[{\"type\":\"FILM\"}]", "fields.documents", "malformed");
  }

  @Test
  void refusesAnActivitySnapshotWithAFieldMissingOrMalformed() {
    badActivity("plan", null, "fields.plan", "required");
    badActivity("contentArea", null, "fields.contentArea", "required");
    badActivity("type", null, "fields.type", "required");
    badActivity("title", null, "fields.title", "required");
    badActivity("planned", null, "fields.planned", "required");
    badActivity("status", null, "fields.status", "required");
    badActivity("participations", null, "fields.participations", "required");
    badActivity("plan", "x", "fields.plan", "malformed");
    badActivity("parent", "x", "fields.parent", "malformed");
    badActivity("leadParty", "x", "fields.leadParty", "malformed");
    badActivity("contentArea", "one", "fields.contentArea", "malformed");
    badActivity("contentArea", "0", "fields.details.contentArea", "out-of-range");
    badActivity("type", "PARTY", "fields.type", "malformed");
    badActivity("status", "DONE", "fields.status", "malformed");
    badActivity("planned", "2019-13", "fields.planned.start", "out-of-range");
    badActivity("actualStart", "soon", "fields.actualStart", "malformed");
    badActivity("actualEnd", "later", "fields.actualEnd", "malformed");
    badActivity("location", "[]", "fields.location", "malformed");
    badActivity("location", "{\"online\":\"yes\"}", "fields.location", "malformed");
    badActivity("location", "{\"online\":false}", "fields.location.country", "required");
    badActivity(
        "location", "{\"country\":\"XX\",\"online\":false}", "fields.location", "unknown-country");
    badActivity(
        "participations", "[{\"participant\":\"team:1\"}]", "fields.participations", "malformed");
    String who = "[{\"participant\":\"person:" + DIRECTOR + "\",\"role\":\"HOST\",\"status\":";
    badActivity("participations", who + "\"GONE\"}]", "fields.participations", "malformed");
    badActivity(
        "participations",
        who + "\"INVITED\",\"affiliation\":\"DOST\"}]",
        "fields.participations",
        "malformed");
    badActivity(
        "participations",
        who
            + "\"INVITED\",\"affiliation\":{\"organisation\":\""
            + DOST
            + "\",\"position\":\" \"}}]",
        "fields.participations.position",
        "blank");
    badActivity(
        "participations",
        "[{\"participant\":\"organisation:"
            + DOST
            + "\",\"role\":\"HOST\",\"status\":\"INVITED\",\"affiliation\":{\"organisation\":\""
            + DOST
            + "\",\"position\":\"x\"}}]",
        "fields.participations.affiliation",
        "out-of-range");
  }
}
