package shinrai.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.CustomerId;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.PublicLink;
import shinrai.dealer.PublicLinks;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.followup.CallOutcome;
import shinrai.followup.CallReplacedBySmsSurvey;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUpCallId;
import shinrai.followup.FollowUps;
import shinrai.messaging.MessagePurpose;
import shinrai.messaging.OutboundMessage;
import shinrai.messaging.Outbox;
import shinrai.messaging.QueuedMessage;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;

/**
 * Satisfaction surveys as customers answer them: on the follow-up call, where the agent records each answer and the
 * call is recorded as reached in the same transaction, or on the public survey page a signed link leads to (sent by
 * SMS to customers who are not called). One survey per visit: a visit answered is not answered again. Every response
 * is announced as {@link SurveyAnswered} and goes on the customer's timeline, in the transaction that stores it.
 */
@Service
@Transactional
public class Surveys {

    /** How long a survey link sent to a customer may be answered. */
    static final Duration LINK_LIFETIME = Duration.ofDays(14);

    public static final String PAGE_PATH = "/p/survey/";
    static final String LINK_TOPIC = "SURVEY_LINK";

    private final SurveyResponses responses;
    private final SurveySettings settings;
    private final Questionnaires questionnaires;
    private final FollowUps followUps;
    private final Workshop workshop;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final Staff staff;
    private final PublicLinks links;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(
            SurveyResponses responses,
            SurveySettings settings,
            Questionnaires questionnaires,
            FollowUps followUps,
            Workshop workshop,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            Staff staff,
            PublicLinks links,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.responses = responses;
        this.settings = settings;
        this.questionnaires = questionnaires;
        this.followUps = followUps;
        this.workshop = workshop;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.staff = staff;
        this.links = links;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The questionnaire the dealer's calls and links ask now: the CSI questionnaire when the one chosen is gone (a
     * network questionnaire its network retired).
     */
    @Transactional(readOnly = true)
    public Questionnaire active() {
        return questionnaires
                .find(settings.current().questionnaire())
                .filter(q -> !q.retired())
                .orElse(Questionnaires.csi());
    }

    /** Whether the visit's survey was answered already. */
    @Transactional(readOnly = true)
    public boolean answered(RepairOrderId order) {
        return responses.answered(order.value());
    }

    @Transactional(readOnly = true)
    public SurveyResponse get(SurveyResponseId id) {
        return responses.find(id).orElseThrow(() -> new NotFound("surveyResponse", id));
    }

    /**
     * Records the survey taken on a follow-up call by the signed-in agent: the answers are checked against the dealer's
     * active questionnaire (each problem named), the call is recorded as reached on the version of the task the agent
     * saw (refused if it was closed or changed meanwhile), and the response is stored, all in one transaction.
     */
    public SurveyResponse recordForCall(FollowUpCallId callId, int version, List<AnswerGiven> answers, String note) {
        TextLimits.check("note", note, TextLimits.NOTE);
        Long agent = DealerScope.current().userId();
        if (agent == null) {
            throw new SurveyRefused("survey.refused.signInRequired");
        }
        FollowUpCall call = followUps.get(callId);
        Questionnaire questionnaire = active();
        List<CheckedAnswer> checked = AnswerRules.check(questionnaire, answers, LocaleContextHolder.getLocale());
        if (responses.answered(call.repairOrder().value())) {
            throw new SurveyRefused("survey.refused.answered", call.repairOrderNumber());
        }
        followUps.record(callId, version, CallOutcome.REACHED, note);
        RepairOrder order = workshop.get(call.repairOrder());
        String agentName = staff.displayNames(List.of(agent)).getOrDefault(agent, "-");
        SurveyResponseId id = store(
                questionnaire,
                order,
                callId.value(),
                SurveyResponse.Channel.CALL,
                agent,
                checked,
                "timeline.survey.CALL",
                agentName);
        return get(id);
    }

    /**
     * What the public page shows for a verified survey link, in the scope of the dealer it names: the dealer, the car
     * and the questionnaire, or that the survey was answered.
     */
    @Transactional(readOnly = true)
    public PageSurvey forPage(PublicLink link) {
        RepairOrder order = workshop.get(new RepairOrderId(link.subject()));
        Dealer dealer = dealers.current();
        return new PageSurvey(
                dealer.name(),
                dealer.phone(),
                order.number(),
                vehicles.get(order.vehicle().value()).description(),
                active(),
                responses.answered(order.id().value()));
    }

