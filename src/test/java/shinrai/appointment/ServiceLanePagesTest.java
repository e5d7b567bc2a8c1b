package shinrai.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.CustomersWithCars;
import shinrai.customer.CustomerBook;
import shinrai.customer.Gender;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/** The service desk's pages, as an advisor and a customer use them, in both languages. */
@ApplicationTest
class ServiceLanePagesTest {

    static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(22);
    static final DealerScope D001 = DealerScope.systemFor(1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    Appointments appointments;

    @Test
    void anAdvisorBooksByPhoneAndASecondBookingOfTheFullSlotIsRefusedOnTheForm() {
        MockHttpSession advisor = signIn(mvc, "advisor");
        long first = car("19833330001", "沪F30001", 1);
        long second = car("19833330002", "沪F30002", 2);
        long third = car("19833330003", "沪F30003", 3);

        assertThat(mvc.get()
                        .uri("/appointments/new?vehicle=" + first)
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("新建预约", "沪F30001", "常规保养");
        assertThat(book(advisor, first, "09:00")).hasRedirectedUrl("/appointments?day=" + DAY);
        long firstCustomer = D001.call(() -> vehicles.get(first).ownerId());
        assertThat(mvc.get().uri("/customers/" + firstCustomer).session(advisor).exchange())
                .bodyText()
                .contains("预约到店：" + DAY + " 09:00");
        assertThat(book(advisor, second, "09:00")).hasRedirectedUrl("/appointments?day=" + DAY);

        MvcTestResult refused = book(advisor, third, "09:00");
        assertThat(refused).hasStatusOk().bodyText().contains("这个时段已约满", "服务顾问都已排满");
        MvcTestResult english = mvc.post()
                .uri("/appointments/new?vehicle=" + third)
                .session(advisor)
                .cookie(new Cookie("shinrai-lang", "en"))
                .with(csrf())
                .param("day", DAY.toString())
                .param("time", "09:00")
                .param("services", "ROUTINE_MAINTENANCE")
                .exchange();
        assertThat(english).bodyText().contains("slot is full", "every service advisor is fully booked");

        assertThat(mvc.get().uri("/appointments?day=" + DAY).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("沪F30001", "沪F30002", "常规保养")
                .doesNotContain("沪F30003");
        long firstAppointment = D001.call(() -> appointmentOf(first));
        assertThat(mvc.get()
                        .uri("/appointments/" + firstAppointment + "/reschedule")
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("预约改期", "沪F30001");
        assertThat(mvc.post()
                        .uri("/appointments/" + firstAppointment + "/reschedule")
                        .session(advisor)
                        .with(csrf())
                        .param("day", DAY.toString())
                        .param("time", "11:00")
                        .exchange())
                .hasRedirectedUrl("/appointments?day=" + DAY);
        assertThat(mvc.get()
                        .uri("/appointments/slots?day=" + DAY + "&services=ROUTINE_MAINTENANCE")
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .as("moving the first booking to 11:00 freed one place at 09:00")
                .contains("09:00（余 1）", "09:30（余 2）");
    }

    @Test
    void theCustomerBooksOnThePublicPageWithPlateAndMobileWithoutSigningIn() {
        car("19833330011", "沪F30011", 11);
        assertThat(mvc.get().uri("/book/1").exchange()).hasStatusOk().bodyText().contains("在线预约");

        MvcTestResult wrongMobile = mvc.post()
                .uri("/book/1/identification")
                .with(csrf())
                .param("plate", "沪F30011")
                .param("mobile", "19833330099")
                .exchange();
        assertThat(wrongMobile)
                .hasStatusOk()
                .bodyText()
                .contains("没有找到这辆车和手机号的记录")
                .doesNotContain("钱");

        MvcTestResult identified = mvc.post()
                .uri("/book/1/identification")
                .with(csrf())
                .param("plate", "沪f 30011")
                .param("mobile", "198 3333 0011")
                .exchange();
        assertThat(identified).hasStatusOk().bodyText().contains("钱先生，您好", "沪F30011");

        MvcTestResult booked = mvc.post()
                .uri("/book/1")
                .with(csrf())
                .param("plate", "沪F30011")
                .param("mobile", "19833330011")
                .param("day", DAY.toString())
                .param("time", "14:00")
                .param("services", "MAJOR_MAINTENANCE")
                .param("transport", "DROP_OFF")
                .param("description", "到保养里程了")
                .param("consentToMessages", "true")
                .exchange();
        assertThat(booked).hasStatusOk().bodyText().contains("预约成功", DAY + " 14:00");
        assertThat(mvc.get()
                        .uri("/appointments?day=" + DAY)
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .bodyText()
                .contains("沪F30011", "大保养", "预约确认");
    }

    @Test
    void tryingPlateAndMobilePairsIsStoppedAfterTenFailures() {
        car("19833330031", "沪F30031", 31);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(identify("203.0.113.7", "沪F30031", "1983333009" + attempt))
                    .bodyText()
                    .contains("没有找到这辆车和手机号的记录");
        }

        assertThat(identify("203.0.113.7", "沪F30031", "19833330031"))
                .as("even the right pair, from that address, for a while")
                .bodyText()
                .contains("尝试次数过多")
                .doesNotContain("钱先生");
        assertThat(identify("198.51.100.8", "沪F30031", "19833330031"))
                .as("another address is not affected")
                .bodyText()
                .contains("钱先生，您好");
    }

    @Test
    void fortyFailingAttemptsSentAtOnceHaveAtMostTenEvaluated() throws Exception {
        car("19833330041", "沪F30041", 41);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                String wrongMobile = String.format("198333391%02d", i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return identify("192.0.2.40", "沪F30041", wrongMobile)
                            .getResponse()
                            .getContentAsString();
                }));
            }
            start.countDown();
            int evaluated = 0;
            int refused = 0;
            for (java.util.concurrent.Future<String> answer : answers) {
                String page = answer.get();
                evaluated += page.contains("没有找到这辆车和手机号的记录") ? 1 : 0;
                refused += page.contains("尝试次数过多") ? 1 : 0;
            }
            assertThat(evaluated).as("looked up").isLessThanOrEqualTo(10);
            assertThat(evaluated + refused).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(identify("192.0.2.40", "沪F30041", "19833330041"))
                .as("the address waits, even with the right pair")
                .bodyText()
                .contains("尝试次数过多");
    }

    @Test
    void anEmptyPublicBookingNamesTheMissingServicesAsWellAsTheTime() {
        car("19833330051", "沪F30051", 51);

        MvcTestResult empty = mvc.post()
                .uri("/book/1")
                .with(csrf())
                .param("plate", "沪F30051")
                .param("mobile", "19833330051")
                .param("day", DAY.toString())
                .exchange();

        assertThat(empty).hasStatusOk().bodyText().contains("请选择时段", "请至少选择一项服务");
    }

    @Test
    void thePublicPageDoesNotBookACarTwiceOnADayAndSaysWhy() {
        car("19833330061", "沪F30061", 61);
        assertThat(publicBooking("沪F30061", "19833330061", "10:00")).bodyText().contains("预约成功");

        MvcTestResult again = publicBooking("沪F30061", "19833330061", "15:00");

        assertThat(again).hasStatusOk().bodyText().contains("您的车辆已预约 " + DAY + " 10:00", "无需重复预约");
        assertThat(D001.call(() -> appointments.onDay(DAY)).stream()
                        .filter(a -> a.description().equals("公开页面"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theDeskBooksACarASecondTimeThatDayOnlyOnceTheAdvisorTicksTheBox() {
        MockHttpSession advisor = signIn(mvc, "advisor");
        long vehicle = car("19833330071", "沪F30071", 71);
        assertThat(book(advisor, vehicle, "10:30")).hasRedirectedUrl("/appointments?day=" + DAY);

        assertThat(book(advisor, vehicle, "16:00")).hasStatusOk().bodyText().contains("已有预约", "我已知晓，仍为这辆车预约");
        assertThat(mvc.post()
                        .uri("/appointments/new?vehicle=" + vehicle)
                        .session(advisor)
                        .with(csrf())
                        .param("day", DAY.toString())
                        .param("time", "16:00")
                        .param("services", "ROUTINE_MAINTENANCE")
                        .param("anotherVisit", "true")
                        .exchange())
                .hasRedirectedUrl("/appointments?day=" + DAY);
    }

    @Test
    void removingAClosedDayThatIsNotThereSaysSo() {
        MockHttpSession manager = signIn(mvc, "manager");
        assertThat(mvc.post()
                        .uri("/appointments/settings/holidays/" + DAY.plusDays(100) + "/removal")
                        .session(manager)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/appointments/settings");
        assertThat(mvc.get().uri("/appointments/settings").session(manager).exchange())
                .bodyText()
                .contains("休息日（编号 " + DAY.plusDays(100) + "）不存在")
                .doesNotContain("{0}");
    }

    private MvcTestResult publicBooking(String plate, String mobile, String time) {
        return mvc.post()
                .uri("/book/1")
                .with(csrf())
                .param("plate", plate)
                .param("mobile", mobile)
                .param("day", DAY.toString())
                .param("time", time)
                .param("services", "ROUTINE_MAINTENANCE")
                .param("transport", "WAIT")
                .param("description", "公开页面")
                .exchange();
    }

    private MvcTestResult identify(String address, String plate, String mobile) {
        return mvc.post()
                .uri("/book/1/identification")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .with(csrf())
                .param("plate", plate)
                .param("mobile", mobile)
                .exchange();
    }

    @Test
    void theReceptionPageShowsTheHistoryFirstAndEndsWithARepairOrder() {
        MockHttpSession advisor = signIn(mvc, "advisor");
        long vehicle = car("19833330021", "沪F30021", 21);

        MvcTestResult form = mvc.get()
                .uri("/reception/new?vehicle=" + vehicle)
                .session(advisor)
                .exchange();
        assertThat(form).hasStatusOk().bodyText().contains("请称呼：钱先生", "接待前须知", "客户原话");

        MvcTestResult careless = mvc.post()
                .uri("/reception/new?vehicle=" + vehicle)
                .session(advisor)
                .with(csrf())
                .param("customerWords", "")
                .param("kilometres", "12000")
                .param("fuelEighths", "4")
                .exchange();
        assertThat(careless).hasStatusOk().bodyText().contains("请如实记录客户原话", "必须铺好座椅套、脚垫和方向盘套");
        assertThat(mvc.post()
                        .uri("/reception/new?vehicle=" + vehicle)
                        .session(advisor)
                        .with(csrf())
                        .param("customerWords", "异响")
                        .param("kilometres", "")
                        .param("fuelEighths", "")
                        .exchange())
                .bodyText()
                .as("an empty field is asked for, not called out of range")
                .contains("油量为必填项", "请填写里程表读数")
                .doesNotContain("油量须在");

        MvcTestResult received = mvc.post()
                .uri("/reception/new?vehicle=" + vehicle)
                .session(advisor)
                .with(csrf())
                .param("customerWords", "空调不凉，开一会儿就出热风")
                .param("kilometres", "12000")
                .param("fuelEighths", "4")
                .param("damage[0].x", "25.5")
                .param("damage[0].y", "40")
                .param("damage[0].kind", "DENT")
                .param("damage[0].note", "左后门")
                .param("seatCover", "true")
                .param("floorMat", "true")
                .param("steeringWheelCover", "true")
                .exchange();
        assertThat(received).hasStatus3xxRedirection();
        String record = received.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(record).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("空调不凉，开一会儿就出热风", "凹陷", "左后门", "座椅套");
        assertThat(mvc.get()
                        .uri("/reception/new?vehicle=" + vehicle)
                        .session(advisor)
                        .exchange())
                .bodyText()
                .as("the next reception shows this visit in the history")
                .contains("空调不凉，开一会儿就出热风");
        long customer = D001.call(() -> vehicles.get(vehicle).ownerId());
        assertThat(mvc.get().uri("/customers/" + customer).session(advisor).exchange())
                .bodyText()
                .as("the customer's 360° page lists the car in the workshop as an open item")
                .containsPattern("委托书 RO\\d{8}-\\d{4} 在修");
    }

    @Test
    void theSetUpIsTheManagersAndThePreparationListAndOutboxOpen() {
        MockHttpSession manager = signIn(mvc, "manager");
        assertThat(mvc.get().uri("/appointments/settings").session(manager).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("预约规则", "车间产能", "休息日");
        assertThat(mvc.post()
                        .uri("/appointments/settings/rules")
                        .session(manager)
                        .with(csrf())
                        .param("slotMinutes", "30")
                        .param("perAdvisorPerSlot", "0")
                        .param("horizonDays", "60")
                        .param("lateAfterMinutes", "15")
                        .param("noShowAfterMinutes", "60")
                        .param("reminderTime", "10:00")
                        .exchange())
                .hasRedirectedUrl("/appointments/settings");
        assertThat(mvc.get().uri("/appointments/settings").session(manager).exchange())
                .bodyText()
                .as("refused, saying which setting")
                .contains("每位顾问每时段接车数");
        assertThat(mvc.get()
                        .uri("/appointments/settings")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/appointments/preparation?day=" + DAY)
                        .session(manager)
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/messages").session(manager).exchange()).hasStatusOk();
    }

    private long appointmentOf(long vehicle) {
        return appointments.ofVehicles(List.of(vehicle), 1).get(0).id();
    }

    private MvcTestResult book(MockHttpSession session, long vehicle, String time) {
        return mvc.post()
                .uri("/appointments/new?vehicle=" + vehicle)
                .session(session)
                .with(csrf())
                .param("day", DAY.toString())
                .param("time", time)
                .param("services", "ROUTINE_MAINTENANCE")
                .param("transport", "WAIT")
                .param("channel", "PHONE")
                .param("description", "保养")
                .exchange();
    }

    /** A D001 customer, Mr Qian, with one car; returns the vehicle id. */
    private long car(String mobile, String plate, int n) {
        return new CustomersWithCars(customers, vehicles)
                .register(D001, "钱页面" + n, Gender.MALE, mobile, "", String.format("LVGPAGE0%01dNP%06d", 0, n), plate)
                .vehicleId();
    }
}
