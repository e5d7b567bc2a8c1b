package shinrai.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import shinrai.customer.MobileNumber;
import shinrai.shared.BusinessRuleViolation;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.Vin;

/**
 * Generates a benchmark network, "BENCH": {@code --scale} customers (95% people with Chinese names, 5% companies)
 * spread over {@code scale / 20000} dealers (B0001, B0002, ...), one or two mobiles each, 1.2 vehicles per
 * customer with valid VINs (ISO 3779 check digit) and local plates, and the ownership of each vehicle.
 *
 * <p>Set-based: every table is one {@code INSERT ... SELECT} over {@code generate_series}, run as the schema owner
 * in one transaction, so a failed run leaves nothing behind. Idempotent: a network that already holds
 * {@code scale} customers is left as it is. The demo network (D001, D002) is not touched.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@generate-network -Dbench.scale=1000000</pre>
 */
public final class GenerateNetwork {

    static final String NETWORK = "BENCH";
    static final int CUSTOMERS_PER_DEALER = 20_000;

    private static final List<String> AUDITED_TABLES =
            List.of("customer.customer", "customer.phone", "vehicle.vehicle", "vehicle.ownership");

    // Ordered by frequency: the generator picks early entries more often, as real surnames are distributed.
    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓"
                    + " 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦"
                    + " 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤 欧阳 司马 上官")
            .split(" ");
    private static final String[] MALE_CHARACTERS = ("伟 强 磊 军 洋 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 建 国 志"
                    + " 东 海 文 博 子 豪 然 航 轩 嘉 诚 远 晨 阳 峰 林 亮 成 龙 庆 鸿 涵")
            .split(" ");
    private static final String[] FEMALE_CHARACTERS = ("芳 娜 敏 静 丽 艳 娟 霞 婷 雪 琳 洁 颖 倩 慧 莉 玲 燕 萍 红 秀 英 桂 华 晓"
                    + " 欣 怡 梓 涵 雨 萱 思 琪 佳 梦 瑶 诗 雅 月 悦 楠 馨 薇 蕾 璐 岚 彤 晶 琳 丹")
            .split(" ");
    private static final String[] COMPANY_WORDS = ("鸿运 恒通 安达 锦程 远航 华信 中联 东方 新世纪 宏图 金桥 天成 瑞丰 永盛 嘉禾"
                    + " 汇通 凯旋 盛达 百川 众合 华宇 龙腾 德润 鼎新 兴业 万家 博远 星辰 海纳 君安")
            .split(" ");
    private static final String[] INDUSTRIES = "物流 汽车租赁 商贸 建设工程 科技 出租汽车 食品 医药 快递 电子".split(" ");
    private static final String[] COMPANY_SUFFIXES = "有限公司 有限公司 有限公司 股份有限公司 集团有限公司".split(" ");
    private static final String[] SOURCES = "WALK_IN WALK_IN WALK_IN PHONE REFERRAL ONLINE SALES SALES".split(" ");
    /** Prefixes libphonenumber knows as Chinese mobile ranges, so every generated number is a valid mobile. */
    private static final String[] MOBILE_PREFIXES =
            ("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158"
                            + " 159 166 177 180 181 182 183 185 186 187 188 189 199")
                    .split(" ");
    /** Province, city (two characters, so a company fragment starts at the third) and the city's plate letters. */
    private static final String[] PROVINCES = "沪 京 粤 粤 浙 苏 苏 川 鄂 渝 津 鲁 陕 湘 闽 辽 豫 皖 云 辽".split(" ");

    private static final String[] CITIES = "上海 北京 广州 深圳 杭州 南京 苏州 成都 武汉 重庆 天津 青岛 西安 长沙 厦门 沈阳 郑州 合肥 昆明 大连".split(" ");
    private static final String[] CITY_PLATE_LETTERS =
            "ABCDEFGHJKLMN ABCEFGHJKLMNPQ A B A A E A A ABC ABCDEFGH B A A D A A A A B".split(" ");
    private static final String[] COLOURS = "珍珠白 铂金银 曜石黑 魅力红 星光蓝 冰川银 钛金灰".split(" ");
    private static final String[] INSURERS = "中国人保财险 平安产险 太平洋产险 国寿财险 大地保险".split(" ");

    private final JdbcClient sql;
    private final Connection connection;
    private final int scale;
    private final int dealers;

    private GenerateNetwork(Connection connection, int scale) {
        this.connection = connection;
        this.sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        this.scale = scale;
        this.dealers = Math.max(1, scale / CUSTOMERS_PER_DEALER);
    }

    public static void main(String[] args) throws SQLException {
        int scale = 1_000_000;
        for (String arg : args) {
            if (arg.startsWith("--scale=")) {
                scale = Integer.parseInt(arg.substring("--scale=".length()).replace("_", ""));
            }
        }
        if (scale < 1 || scale > 20_000_000) {
            throw new IllegalArgumentException("--scale must be between 1 and 20000000");
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchApplication.start()) {
            print("Shinrai started on %s in %.1f s", BenchApplication.dataDir(), seconds(started));
            DataSource owner = app.getBean("schemaOwnerDataSource", DataSource.class);
            try (Connection connection = owner.getConnection()) {
                new GenerateNetwork(connection, scale).generate();
            }
        }
    }

    private void generate() throws SQLException {
        long existing = sql.sql("""
                        SELECT count(*) FROM customer.customer c
                        JOIN dealer.dealer d ON d.id = c.dealer_id
                        JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network""").param("network", NETWORK).query(Long.class).single();
        if (existing == scale) {
            print("The %s network already holds %,d customers: nothing to generate.", NETWORK, existing);
            // Fresh statistics all the same: a migration since the last run may have rewritten a table.
            step("vacuum analyze", this::vacuumAnalyze);
            return;
        }
        if (existing > 0) {
            throw new IllegalStateException("The " + NETWORK + " network holds " + existing
                    + " customers, not " + scale + ". Generate into a fresh folder: delete "
                    + BenchApplication.dataDir() + " (or pass another -Dbench.data-dir) and run again.");
        }
        print("Generating %s: %,d dealers, %,d customers, %,d vehicles", NETWORK, dealers, scale, vehicleCount());
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            step("session settings", this::prepareSession);
            // Generated benchmark data is not business activity: millions of audit rows would only slow the load
            // and bloat audit.audit_event. The triggers are switched off for this transaction only.
            step("audit triggers off", () -> auditTriggers("DISABLE"));
            step("network and dealers", this::networkAndDealers);
            step("customers", this::customers);
            step("customer index", this::customerIndex);
            step("phones", this::phones);
            step("vehicles", this::vehicles);
            step("ownership", this::ownership);
            step("audit triggers on", () -> auditTriggers("ENABLE"));
            step("commit", () -> {
                connection.commit();
                return 0;
            });
            committed = true;
        } finally {
            if (!committed) {
                // ALTER TABLE is transactional in PostgreSQL: the rollback switches the audit triggers back on too.
                connection.rollback();
            }
            connection.setAutoCommit(true);
        }
        step("vacuum analyze", this::vacuumAnalyze);
        print("Generated in %.1f s", seconds(started));
        check();
    }

    private long vehicleCount() {
        return scale + scale / 5L;
    }

    private int prepareSession() {
        sql.sql("SET LOCAL work_mem = '256MB'").update();
        sql.sql("SET LOCAL maintenance_work_mem = '1GB'").update();
        sql.sql("SET LOCAL synchronous_commit = off").update();
        sql.sql("SELECT setseed(0.20261123)").query(Object.class).list();
        // pick(choices, r): one of the choices for a random r in [0, 1); a skewed r favours the first choices.
        sql.sql("""
                        CREATE FUNCTION pg_temp.pick(choices text[], r float8) RETURNS text
                            LANGUAGE sql IMMUTABLE AS 'SELECT choices[1 + floor(r * cardinality(choices))::int]'""").update();
        // ISO 3779: transliterate (A=1 ... H=8, J=1 ... N=5, P=7, R=9, S=2 ... Z=9), weigh by position, sum,
        // modulo 11, 10 is written X. Position 9 (the check digit itself) weighs 0.
        sql.sql("""
                        CREATE FUNCTION pg_temp.vin_check_digit(vin text) RETURNS text
                            LANGUAGE sql IMMUTABLE AS $$
                        SELECT CASE remainder WHEN 10 THEN 'X' ELSE remainder::text END
                        FROM (SELECT sum((ascii(substr(digits, i::int, 1)) - 48) * weight) % 11 AS remainder
                              FROM translate(vin, 'ABCDEFGHJKLMNPRSTUVWXYZ', '12345678123457923456789') digits,
                                   unnest('{8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2}'::int[]) WITH ORDINALITY w(weight, i)) s
                        $$""").update();
        return 0;
    }

    private int auditTriggers(String enableOrDisable) {
        for (String table : AUDITED_TABLES) {
            sql.sql("ALTER TABLE " + table + " " + enableOrDisable + " TRIGGER audit_changes")
                    .update();
        }
        return AUDITED_TABLES.size();
    }

    private int networkAndDealers() throws SQLException {
        sql.sql("INSERT INTO dealer.network (code, name) VALUES (:code, '信赖汽车基准测试网络') ON CONFLICT (code) DO NOTHING")
                .param("code", NETWORK)
                .update();
        long network = sql.sql("SELECT id FROM dealer.network WHERE code = :code")
                .param("code", NETWORK)
                .query(Long.class)
                .single();
        int added = sql.sql("""
                        INSERT INTO dealer.dealer (network_id, code, name, address, phone, labour_rate)
                        SELECT :network, 'B' || lpad(n::text, 4, '0'),
                               '信赖丰田4S店（' || (:cities::text[])[c] || ' B' || lpad(n::text, 4, '0') || '）',
                               (:cities::text[])[c] || '市汽车城路' || n || '号',
                               '400-820-' || lpad(n::text, 4, '0'),
                               350.00
                        FROM generate_series(1, :dealers) n, LATERAL (SELECT (n - 1) % :cityCount + 1 AS c) city
                        ON CONFLICT (network_id, code) DO NOTHING""")
                .param("network", network)
                .param("cities", array(CITIES))
                .param("cityCount", CITIES.length)
                .param("dealers", dealers)
                .update();
        sql.sql("""
                        CREATE TEMP TABLE bench_dealer (n int PRIMARY KEY, dealer_id bigint NOT NULL UNIQUE,
                                                        province text, city text, plate_letters text,
                                                        customers int) ON COMMIT DROP""").update();
        sql.sql("""
                        INSERT INTO bench_dealer (n, dealer_id, province, city, plate_letters)
                        SELECT n, id, (:provinces::text[])[c], (:cities::text[])[c], (:letters::text[])[c]
                        FROM dealer.dealer,
                             LATERAL (SELECT CASE WHEN code ~ '^B[0-9]{4}$' THEN substr(code, 2)::int END AS n) num,
                             LATERAL (SELECT (n - 1) % :cityCount + 1 AS c) city
                        WHERE network_id = :network AND n <= :dealers""")
                .param("provinces", array(PROVINCES))
                .param("cities", array(CITIES))
                .param("letters", array(CITY_PLATE_LETTERS))
                .param("cityCount", CITIES.length)
                .param("network", network)
                .param("dealers", dealers)
                .update();
        return added;
    }

    /** Customer g belongs to dealer (g - 1) % dealers + 1, so the dealers' customers interleave as in real life. */
    private int customers() throws SQLException {
        return sql.sql("""
                        INSERT INTO customer.customer (dealer_id, kind, name, surname, gender, birthday, source, tags,
                                                       created_at)
                        SELECT d.dealer_id,
                               CASE WHEN company THEN 'COMPANY' ELSE 'PERSON' END,
                               CASE
                                   WHEN company THEN d.city || pg_temp.pick(:words, r1) || pg_temp.pick(:industries, r2)
                                                     || pg_temp.pick(:suffixes, r3)
                                   ELSE surname || pg_temp.pick(given, power(r2, 1.4))
                                        || CASE WHEN r4 < 0.75 THEN pg_temp.pick(given, power(r3, 1.4)) ELSE '' END
                                   END,
                               CASE WHEN company THEN '' ELSE surname END,
                               CASE WHEN company THEN NULL WHEN male THEN 'MALE' ELSE 'FEMALE' END,
                               CASE WHEN company THEN NULL ELSE date '1955-01-01' + (r5 * 18250)::int END,
                               CASE WHEN company THEN 'FLEET' ELSE pg_temp.pick(:sources, r6) END,
                               CASE WHEN r8 < 0.15 THEN '{VIP}'::text[] ELSE '{}'::text[] END,
                               now() - r7 * interval '3650 days'
                        FROM (SELECT g, company, male, r1, r2, r3, r4, r5, r6, r7, r8,
                                     pg_temp.pick(:surnames, power(r1, 1.8)) AS surname,
                                     CASE WHEN male THEN :male::text[] ELSE :female::text[] END AS given
                              FROM (SELECT g, random() < 0.05 AS company, random() < 0.5 AS male, random() AS r1,
                                           random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                                           random() AS r6, random() AS r7, random() AS r8
                                    FROM generate_series(1, :scale) g) draws) x
                                 JOIN bench_dealer d ON d.n = (x.g - 1) % :dealers + 1
                        ORDER BY x.g""")
                .param("words", array(COMPANY_WORDS))
                .param("industries", array(INDUSTRIES))
                .param("suffixes", array(COMPANY_SUFFIXES))
                .param("sources", array(SOURCES))
                .param("surnames", array(SURNAMES))
                .param("male", array(MALE_CHARACTERS))
                .param("female", array(FEMALE_CHARACTERS))
                .param("scale", scale)
                .param("dealers", dealers)
                .update();
    }

    /** Numbers every customer within their dealer (k), so vehicles can be given to them without a lookup per row. */
    private int customerIndex() {
        sql.sql("""
                        CREATE TEMP TABLE bench_customer (dealer_id bigint, id bigint, g bigint, k bigint,
                                                          PRIMARY KEY (dealer_id, k)) ON COMMIT DROP""").update();
        int rows = sql.sql("""
                        INSERT INTO bench_customer
                        SELECT dealer_id, id, row_number() OVER (ORDER BY id),
                               row_number() OVER (PARTITION BY dealer_id ORDER BY id)
                        FROM customer.customer WHERE dealer_id IN (SELECT dealer_id FROM bench_dealer)""").update();
        sql.sql("""
                        UPDATE bench_dealer d SET customers = (SELECT count(*) FROM bench_customer c
                                                               WHERE c.dealer_id = d.dealer_id)""").update();
        sql.sql("ANALYZE bench_customer").update();
        sql.sql("ANALYZE bench_dealer").update();
        return rows;
    }

    /**
     * One mobile each, a second for one customer in ten. The eight digits after the prefix are k * 39916801 modulo
     * 10^8, a permutation of 0 ... 10^8 - 1, so no number repeats across the whole network; the last four digits
     * are spread evenly.
     */
    private int phones() throws SQLException {
        return sql.sql("""
                        INSERT INTO customer.phone (dealer_id, customer_id, e164, kind, position)
                        SELECT c.dealer_id, c.id,
                               '+86' || pg_temp.pick(:prefixes, random())
                                     || lpad(((p.k * 39916801) % 100000000)::text, 8, '0'),
                               'MOBILE', p.position
                        FROM bench_customer c
                                 CROSS JOIN LATERAL (SELECT c.g AS k, 0 AS position
                                                     UNION ALL
                                                     SELECT :scale + c.g, 1 WHERE random() < 0.1) p
                        ORDER BY c.id, p.position""")
                .param("prefixes", array(MOBILE_PREFIXES))
                .param("scale", scale)
                .update();
    }

    /**
     * Vehicle v belongs to dealer (v - 1) % dealers + 1. The first {@code scale} vehicles give every customer one
     * car; the rest go to customers drawn at random, so some have two or three. VIN: the maker's WMI and plant code,
     * four characters of the vehicle descriptor, the check digit, the model-year code, a plant letter and a six-digit
     * serial. Plates: the dealer's province and city letter, then five characters, or six for new-energy cars.
     */
    private int vehicles() throws SQLException {
        return sql.sql("""
                        INSERT INTO vehicle.vehicle (dealer_id, vin, plate, owner_id, brand, series, model_name,
                                                     model_year, colour, engine_number, purchase_date, warranty_start,
                                                     insurance_company, insurance_expiry)
                        SELECT dealer_id, overlay(base PLACING pg_temp.vin_check_digit(base) FROM 9 FOR 1), plate,
                               owner_id, '丰田', series, model_name, extract(year FROM purchased)::int, colour,
                               engine_number, purchased, purchased, insurer,
                               (purchased + (1 + (current_date - purchased) / 365) * interval '1 year')::date
                        FROM (SELECT d.dealer_id, c.id AS owner_id, m.series, m.model_name, x.purchased,
                                     m.wmi || pg_temp.pick(:vinCharacters, random())
                                           || pg_temp.pick(:vinCharacters, random())
                                           || pg_temp.pick(:vinCharacters, random())
                                           || pg_temp.pick(:vinCharacters, random()) || '0'
                                           || substr('ABCDEFGHJKLMNPRSTVWXY123456789',
                                                     (extract(year FROM x.purchased)::int - 2010) % 30 + 1, 1)
                                           || pg_temp.pick(:vinLetters, random())
                                           || lpad(floor(random() * 1000000)::int::text, 6, '0') AS base,
                                     d.province || substr(d.plate_letters,
                                                          1 + floor(random() * length(d.plate_letters))::int, 1)
                                         || CASE
                                                WHEN m.new_energy
                                                    THEN pg_temp.pick('{D,F}', random())
                                                         || pg_temp.pick(:plateCharacters, random())
                                                         || lpad(floor(random() * 10000)::int::text, 4, '0')
                                                ELSE CASE WHEN random() < 0.33 THEN pg_temp.pick(:plateLetters, random())
                                                          ELSE floor(random() * 10)::int::text END
                                                    || CASE WHEN random() < 0.33 THEN pg_temp.pick(:plateLetters, random())
                                                            ELSE floor(random() * 10)::int::text END
                                                    || lpad(floor(random() * 1000)::int::text, 3, '0')
                                            END AS plate,
                                     pg_temp.pick(:colours, random()) AS colour,
                                     'EN' || lpad(floor(random() * 1000000)::int::text, 6, '0') AS engine_number,
                                     pg_temp.pick(:insurers, random()) AS insurer
                              FROM (SELECT v, 1 + floor(random() * 10)::int AS model, random() AS r_owner,
                                           current_date - (30 + floor(random() * 3285))::int AS purchased
                                    FROM generate_series(1, :vehicles) v) x
                                       JOIN bench_dealer d ON d.n = (x.v - 1) % :dealers + 1
                                       JOIN bench_customer c ON c.dealer_id = d.dealer_id
                                  AND c.k = CASE WHEN x.v <= :scale THEN (x.v - 1) / :dealers + 1
                                                 ELSE 1 + floor(x.r_owner * d.customers)::int END
                                       JOIN (VALUES (1, '卡罗拉', '1.2T 精英版', 'LFMA', false),
                                                    (2, '亚洲龙', '2.0L 进取版', 'LFMJ', false),
                                                    (3, 'RAV4荣放', '2.0L CVT 四驱风尚版', 'LFMK', false),
                                                    (4, '皇冠陆放', '2.5L 双擎 尊贵版', 'LFMC', false),
                                                    (5, '凯美瑞', '2.0G 豪华版', 'LVGB', false),
                                                    (6, '雷凌', '185T 领先版', 'LVGD', false),
                                                    (7, '汉兰达', '2.5L 双擎 四驱至尊版', 'LVGC', false),
                                                    (8, '赛那', '2.5L 混动 豪华版', 'LVGE', false),
                                                    (9, 'bZ4X', '长续航 Pro', 'LFMB', true),
                                                    (10, 'bZ3', '长续航 Premium', 'LVGF', true))
                                  AS m(i, series, model_name, wmi, new_energy) ON m.i = x.model
                              ORDER BY x.v) y
                        ON CONFLICT (dealer_id, vin) DO NOTHING""")
                .param("vinCharacters", array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789".split("")))
                .param("vinLetters", array("ABCDEFGHJKLMNPRSTUVWXYZ".split("")))
                .param("plateCharacters", array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".split("")))
                .param("plateLetters", array("ABCDEFGHJKLMNPQRSTUVWXYZ".split("")))
                .param("colours", array(COLOURS))
                .param("insurers", array(INSURERS))
                .param("vehicles", vehicleCount())
                .param("scale", scale)
                .param("dealers", dealers)
                .update();
    }

    private int ownership() {
        return sql.sql("""
                        INSERT INTO vehicle.ownership (dealer_id, vehicle_id, customer_id, since, reason)
                        SELECT v.dealer_id, v.id, v.owner_id, v.purchase_date::timestamp AT TIME ZONE 'Asia/Shanghai',
                               'REGISTERED'
                        FROM vehicle.vehicle v
                        WHERE v.dealer_id IN (SELECT dealer_id FROM bench_dealer)
                        ORDER BY v.id""").update();
    }

    /** Outside the transaction: VACUUM also empties the name index's pending list and sets the visibility map. */
    private int vacuumAnalyze() {
        for (String table : AUDITED_TABLES) {
            sql.sql("VACUUM (ANALYZE) " + table).update();
        }
        return AUDITED_TABLES.size();
    }

    /** The application's own value objects must accept what was generated, or the searches would miss. */
    private void check() throws SQLException {
        record Sample(String vin, String plate, String e164) {}
        List<Sample> samples = sql.sql("""
                        SELECT v.vin, v.plate, p.e164 FROM vehicle.vehicle v
                        JOIN customer.phone p ON p.dealer_id = v.dealer_id AND p.customer_id = v.owner_id
                        JOIN dealer.dealer d ON d.id = v.dealer_id
                        JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network
                        ORDER BY md5(v.vin) LIMIT 2000""")
                .param("network", NETWORK)
                .query((rs, row) -> new Sample(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        print(
                "Checked %,d samples: %d invalid VINs, %d invalid plates, %d invalid mobiles",
                samples.size(),
                invalid(samples, s -> Vin.of(s.vin())),
                invalid(samples, s -> PlateNumber.of(s.plate())),
                invalid(samples, s -> MobileNumber.of(s.e164())));
        sql.sql("""
                        SELECT t, pg_size_pretty(pg_table_size(t::regclass)), pg_size_pretty(pg_indexes_size(t::regclass)),
                               (SELECT reltuples::bigint FROM pg_class WHERE oid = t::regclass)
                        FROM unnest(:tables::text[]) t""")
                .param("tables", array(AUDITED_TABLES.toArray(String[]::new)))
                .query((rs, row) -> String.format(
                        Locale.ROOT,
                        "  %-18s ~%,11d rows, table %8s, indexes %8s",
                        rs.getString(1),
                        rs.getLong(4),
                        rs.getString(2),
                        rs.getString(3)))
                .list()
                .forEach(System.out::println);
    }

    private static <T> long invalid(List<T> samples, Function<T, Object> parse) {
        return samples.stream()
                .filter(sample -> {
                    try {
                        parse.apply(sample);
                        return false;
                    } catch (BusinessRuleViolation invalid) {
                        return true;
                    }
                })
                .count();
    }

    private Array array(String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private void step(String name, Step step) throws SQLException {
        long started = System.nanoTime();
        long rows = step.run();
        print("  %-20s %,11d rows  %7.1f s", name, rows, seconds(started));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    @FunctionalInterface
    private interface Step {
        long run() throws SQLException;
    }
}
