package io.github.coplan.reliability;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The store the hostile-input matrix runs against, made the same way on every adapter (same ids,
 * same clock): an active plan with parties, two content areas and activities A, B (under A) and C,
 * a person taking part in A; a draft plan with activity X; a cancelled plan with activity Y; and a
 * plan whose activities form one parent chain {@link #chainLength} deep (none for a length of 0).
 */
final class HostileFixture {

  /** The clock every store of the matrix runs on: 15 August 2018. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2018-08-15T02:00:00Z"), ZoneOffset.UTC);

  final UseCases coplan;
  final Storage storage;
  final List<UUID> issued = new ArrayList<>();
  final Organisation dost;
  final Organisation iia;
  final Organisation embassy;
  final Person dung;
  final CooperationPlan plan;
  final CooperationPlan draft;
  final CooperationPlan cancelled;
  final CooperationPlan deep;
  final Activity a;
  final Activity b;
  final Activity c;
  final Activity x;
  final Activity y;
  final Activity scheduled;
  final @Nullable ActivityId chainRoot;
  final @Nullable ActivityId chainEnd;
  final int chainLength;

  HostileFixture(Storage storage, int chainLength) {
    this.storage = storage;
    this.chainLength = chainLength;
    IdSource counting = Stores.countingIds();
    IdSource ids =
        () -> {
          UUID id = counting.nextId();
          synchronized (issued) {
            issued.add(id);
          }
          return id;
        };
    coplan =
        Coplan.builder()
            .storage(storage)
            .clock(CLOCK)
            .idSource(ids)
            .build()
            .actingAs(Actor.system("campaign"));
    dost =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(
                            LocalizedText.of(
                                "vi",
                                Map.of(
                                    "vi",
                                    "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
                                    "en",
                                    "Department of Science and Technology of Ho Chi Minh City")))
                        .acronym("DOST HCMC")
                        .alternativeName("Sở KH&CN TP.HCM")
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
                        .website(URI.create("https://dost.hochiminhcity.gov.vn"))
                        .build()));
    iia =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(
                            LocalizedText.of(
                                "he",
                                Map.of("he", "רשות החדשנות", "en", "Israel Innovation Authority")))
                        .acronym("IIA")
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.IL)
                        .identifier(ExternalIdentifier.of("IL-GOV", "IIA"))
                        .build()));
    embassy =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(LocalizedText.of("en", "Embassy of Israel in Viet Nam"))
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    dung =
        coplan
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN),
                    List.of(new Affiliation(dost.id(), "Giám đốc", null, null))));

    CooperationPlan p =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of("HCMC-IIA-2018"),
                        LocalizedText.of(
                            "vi",
                            Map.of(
                                "vi",
                                "Kế hoạch hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo giai đoạn 2018 - 2021",
                                "en",
                                "Cooperation plan to promote innovative start-ups, 2018–2021")))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan.plans().addParty(new AddParty(p.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan.plans().addParty(new AddParty(p.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(
                p.id(), new ContentArea(1, LocalizedText.of("vi", "Nghiên cứu chính sách ĐMST"))));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(
                p.id(), new ContentArea(2, LocalizedText.of("vi", "Đào tạo quản trị"))));
    coplan.plans().changeStatus(ChangePlanStatus.activate(p.id()));
    Activity pa = propose(p, 1, "Hội thảo Đổi mới sáng tạo", null);
    Activity pb = propose(p, 1, "Tuần lễ khởi nghiệp", null);
    c = propose(p, 2, "Đào tạo vườn ươm", null);
    a =
        coplan
            .activities()
            .addParticipant(
                new AddParticipant(
                    pa.id(),
                    Participant.of(dung.id()),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.CONFIRMED));
    b = coplan.activities().move(MoveActivity.under(pb.id(), pa.id()));
    Activity ps = propose(p, 2, "Phái đoàn sang Israel", null);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(ps.id()));
    scheduled = coplan.activities().changeStatus(ChangeActivityStatus.schedule(ps.id()));
    plan = coplan.plans().get(p.id());

    CooperationPlan d =
        coplan
            .plans()
            .draft(new DraftPlan(PlanCode.of("OTHER-PLAN"), LocalizedText.of("en", "Other plan")));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(d.id(), new ContentArea(1, LocalizedText.of("en", "Only area"))));
    x = propose(d, 1, "X", null);
    draft = coplan.plans().get(d.id());

    CooperationPlan f =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                    PlanCode.of("CANCELLED-PLAN"), LocalizedText.of("en", "Cancelled plan")));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(f.id(), new ContentArea(1, LocalizedText.of("en", "Only area"))));
    y = propose(f, 1, "Y", null);
    cancelled = coplan.plans().changeStatus(ChangePlanStatus.cancel(f.id(), "Hủy kế hoạch"));

    CooperationPlan chain =
        coplan
            .plans()
            .draft(new DraftPlan(PlanCode.of("DEEP-CHAIN"), LocalizedText.of("en", "Deep chain")));
    deep =
        coplan
            .plans()
            .addContentArea(
                new AddContentArea(
                    chain.id(), new ContentArea(1, LocalizedText.of("en", "Chain"))));
    // the chain is stored in one unit: proposing it through the use cases would walk it 10,000
    // times over
    List<ActivityId> links = new ArrayList<>();
    for (int i = 0; i < chainLength; i++) {
      links.add(new ActivityId(ids.nextId()));
    }
    storage.inTransaction(
        r -> {
          for (int i = 0; i < chainLength; i++) {
            r.activities()
                .insert(
                    Activity.propose(
                        links.get(i),
                        deep.id(),
                        details(1, "Link " + i),
                        i == 0 ? null : links.get(i - 1)));
          }
          return null;
        });
    chainRoot = chainLength == 0 ? null : links.get(0);
    chainEnd = chainLength == 0 ? null : links.get(chainLength - 1);
  }

  Activity propose(CooperationPlan in, int area, String title, @Nullable ActivityId parent) {
    return coplan
        .activities()
        .propose(new ProposeActivity(in.id(), details(area, title)).withParent(parent));
  }

  static ActivityDetails details(int area, String title) {
    return ActivityDetails.builder()
        .contentArea(area)
        .type(ActivityType.WORKSHOP)
        .title(LocalizedText.of("vi", title))
        .planned(DateSpan.parse("2018-Q4"))
        .build();
  }

  /** Every id issued so far, in order. */
  List<UUID> issued() {
    synchronized (issued) {
      return List.copyOf(issued);
    }
  }
}
