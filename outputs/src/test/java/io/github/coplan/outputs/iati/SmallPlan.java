package io.github.coplan.outputs.iati;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/**
 * A small plan recorded through the use cases: two parties (one with an IATI identifier), two
 * content areas in Vietnamese and English, a document, an activity done in November–December 2018,
 * a derived output of area 1 with a baseline, and an observed percentage of the plan.
 */
final class SmallPlan {

  static final String DOST_REF = "XI-TEST-DOST";

  final Organisation dost;
  final Organisation iia;
  final CooperationPlan plan;
  final Activity workshop;
  final Result areaResult;
  final Result planResult;

  SmallPlan(UseCases coplan, String code, String period) {
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
                                    "vi", "Sở Khoa học và Công nghệ",
                                    "en", "Department of Science and Technology")))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .identifier(ExternalIdentifier.of("IATI", DOST_REF))
                        .build()));
    iia =
        coplan
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(LocalizedText.of("en", "Israel Innovation Authority"))
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.IL)
                        .identifier(ExternalIdentifier.of("domain", "innovationisrael.org.il"))
                        .build()));
    CooperationPlan drafted =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of(code),
                        LocalizedText.of(
                            "vi", Map.of("vi", "Kế hoạch hợp tác", "en", "Cooperation plan")))
                    .withSummary(
                        LocalizedText.of(
                            "vi", Map.of("vi", "Thúc đẩy khởi nghiệp", "en", "Promote start-ups")))
                    .withPeriod(DateSpan.parse(period)));
    coplan
        .plans()
        .addParty(
            new AddParty(
                drafted.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)));
    coplan
        .plans()
        .addParty(
            new AddParty(
                drafted.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING, PartyRole.SIGNATORY)));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(
                drafted.id(),
                new ContentArea(
                    1, LocalizedText.of("vi", Map.of("vi", "Chính sách", "en", "Policies")))));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(
                drafted.id(),
                new ContentArea(
                    2, LocalizedText.of("vi", Map.of("vi", "Đào tạo", "en", "Training")))));
    coplan
        .plans()
        .addDocument(
            new AddDocument(
                drafted.id(),
                new PlanDocument(
                    DocumentType.PLAN,
                    LocalizedText.of("en", "The plan"),
                    URI.create("https://example.org/docs/plan.pdf"),
                    LocalDate.of(2018, 8, 15))));
    plan = coplan.plans().changeStatus(ChangePlanStatus.activate(drafted.id()));

    Activity proposed =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.WORKSHOP)
                        .title(LocalizedText.of("en", "Policy workshop"))
                        .planned(DateSpan.parse("2018-Q4"))
                        .build()));
    coplan.activities().changeStatus(ChangeActivityStatus.plan(proposed.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(proposed.id()));
    workshop =
        coplan
            .activities()
            .changeStatus(
                ChangeActivityStatus.complete(
                    proposed.id(), PartialDate.parse("2018-11"), PartialDate.parse("2018-12-14")));

    Result area =
        coplan
            .results()
            .define(
                DefineResult.of(
                    plan.id(), 1, ResultType.OUTPUT, LocalizedText.of("en", "Policies discussed")));
    area =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(
                        area.id(), LocalizedText.of("en", "Workshops held"), Measure.UNIT)
                    .derivedBy(Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP).inAreas(1))
                    .withBaseline(Baseline.of(PartialDate.ofYear(2017), Value.quantity(0))));
    Indicator held = area.indicators().get(0);
    area =
        coplan
            .results()
            .addPeriod(
                AddPeriod.of(held.id(), PartialDate.parse("2018-Q4"), PartialDate.parse("2018-Q4"))
                    .withTarget(Value.quantity(2)));
    areaResult =
        coplan
            .results()
            .addPeriod(
                AddPeriod.of(held.id(), PartialDate.ofYear(2019), PartialDate.ofYear(2019))
                    .withTarget(Value.quantity(4)));

    Result whole =
        coplan
            .results()
            .define(
                DefineResult.of(
                    plan.id(), null, ResultType.OUTCOME, LocalizedText.of("en", "Start-ups grow")));
    whole =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(
                    whole.id(), LocalizedText.of("en", "Start-ups funded"), Measure.PERCENTAGE));
    planResult =
        coplan
            .results()
            .addPeriod(
                AddPeriod.of(
                        whole.indicators().get(0).id(),
                        PartialDate.ofYear(2019),
                        PartialDate.ofYear(2019))
                    .withTarget(Value.ratio(6, 10)));
  }
}
