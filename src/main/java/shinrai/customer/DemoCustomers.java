package shinrai.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.DemoNetworkReady;
import shinrai.shared.DealerScope;
import shinrai.vehicle.ModelCatalogue;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/**
 * A few hundred believable customers for each demo dealer: Chinese names, real mobile ranges, valid VINs and
 * local plates, Toyota models, odometer readings that grow with the car's age, consents as people give them, and a
 * few named contacts for each company. Entered through the customer book and vehicle register, so it is data the
 * application itself produced. Deterministic (seeded by dealer), and skipped for a dealer that already has customers.
 */
@Component
class DemoCustomers {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓"
                    + " 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦"
                    + " 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤 欧阳 司马 上官")
            .split(" ");
    private static final String[] MALE_NAMES = ("伟 强 磊 军 洋 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 建国 志强 建华"
                    + " 晓东 国庆 海涛 文博 子豪 浩然 宇航 俊杰 明轩 嘉诚 志远")
            .split(" ");
    private static final String[] FEMALE_NAMES =
            ("芳 娜 敏 静 丽 艳 娟 霞 婷 雪 琳 洁 颖 倩 慧 莉 玲 燕 萍 红 秀英 桂英 丽华 海燕" + " 晓燕 欣怡 梓涵 雨萱 思琪 佳怡 梦瑶 诗涵 雅婷").split(" ");
    private static final String[] MOBILE_PREFIXES =
            ("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158"
                            + " 159 166 177 180 181 182 183 185 186 187 188 189 199")
                    .split(" ");
    private static final String[] COMPANY_WORDS = "鸿运 恒通 安达 顺丰 锦程 远航 华信 中联 东方 新世纪".split(" ");
    private static final String[] COMPANY_KINDS = "物流有限公司 汽车租赁有限公司 商贸有限公司 建设工程有限公司 科技有限公司".split(" ");
    private static final String[] COLOURS = "珍珠白 铂金银 曜石黑 魅力红 星光蓝 冰川银 钛金灰".split(" ");
    private static final String[] INSURERS = "中国人保财险 平安产险 太平洋产险 国寿财险 大地保险".split(" ");
    private static final String[] STREETS = "人民路 解放路 中山路 建设路 和平路 长江路 文化路 南京路".split(" ");
    private static final String[] CONTACT_ROLES = "车队经理 司机 财务 行政主管".split(" ");

    /** Models with the WMI of the plant that builds them (FAW Toyota LFM, GAC Toyota LVG) and a new-energy flag. */
    private static final List<DemoModel> MODELS = List.of(
            new DemoModel("丰田", "卡罗拉", "1.2T 精英版", "LFMA", false),
            new DemoModel("丰田", "亚洲龙", "2.0L 进取版", "LFMJ", false),
            new DemoModel("丰田", "RAV4荣放", "2.0L CVT 四驱风尚版", "LFMK", false),
            new DemoModel("丰田", "皇冠陆放", "2.5L 双擎 尊贵版", "LFMC", false),
            new DemoModel("丰田", "凯美瑞", "2.0G 豪华版", "LVGB", false),
            new DemoModel("丰田", "雷凌", "185T 领先版", "LVGD", false),
            new DemoModel("丰田", "汉兰达", "2.5L 双擎 四驱至尊版", "LVGC", false),
            new DemoModel("丰田", "赛那", "2.5L 混动 豪华版", "LVGE", false),
            new DemoModel("丰田", "bZ4X", "长续航 Pro", "LFMB", true),
            new DemoModel("丰田", "bZ3", "长续航 Premium", "LVGF", true));

    private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String PLATE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final CustomerBook book;
    private final VehicleRegister vehicles;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModelCatalogue catalogue;
    private final FleetContacts contacts;

    DemoCustomers(
            CustomerBook book,
            VehicleRegister vehicles,
            JdbcClient jdbc,
            Clock clock,
            ModelCatalogue catalogue,
            FleetContacts contacts) {
        this.catalogue = catalogue;
        this.contacts = contacts;
        this.book = book;
        this.vehicles = vehicles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @org.springframework.core.annotation.Order(10)
    void on(DemoNetworkReady network) {
        seed(network.dealersByCode().get("D001"), 300, "沪", "ABCDEFGHJKLMN");
        seed(network.dealersByCode().get("D002"), 120, "浙", "A");
    }

    private void seed(Long dealerId, int customers, String province, String cityLetters) {
        if (dealerId == null) {
            return;
        }
        DealerScope.systemFor(dealerId).run(() -> {
            long existing = jdbc.sql("SELECT count(*) FROM customer.customer")
                    .query(Long.class)
                    .single();
            if (existing > 0) {
                return;
            }
            MODELS.forEach(
                    model -> catalogue.add(new ModelCatalogue.Model(model.brand(), model.series(), model.modelName())));
            Random random = new Random(dealerId * 7919);
            // Contacts draw from their own sequence, so the customers and cars stay those earlier versions seeded.
            Random contactRandom = new Random(dealerId * 104729);
            int vehiclesAdded = 0;
            for (int i = 0; i < customers; i++) {
                Customer customer = register(random);
                int cars = customer.profile().kind() == CustomerKind.COMPANY
                        ? 2 + random.nextInt(3)
                        : 1 + (random.nextInt(4) == 0 ? 1 : 0);
                for (int c = 0; c < cars; c++) {
                    addVehicle(customer.id(), random, province, cityLetters);
                    vehiclesAdded++;
                }
                consents(customer.id(), random);
                if (customer.profile().kind() == CustomerKind.COMPANY) {
                    contacts(customer.id(), contactRandom);
                }
            }
            log.info("Demo dealer {}: {} customers and {} vehicles added", dealerId, customers, vehiclesAdded);
        });
    }

    private Customer register(Random random) {
        boolean company = random.nextInt(20) == 0;
        String name;
        Gender gender = null;
        if (company) {
            name = pick(random, new String[] {"上海", "杭州", "苏州", "宁波"})
                    + pick(random, COMPANY_WORDS)
                    + pick(random, COMPANY_KINDS);
        } else {
            gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            name = pick(random, SURNAMES) + pick(random, gender == Gender.MALE ? MALE_NAMES : FEMALE_NAMES);
        }
        List<MobileNumber> mobiles = new ArrayList<>();
        mobiles.add(mobile(random));
        if (random.nextInt(10) == 0) {
            mobiles.add(mobile(random));
        }
        LocalDate birthday = company
                ? null
                : LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        CustomerProfile profile = new CustomerProfile(
                company ? CustomerKind.COMPANY : CustomerKind.PERSON,
                name,
                "",
                gender,
                birthday,
                mobiles,
                List.of(),
                random.nextInt(3) == 0 ? "demo" + random.nextInt(100000) + "@example.com" : "",
                random.nextInt(2) == 0 ? "wx_" + Integer.toHexString(random.nextInt()) : "",
                pick(random, STREETS) + (1 + random.nextInt(999)) + "号",
                null,
                company ? CustomerSource.FLEET : pick(random, CustomerSource.values()),
                random.nextInt(6) == 0 ? Set.of("VIP") : Set.of(),
                null,
                ContactTime.ANY,
                "");
        // Two demo people can draw the same mobile; the book would rightly ask, so confirm it is someone else.
        return book.register(profile, true);
    }

    private void addVehicle(long ownerId, Random random, String province, String cityLetters) {
        DemoModel model = MODELS.get(random.nextInt(MODELS.size()));
        LocalDate purchased = LocalDate.now(clock).minusDays(30 + random.nextInt(365 * 9));
        Vin vin = vin(random, model.wmiAndPlant(), purchased.getYear());
        if (vehicles.findByVin(vin).isPresent()) {
            return;
        }
        String city = String.valueOf(cityLetters.charAt(random.nextInt(cityLetters.length())));
        PlateNumber plate = PlateNumber.of(province + city + plateTail(random, model.newEnergy()));
        Vehicle vehicle = vehicles.register(
                ownerId,
                new VehicleDetails(
                        vin,
                        plate,
                        model.brand(),
                        model.series(),
                        model.modelName(),
                        purchased.getYear(),
                        pick(random, COLOURS),
                        "EN" + (100000 + random.nextInt(900000)),
                        purchased,
                        purchased,
                        pick(random, INSURERS),
                        purchased.withYear(LocalDate.now(clock).getYear()).plusMonths(random.nextInt(12))));
        Instant when = purchased.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        int kilometres = 0;
        int readings = 1 + random.nextInt(5);
        long span = Duration.between(when, clock.instant()).toDays();
        for (int r = 0; r < readings; r++) {
            when = when.plus(Duration.ofDays(Math.max(1, span / readings)));
            kilometres += 2000 + random.nextInt(12000);
            vehicles.recordOdometer(
                    vehicle.id(), new OdometerReading(kilometres, when, false, OdometerReading.Source.RECEPTION));
        }
    }

    private void consents(long customerId, Random random) {
        if (random.nextInt(10) < 7) {
            book.recordConsent(customerId, ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
        }
        if (random.nextInt(10) < 4) {
            book.recordConsent(customerId, ConsentChannel.PHONE_CALL, true, ConsentMethod.VERBAL, "");
        }
        if (random.nextInt(20) == 0) {
            book.recordConsent(customerId, ConsentChannel.SMS, false, ConsentMethod.OPT_OUT_REPLY, "TD");
        }
    }

    /** One to three people at the company: the fleet manager, who is the primary contact, then other staff. */
    private void contacts(long companyId, Random random) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean male = random.nextBoolean();
            String name = pick(random, SURNAMES) + pick(random, male ? MALE_NAMES : FEMALE_NAMES);
            String role = i == 0 ? CONTACT_ROLES[0] : CONTACT_ROLES[1 + random.nextInt(CONTACT_ROLES.length - 1)];
            contacts.add(companyId, new ContactDetails(name, role, mobile(random), "", "", i == 0));
        }
    }

    private static MobileNumber mobile(Random random) {
        return MobileNumber.of(pick(random, MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000)));
    }

    /** WMI + plant letter, five random characters, the model-year code at position 10, then a serial. */
    private static Vin vin(Random random, String wmiAndPlant, int year) {
        StringBuilder vin = new StringBuilder(wmiAndPlant);
        while (vin.length() < 8) {
            vin.append(VIN_CHARACTERS.charAt(random.nextInt(VIN_CHARACTERS.length())));
        }
        vin.append('0').append(yearCode(year)).append(VIN_CHARACTERS.charAt(random.nextInt(23)));
        vin.append(String.format("%06d", random.nextInt(1_000_000)));
        vin.setCharAt(8, Vin.checkDigitFor(vin.toString()));
        return Vin.of(vin.toString());
    }

    /** ISO 3779 model-year codes repeat every 30 years; 2010 is A. */
    private static char yearCode(int year) {
        String codes = "ABCDEFGHJKLMNPRSTVWXY123456789";
        return codes.charAt(Math.floorMod(year - 2010, codes.length()));
    }

    private static String plateTail(Random random, boolean newEnergy) {
        StringBuilder tail = new StringBuilder();
        if (newEnergy) {
            tail.append(random.nextBoolean() ? 'D' : 'F');
            tail.append(PLATE_CHARACTERS.charAt(random.nextInt(PLATE_CHARACTERS.length())));
            tail.append(String.format("%04d", random.nextInt(10_000)));
        } else {
            for (int i = 0; i < 5; i++) {
                tail.append(
                        i < 2 && random.nextInt(3) == 0
                                ? PLATE_CHARACTERS.charAt(10 + random.nextInt(PLATE_CHARACTERS.length() - 10))
                                : (char) ('0' + random.nextInt(10)));
            }
        }
        return tail.toString();
    }

    private static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private record DemoModel(String brand, String series, String modelName, String wmiAndPlant, boolean newEnergy) {}
}