    /** The customer's answers from the public page: checked, stored once; a visit answered before is refused. */
    public SurveyResponse answerOnPage(PublicLink link, List<AnswerGiven> answers) {
        RepairOrder order = workshop.get(new RepairOrderId(link.subject()));
        Questionnaire questionnaire = active();
        List<CheckedAnswer> checked = AnswerRules.check(questionnaire, answers, LocaleContextHolder.getLocale());
        if (responses.answered(order.id().value())) {
            throw new SurveyRefused("survey.refused.answered", order.number());
        }
        return get(store(
                questionnaire, order, null, SurveyResponse.Channel.PAGE, null, checked, "timeline.survey.PAGE", ""));
    }

    /**
     * Sends the survey link by SMS to a customer who is not called, in the delivery's transaction: a link to the
     * public page valid for {@link #LINK_LIFETIME}, through the outbox (which keeps to the customer's consents and the
     * dealer's sending hours). When it cannot go (no mobile number), the customer's timeline says so.
     */
    public Optional<QueuedMessage> sendLink(CallReplacedBySmsSurvey replaced, String baseUrl) {
        Instant now = clock.instant();
        String token = links.issue(new PublicLink(
                replaced.dealerId(),
                PublicLink.Purpose.SURVEY,
                replaced.repairOrder().value(),
                List.of(),
                null,
                now.plus(LINK_LIFETIME)));
        Dealer dealer = dealers.current();
        Optional<QueuedMessage> queued = outbox.enqueue(new OutboundMessage(
                replaced.customer().value(),
                MessagePurpose.SURVEY,
                LINK_TOPIC,
                "repair-order:" + replaced.repairOrder().value(),
                now,
                "message.survey.link",
                List.of(dealer.name(), replaced.repairOrderNumber(), baseUrl + PAGE_PATH + token)));
        events.publishEvent(new CustomerTimelineEvent(
                replaced.dealerId(),
                replaced.customer().value(),
                now,
                "SURVEY",
                queued.isPresent() ? "timeline.survey.linkSent" : "timeline.survey.linkNotSent",
                "repair-order:" + replaced.repairOrder().value(),
                List.of(replaced.repairOrderNumber())));
        return queued;
    }

    private SurveyResponseId store(
            Questionnaire questionnaire,
            RepairOrder order,
            Long callTask,
            SurveyResponse.Channel channel,
            Long recordedBy,
            List<CheckedAnswer> checked,
            String timelineKey,
            String byName) {
        Instant now = clock.instant();
        ZoneId zone = dealers.current().zone();
        LocalDate month = now.atZone(zone).toLocalDate().withDayOfMonth(1);
        SurveyResponseId id = responses
                .insert(
                        new SurveyResponses.NewResponse(
                                questionnaire.code(),
                                questionnaire.scoring(),
                                order.id().value(),
                                order.number(),
                                order.customer().value(),
                                order.advisor().value(),
                                order.technicians().stream().map(StaffId::value).toList(),
                                callTask,
                                channel,
                                recordedBy,
                                now),
                        month,
                        checked)
                .orElseThrow(() -> new SurveyRefused("survey.refused.answered", order.number()));
        long dealer = DealerScope.currentDealer();
        events.publishEvent(new SurveyAnswered(
                dealer,
                id,
                order.id(),
                new CustomerId(order.customer().value()),
                questionnaire.code(),
                recordedBy == null ? null : new StaffId(recordedBy),
                checked.stream().map(CheckedAnswer::published).toList(),
                now));
        events.publishEvent(new CustomerTimelineEvent(
                dealer,
                order.customer().value(),
                now,
                "SURVEY",
                timelineKey,
                "surveyResponse:" + id,
                List.of(order.number(), questionnaire.code(), byName)));
        return id;
    }

    /**
     * The public page's content.
     *
     * @param answered the visit's survey was answered already: the page thanks instead of asking
     */
    public record PageSurvey(
            String dealerName,
            String dealerPhone,
            String repairOrderNumber,
            String car,
            Questionnaire questionnaire,
            boolean answered) {}
}
